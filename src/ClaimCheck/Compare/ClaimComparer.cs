using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Compare;

/// <summary>
/// ClaimCheck's comparison rules. Claims are grouped by <see cref="ClaimKey"/> in one pass; inside a group, two
/// claims whose value intervals cannot both hold conflict, and <c>PairClassifier</c> names why. A group with
/// conflicts gives one discrepancy. A conversion written beside a figure that does not match it is a discrepancy of
/// its own.
/// </summary>
/// <remarks>
/// The cost stays O(n log n) per group, however many pairs conflict (<c>ConflictSweep</c>): a discrepancy holds at
/// most <see cref="MaxClaimsShown"/> claims that stand for the rest (the extremes, a conflict inside one article, the
/// most credible sources, then one claim per source) and counts the others in <see cref="Discrepancy.OtherClaims"/>;
/// only the conflicts among those claims are classified, and only the reported one is explained. Groups of up to
/// <see cref="MaxClaimsShown"/> conflicting claims are classified pair by pair, as they always were.
/// Immutable and thread-safe.
/// </remarks>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimComparer : IClaimComparer
{
    private static readonly DiscrepancyClass[] Salience =
    [
        DiscrepancyClass.UnitConfusion, DiscrepancyClass.ConflictInArticle, DiscrepancyClass.Contradiction,
        DiscrepancyClass.VagueVersusPrecise, DiscrepancyClass.EvolvingFigure,
    ];

    private readonly ClaimVocabulary _vocabulary = ClaimVocabulary.Default;

    // The credibility of each source kind, looked up once: every conflict asks it of each of its claims.
    private readonly double[] _credibility;

    // The options with no tolerance: a summary's range is what the claims say, not what they allow.
    private readonly ComparisonOptions _exact;

    /// <summary>Creates a comparer with the given options.</summary>
    /// <param name="options">Tolerance and widths; <see cref="ComparisonOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range.</exception>
    public ClaimComparer(ComparisonOptions? options = null)
    {
        Options = options ?? ComparisonOptions.Default;
        Options.Validate();
        _exact = Options with { Tolerance = 0 };
        _credibility = [.. Enumerable.Range(0, Enum.GetValues<SourceKind>().Max(k => (int)k) + 1).Select(k => LookUpCredibility((SourceKind)k))];
    }

    /// <summary>The shared default instance.</summary>
    public static ClaimComparer Default { get; } = new();

    /// <summary>The options in force.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>The most claims one discrepancy holds; the others are counted, not listed.</summary>
    public const int MaxClaimsShown = 24;

    /// <summary>The most related scopes one quantity summary lists; the others are counted.</summary>
    public const int MaxRelatedScopes = 20;

    /// <inheritdoc/>
    public IReadOnlyList<Discrepancy> Compare(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = Group(claims);
        var conflicts = new Discrepancy?[groups.Count];
        for (int i = 0; i < groups.Count; i++) conflicts[i] = ConflictOf(groups[i]);
        return Discrepancies(conflicts, claims);
    }

    /// <inheritdoc/>
    public IReadOnlyList<QuantitySummary> Summarize(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = Group(claims);
        var families = Families(groups);
        var summaries = new QuantitySummary?[groups.Count];
        for (int i = 0; i < groups.Count; i++) summaries[i] = Summary(groups[i], families);
        return [.. summaries.OfType<QuantitySummary>()];
    }

    /// <summary>
    /// <see cref="Compare"/> and <see cref="Summarize"/> at once: the claims are grouped once and the groups are
    /// worked on <paramref name="jobs"/> threads (<see cref="GroupWork"/>). The results are the same as the two
    /// calls', whatever the number of threads.
    /// </summary>
    internal (IReadOnlyList<Discrepancy> Discrepancies, IReadOnlyList<QuantitySummary> Quantities) CompareAndSummarize(IReadOnlyList<Claim> claims, int jobs)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = Group(claims);
        var families = Families(groups);
        var conflicts = new Discrepancy?[groups.Count];
        var summaries = new QuantitySummary?[groups.Count];
        GroupWork.ForEach(groups.Count, i => groups[i].Claims.Count, jobs, i =>
        {
            conflicts[i] = ConflictOf(groups[i]);
            summaries[i] = Summary(groups[i], families);
        });
        return (Discrepancies(conflicts, claims), [.. summaries.OfType<QuantitySummary>()]);
    }

    /// <summary>One key's claims, in input order, and its key with no scope when counts in other scopes are listed beside it.</summary>
    private readonly record struct ClaimGroup(ClaimKey Key, List<Claim> Claims, string? ScopeFree);

    private static List<ClaimGroup> Group(IReadOnlyList<Claim> claims)
    {
        var groups = new Dictionary<ClaimKey, List<Claim>>();
        foreach (var claim in claims)
        {
            var key = claim.Key;
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(claim);
        }
        return [.. groups.OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => new ClaimGroup(g.Key, g.Value, ClaimTraits.ScopeFreeKey(g.Value[0])))];
    }

    /// <summary>The keys of each scope-free family, in group order: counts of the same event and thing in other places.</summary>
    private static Dictionary<string, List<ClaimKey>> Families(List<ClaimGroup> groups)
    {
        var families = new Dictionary<string, List<ClaimKey>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (group.ScopeFree is not { } scopeFree) continue;
            if (!families.TryGetValue(scopeFree, out var keys)) families[scopeFree] = keys = [];
            keys.Add(group.Key);
        }
        return families;
    }

    private Discrepancy? ConflictOf(ClaimGroup group) => group.Claims.Count > 1 ? Conflict(group.Claims) : null;

    /// <summary>The groups' discrepancies (in group order, nulls skipped) and the conversion mismatches, filtered and ranked.</summary>
    private List<Discrepancy> Discrepancies(Discrepancy?[] conflicts, IReadOnlyList<Claim> claims)
    {
        var found = new List<Discrepancy>(conflicts.OfType<Discrepancy>());
        foreach (var claim in claims)
            if (ConversionMismatch(claim) is { } mismatch) found.Add(mismatch);
        return found.Where(d => d.Severity >= Options.MinSeverity)
            .OrderByDescending(d => d.Severity).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The consolidated view of one group, or null when it holds one claim and has no related scopes.</summary>
    private QuantitySummary? Summary(ClaimGroup group, Dictionary<string, List<ClaimKey>> families)
    {
        var (key, claims, scopeFree) = group;
        var family = scopeFree is null ? [] : families[scopeFree];
        int relatedCount = family.Count == 0 ? 0 : family.Count - 1;
        if (claims.Count < 2 && relatedCount == 0) return null;
        // A family of thousands of places would make this quadratic: list the first ones, count the rest.
        var related = family.Where(k => k != key).Take(MaxRelatedScopes).ToImmutableArray();
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        Claim conservative = claims[0];
        foreach (var claim in claims)
        {
            var interval = ValueInterval.Of(claim.Value, _exact);
            if (interval.Low < min) (min, conservative) = (interval.Low, claim);
            max = Math.Max(max, interval.High);
        }
        int independent = Syndication.IndependentSources(claims);
        return new QuantitySummary(key, claims[0].Describe(), claims[0].Value.Unit, Round(min),
            double.IsPositiveInfinity(max) ? null : Round(max), conservative, independent, [.. claims])
        {
            RelatedScopes = related,
            OtherRelatedScopes = relatedCount - related.Length,
        };
    }

    /// <summary>The discrepancy of one group, or null when its claims agree.</summary>
    private Discrepancy? Conflict(List<Claim> group)
    {
        var sweep = ConflictSweep.Run(group, Options, MaxClaimsShown, c => Credibility(c.Source.Kind));
        if (sweep.Involved.Count == 0) return null;
        var shown = sweep.Shown;
        PairVerdict? main = null;
        for (int i = 0; i < shown.Count; i++)
        for (int j = i + 1; j < shown.Count; j++)
        {
            var (a, b) = (shown[i], shown[j]);
            if (Syndication.SameStatement(a, b)) continue;
            bool bothVague = a.Value.Qualifier == Recognize.Quantities.Qualifier.Vague && b.Value.Qualifier == Recognize.Quantities.Qualifier.Vague;
            var ia = ValueInterval.Of(a.Value, Options, bothVague);
            var ib = ValueInterval.Of(b.Value, Options, bothVague);
            if (ia.Overlaps(ib)) continue;
            var verdict = PairClassifier.Classify(a, b, ia.RelativeGap(ib), _vocabulary);
            if (main is null || MoreSalient(verdict, main.Value)) main = verdict;
        }
        if (main is null) return null;
        return Build(group[0].Key, main.Value, sweep);
    }

    /// <summary>The most salient class wins, then the larger gap, then the pair found first.</summary>
    private static bool MoreSalient(PairVerdict x, PairVerdict y)
    {
        int sx = Array.IndexOf(Salience, x.Class), sy = Array.IndexOf(Salience, y.Class);
        return sx != sy ? sx < sy : x.Gap > y.Gap;
    }

    private Discrepancy Build(ClaimKey key, PairVerdict main, ConflictSweep sweep)
    {
        var shown = sweep.Shown.Distinct().OrderBy(c => c.Evidence.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
        string explanation = PairClassifier.Explain(main);
        long others = sweep.ConflictingPairs - 1;
        if (others > 0) explanation += string.Create(CultureInfo.InvariantCulture, $" ({others} more conflicting pair{(others == 1 ? "" : "s")} among these claims.)");
        int hidden = sweep.Involved.Count - shown.Length;
        if (hidden > 0)
            explanation += string.Create(CultureInfo.InvariantCulture,
                $" {shown.Length} of the {sweep.Involved.Count:N0} conflicting claims are listed: the extremes, the most credible sources and one claim per source.");
        return new Discrepancy(DiscrepancyId.For(key), key, main.Class, explanation, Severity(main, sweep.Involved), shown) { OtherClaims = hidden };
    }

    private Discrepancy? ConversionMismatch(Claim claim)
    {
        var v = claim.Value;
        if (v.ConversionValue is not { } converted || v.Value is not { } value) return null;
        // Both figures are rounded: allow half a unit of the last digit of each, plus the tolerance.
        double slack = ValueInterval.Precision(v.AsWritten, value) + ValueInterval.Precision(v.Conversion ?? "", converted) + Options.Tolerance * value;
        if (Math.Abs(value - converted) <= slack) return null;
        string explanation = $"In article {claim.Evidence.ArticleId}, {v.AsWritten} is followed by the conversion \"{v.Conversion}\", " +
            $"which is {converted:0.#} {v.Unit}: the two do not match, so one of them is wrong.";
        ImmutableArray<Claim> claims = [claim];
        double gap = Math.Abs(value - converted) / Math.Max(value, converted);
        return new Discrepancy(DiscrepancyId.ForConversion(claim), claim.Key, DiscrepancyClass.InconsistentConversion, explanation,
            Math.Round(Math.Clamp(Math.Sqrt(gap), 0, 1) * 0.7, 2), claims);
    }

    /// <summary>From the relative gap, the trust in the sources and the precision of the values, scaled by class.</summary>
    internal double Severity(PairVerdict main, IReadOnlyCollection<Claim> involved)
    {
        double gap = Math.Sqrt(Math.Clamp(main.Gap, 0, 1));
        double trust = involved.Average(c => Credibility(c.Source.Kind));
        double precision = involved.Any(c => c.Value.Qualifier == Recognize.Quantities.Qualifier.Vague) ? 0.8 : 1.0;
        double weight = main.Class switch
        {
            DiscrepancyClass.EvolvingFigure => 0.6,
            DiscrepancyClass.UnitConfusion => 0.9,
            DiscrepancyClass.VagueVersusPrecise => 0.8,
            _ => 1.0,
        };
        return Math.Round(Math.Clamp(gap * trust * precision * weight, 0, 1), 2);
    }

    private double Credibility(SourceKind kind) => (uint)kind < (uint)_credibility.Length ? _credibility[(int)kind] : LookUpCredibility(kind);

    private double LookUpCredibility(SourceKind kind) =>
        _vocabulary.SourceCredibility.TryGetValue(kind.ToString(), out var c) ? c : 0.5;

    private static double Round(double x) => Math.Round(x, 3);
}
