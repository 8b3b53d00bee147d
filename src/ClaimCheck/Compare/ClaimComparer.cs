using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Compare;

/// <summary>
/// ClaimCheck's comparison rules. Claims are grouped by <see cref="ClaimKey"/> (one pass, so cost grows with the
/// number of claims, not its square); inside a group, every pair whose value intervals cannot both hold is a
/// conflict, named by <c>PairClassifier</c>. A group with conflicts gives one discrepancy holding the claims
/// involved. A conversion written beside a figure that does not match it is a discrepancy of its own.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ClaimComparer : IClaimComparer
{
    private static readonly DiscrepancyClass[] Salience =
    [
        DiscrepancyClass.UnitConfusion, DiscrepancyClass.ConflictInArticle, DiscrepancyClass.Contradiction,
        DiscrepancyClass.VagueVersusPrecise, DiscrepancyClass.EvolvingFigure,
    ];

    private readonly ClaimVocabulary _vocabulary = ClaimVocabulary.Default;

    /// <summary>Creates a comparer with the given options.</summary>
    /// <param name="options">Tolerance and widths; <see cref="ComparisonOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">When a setting is out of range.</exception>
    public ClaimComparer(ComparisonOptions? options = null)
    {
        Options = options ?? ComparisonOptions.Default;
        Options.Validate();
    }

    /// <summary>The shared default instance.</summary>
    public static ClaimComparer Default { get; } = new();

    /// <summary>The options in force.</summary>
    public ComparisonOptions Options { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Discrepancy> Compare(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var found = new List<Discrepancy>();
        foreach (var group in Group(claims))
        {
            var verdicts = Conflicts(group);
            if (verdicts.Count > 0) found.Add(Build(group[0].Key, verdicts));
        }
        foreach (var claim in claims)
            if (ConversionMismatch(claim) is { } mismatch) found.Add(mismatch);
        return found.Where(d => d.Severity >= Options.MinSeverity)
            .OrderByDescending(d => d.Severity).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc/>
    public IReadOnlyList<QuantitySummary> Summarize(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = Group(claims).ToList();
        // Counts of the same event and thing in other places: listed side by side, never compared.
        var scopes = groups.GroupBy(g => g[0].Key.WithoutScope()).ToDictionary(g => g.Key, g => g.Select(x => x[0].Key).ToList());
        var summaries = new List<QuantitySummary>();
        foreach (var group in groups)
        {
            var related = group[0].Kind == ClaimKind.Distance ? [] : scopes[group[0].Key.WithoutScope()].Where(k => k != group[0].Key).ToImmutableArray();
            if (group.Count < 2 && related.IsEmpty) continue;
            var exact = Options with { Tolerance = 0 };
            var intervals = group.Select(c => ValueInterval.Of(c.Value, exact)).ToList();
            double min = intervals.Min(i => i.Low), max = intervals.Max(i => i.High);
            var conservative = group[intervals.FindIndex(i => i.Low == min)];
            int independent = group.Select(Syndication.IndependenceKey).Distinct(StringComparer.Ordinal).Count();
            summaries.Add(new QuantitySummary(group[0].Key, group[0].Describe(), group[0].Value.Unit, Round(min),
                double.IsPositiveInfinity(max) ? null : Round(max), conservative, independent, [.. group]) { RelatedScopes = related });
        }
        return summaries;
    }

    private static IEnumerable<List<Claim>> Group(IReadOnlyList<Claim> claims)
    {
        var groups = new Dictionary<ClaimKey, List<Claim>>();
        foreach (var claim in claims)
        {
            if (!groups.TryGetValue(claim.Key, out var list)) groups[claim.Key] = list = [];
            list.Add(claim);
        }
        return groups.OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => g.Value);
    }

    private List<PairVerdict> Conflicts(List<Claim> group)
    {
        var verdicts = new List<PairVerdict>();
        for (int i = 0; i < group.Count; i++)
        for (int j = i + 1; j < group.Count; j++)
        {
            var (a, b) = (group[i], group[j]);
            if (Syndication.SameStatement(a, b)) continue;
            bool bothVague = a.Value.Qualifier == Recognize.Quantities.Qualifier.Vague && b.Value.Qualifier == Recognize.Quantities.Qualifier.Vague;
            var ia = ValueInterval.Of(a.Value, Options, bothVague);
            var ib = ValueInterval.Of(b.Value, Options, bothVague);
            if (ia.Overlaps(ib)) continue;
            verdicts.Add(PairClassifier.Classify(a, b, ia.RelativeGap(ib), _vocabulary));
        }
        return verdicts;
    }

    private Discrepancy Build(ClaimKey key, List<PairVerdict> verdicts)
    {
        var main = verdicts.OrderBy(v => Array.IndexOf(Salience, v.Class)).ThenByDescending(v => v.Gap).First();
        var involved = verdicts.SelectMany(v => new[] { v.A, v.B }).Distinct()
            .OrderBy(c => c.Evidence.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
        string explanation = main.Explanation;
        int others = verdicts.Count - 1;
        if (others > 0) explanation += $" ({others} more conflicting pair{(others == 1 ? "" : "s")} among these claims.)";
        return new Discrepancy(DiscrepancyId.For(key), key, main.Class, explanation, Severity(main, involved), involved);
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
    private double Severity(PairVerdict main, ImmutableArray<Claim> involved)
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

    private double Credibility(SourceKind kind) =>
        _vocabulary.SourceCredibility.TryGetValue(kind.ToString(), out var c) ? c : 0.5;

    private static double Round(double x) => Math.Round(x, 3);
}
