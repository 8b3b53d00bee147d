using System.Globalization;
using ClaimCheck.Claims;

namespace ClaimCheck.Compare;

/// <summary>Why two claims about the same quantity conflict, with the sentence that says so.</summary>
internal readonly record struct PairVerdict(Claim A, Claim B, DiscrepancyClass Class, double Gap, string Explanation);

/// <summary>The rules that name a conflict between two claims. Order matters: the first rule that fits wins.</summary>
internal static class PairClassifier
{
    private const double KmPerMile = 1.609344;

    public static PairVerdict Classify(Claim a, Claim b, double gap, ClaimVocabulary vocabulary)
    {
        // Order the pair by when it was said, so "from ... to ..." reads forward in time.
        if (Compare(When(a), When(b)) > 0) (a, b) = (b, a);
        string what = a.Describe();
        string sa = Said(a), sb = Said(b);

        if (a.Kind == ClaimKind.Distance && b.Kind == ClaimKind.Distance && IsMileSlip(a.Value, b.Value) is { } slip)
            return new(a, b, DiscrepancyClass.UnitConfusion, gap,
                $"The {what} is given as {sa} and as {sb}. {slip} one figure may be miles written as kilometres (or the reverse).");

        if (a.Evidence.ArticleId == b.Evidence.ArticleId)
            return new(a, b, DiscrepancyClass.ConflictInArticle, gap,
                $"Article {a.Evidence.ArticleId} gives two values for the {what}: {SaidHere(a)}, and {SaidHere(b)}.");

        if (IsVague(a) != IsVague(b))
            return new(a, b, DiscrepancyClass.VagueVersusPrecise, gap,
                $"The {what} is given as {sa} and as {sb}: the vague figure cannot include the precise one.");

        if (a.Kind == ClaimKind.Count && vocabulary.IsCumulative(a.Concept))
        {
            var (da, db) = (When(a), When(b));
            bool grows = ValueInterval.Central(b.Value) > ValueInterval.Central(a.Value);
            if (da is null || db is null)
                return new(a, b, DiscrepancyClass.EvolvingFigure, gap,
                    $"The {what} is given as {sa} and as {sb}. Counts like this grow over time, so the larger figure is likely a later update; " +
                    "the articles' publication dates are not known, so check which came first.");
            if (da != db && grows)
                return new(a, b, DiscrepancyClass.EvolvingFigure, gap,
                    $"The {what} grows from {sa} on {Day(da)} to {sb} on {Day(db)}: likely an update of a growing count rather than a contradiction.");
            if (da != db)
                return new(a, b, DiscrepancyClass.Contradiction, gap,
                    $"The {what} falls from {sa} on {Day(da)} to {sb} on {Day(db)}, but a count like this can only grow: the sources contradict each other.");
        }

        return new(a, b, DiscrepancyClass.Contradiction, gap,
            $"Sources disagree on the {what}: {sa}, but {sb}. Both cannot be true.");
    }

    /// <summary>When a claim was made or refers to: the date its sentence names, else the article's publication date.</summary>
    public static DateOnly? When(Claim c) => c.RefersTo?.Latest ?? c.Published;

    private static int Compare(DateOnly? x, DateOnly? y) => (x, y) switch
    {
        (null, _) or (_, null) => 0,
        _ => x.Value.CompareTo(y.Value),
    };

    private static string Said(Claim c) =>
        c.Source.Kind == Recognize.Entities.SourceKind.Outlet && c.Source.Name == c.Evidence.ArticleId
            ? $"{c.Value.AsWritten} in article {c.Evidence.ArticleId} (no source named)"
            : $"{c.Value.AsWritten} according to {c.Source.Name} ({c.Evidence.ArticleId})";

    private static string SaidHere(Claim c) => $"{c.Value.AsWritten} according to {c.Source.Name}";

    private static string Day(DateOnly? d) => d?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "an unknown date";

    private static bool IsVague(Claim c) => c.Value.Qualifier == Recognize.Quantities.Qualifier.Vague;

    /// <summary>"40 km is 25 miles": one value in km equals the other's number read as miles.</summary>
    private static string? IsMileSlip(ClaimValue x, ClaimValue y)
    {
        if (x.Value is not { } vx || y.Value is not { } vy || vx <= 0 || vy <= 0) return null;
        var (small, large) = vx < vy ? (x, y) : (y, x);
        double asMiles = large.Value!.Value / KmPerMile;
        double tolerance = Math.Max(ValueInterval.Precision(small.AsWritten, small.Value!.Value), 0.05 * small.Value!.Value) + 0.5;
        if (Math.Abs(asMiles - small.Value!.Value) > tolerance) return null;
        return string.Create(CultureInfo.InvariantCulture, $"{large.Value:0.#} km is about {asMiles:0.#} miles:");
    }
}
