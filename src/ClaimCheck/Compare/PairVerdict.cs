using System.Globalization;
using ClaimCheck.Claims;

namespace ClaimCheck.Compare;

/// <summary>Why two claims about the same quantity conflict. The sentence that says so is written only for the
/// verdict that is reported (<see cref="PairClassifier.Explain"/>).</summary>
internal readonly record struct PairVerdict(Claim A, Claim B, DiscrepancyClass Class, double Gap, PairReason Reason);

/// <summary>Which rule named the conflict: it picks the sentence that explains it.</summary>
internal enum PairReason { MileSlip, InArticle, VagueVersusPrecise, GrowsUndated, Grows, Falls, Disagree }

/// <summary>The rules that name a conflict between two claims. Order matters: the first rule that fits wins.</summary>
internal static class PairClassifier
{
    private const double KmPerMile = 1.609344;

    public static PairVerdict Classify(Claim a, Claim b, double gap, ClaimVocabulary vocabulary)
    {
        // Order the pair by when it was said, so "from ... to ..." reads forward in time.
        if (Compare(When(a), When(b)) > 0) (a, b) = (b, a);

        if (ClaimTraits.IsDistance(a) && ClaimTraits.IsDistance(b) && IsMileSlip(a.Value, b.Value))
            return new(a, b, DiscrepancyClass.UnitConfusion, gap, PairReason.MileSlip);
        if (a.Evidence.ArticleId == b.Evidence.ArticleId)
            return new(a, b, DiscrepancyClass.ConflictInArticle, gap, PairReason.InArticle);
        if (IsVague(a) != IsVague(b))
            return new(a, b, DiscrepancyClass.VagueVersusPrecise, gap, PairReason.VagueVersusPrecise);
        if (ClaimTraits.IsCumulative(a, vocabulary))
        {
            var (da, db) = (When(a), When(b));
            bool grows = ValueInterval.Central(b.Value) > ValueInterval.Central(a.Value);
            if (da is null || db is null) return new(a, b, DiscrepancyClass.EvolvingFigure, gap, PairReason.GrowsUndated);
            if (da != db && grows) return new(a, b, DiscrepancyClass.EvolvingFigure, gap, PairReason.Grows);
            if (da != db) return new(a, b, DiscrepancyClass.Contradiction, gap, PairReason.Falls);
        }
        return new(a, b, DiscrepancyClass.Contradiction, gap, PairReason.Disagree);
    }

    /// <summary>The plain-language sentence for a verdict.</summary>
    public static string Explain(PairVerdict v)
    {
        var (a, b) = (v.A, v.B);
        string what = a.Describe();
        string sa = Said(a), sb = Said(b);
        return v.Reason switch
        {
            PairReason.MileSlip =>
                $"The {what} is given as {sa} and as {sb}. {MileSlipNote(a.Value, b.Value)} one figure may be miles written as kilometres (or the reverse).",
            PairReason.InArticle =>
                $"Article {a.Evidence.ArticleId} gives two values for the {what}: {SaidHere(a)}, and {SaidHere(b)}.",
            PairReason.VagueVersusPrecise =>
                $"The {what} is given as {sa} and as {sb}: the vague figure cannot include the precise one.",
            PairReason.GrowsUndated =>
                $"The {what} is given as {sa} and as {sb}. Counts like this grow over time, so the larger figure is likely a later update; " +
                "the articles' publication dates are not known, so check which came first.",
            PairReason.Grows =>
                $"The {what} grows from {sa} on {Day(When(a))} to {sb} on {Day(When(b))}: likely an update of a growing count rather than a contradiction.",
            PairReason.Falls =>
                $"The {what} falls from {sa} on {Day(When(a))} to {sb} on {Day(When(b))}, but a count like this can only grow: the sources contradict each other.",
            _ => $"Sources disagree on the {what}: {sa}, but {sb}. Both cannot be true.",
        };
    }

    /// <summary>When a claim was made or refers to: the date its sentence names, else the article's publication date.</summary>
    public static DateOnly? When(Claim c) => c.RefersTo?.Latest ?? c.Published;

    private static int Compare(DateOnly? x, DateOnly? y) => (x, y) switch
    {
        (null, _) or (_, null) => 0,
        _ => x.Value.CompareTo(y.Value),
    };

    /// <summary>"25 km according to the governor of Hatay (article-3)", "25 km in BBC News (bbc-2)", "25 km in article x (no source named)".</summary>
    private static string Said(Claim c)
    {
        if (c.Source.Kind != Recognize.Entities.SourceKind.Outlet) return $"{c.Value.AsWritten} according to {c.Source.Display} ({c.Evidence.ArticleId})";
        return c.Source.Display == Attribution.Source.NoSourceNamed
            ? $"{c.Value.AsWritten} in article {c.Evidence.ArticleId} (no source named)"
            : $"{c.Value.AsWritten} in {c.Source.Display} ({c.Evidence.ArticleId}, no source named)";
    }

    private static string SaidHere(Claim c) =>
        c.Source.Kind == Recognize.Entities.SourceKind.Outlet ? $"{c.Value.AsWritten} with no source named" : $"{c.Value.AsWritten} according to {c.Source.Display}";

    private static string Day(DateOnly? d) => d?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "an unknown date";

    private static bool IsVague(Claim c) => c.Value.Qualifier == Recognize.Quantities.Qualifier.Vague;

    /// <summary>"40 km is 25 miles": one value in km equals the other's number read as miles.</summary>
    internal static bool IsMileSlip(ClaimValue x, ClaimValue y) => MileSlip(x, y) is not null;

    /// <summary>The note that says so ("40 km is about 24.9 miles:"), or null when the values are no mile slip.</summary>
    private static string? MileSlipNote(ClaimValue x, ClaimValue y) =>
        MileSlip(x, y) is var (km, miles) ? string.Create(CultureInfo.InvariantCulture, $"{km:0.#} km is about {miles:0.#} miles:") : null;

    private static (double Km, double Miles)? MileSlip(ClaimValue x, ClaimValue y)
    {
        if (x.Value is not { } vx || y.Value is not { } vy || vx <= 0 || vy <= 0) return null;
        var (small, large) = vx < vy ? (vx, vy) : (vy, vx);
        var smallValue = vx < vy ? x : y;
        double asMiles = large / KmPerMile;
        double tolerance = Math.Max(ValueInterval.Precision(smallValue.AsWritten, small), 0.05 * small) + 0.5;
        return Math.Abs(asMiles - small) > tolerance ? null : (large, asMiles);
    }
}
