using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// The cost stays linear in the size of a group, however many pairs conflict (<c>ConflictSweep</c>): a discrepancy holds at
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
        var (groups, converted) = Group(claims, 1);
        var conflicts = new Discrepancy?[groups.Count];
        for (int i = 0; i < groups.Count; i++) conflicts[i] = ConflictOf(groups[i]);
        return Discrepancies(conflicts, converted);
    }

    /// <inheritdoc/>
    public IReadOnlyList<QuantitySummary> Summarize(IReadOnlyList<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var groups = Group(claims, 1).Groups;
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
        var (groups, converted) = Group(claims, jobs);
        var families = Families(groups);
        var conflicts = new Discrepancy?[groups.Count];
        var summaries = new QuantitySummary?[groups.Count];
        GroupWork.ForEach(groups.Count, i => groups[i].Claims.Length, jobs, i =>
        {
            conflicts[i] = ConflictOf(groups[i]);
            summaries[i] = Summary(groups[i], families);
        });
        return (Discrepancies(conflicts, converted), [.. summaries.OfType<QuantitySummary>()]);
    }

    /// <summary>
    /// One key's claims, in input order, what was read of each (<see cref="ClaimFacts"/>, at the same index), and its
    /// key with no scope when counts in other scopes are listed beside it.
    /// </summary>
    private sealed record ClaimGroup(ClaimKey Key, Claim[] Claims, ClaimFacts[] Facts, string? ScopeFree);

    /// <summary>The groups in key order, and the claims that write a conversion beside their figure, in input order.</summary>
    private sealed record Grouping(List<ClaimGroup> Groups, List<Claim> Converted);

    /// <summary>Claims read by one task while grouping.</summary>
    private const int ClaimsPerChunk = 16_384;

    /// <summary>
    /// Groups the claims by key in two walks through them in input order: the first finds each claim's group and its
    /// place in it; the second, on <paramref name="jobs"/> threads in runs of consecutive claims, reads each claim once
    /// into its group's slots (the claim and its <see cref="ClaimFacts"/>) and notes whether it writes a conversion.
    /// </summary>
    /// <remarks>
    /// Claims are allocated in the order they are made, so walking them in input order is what memory serves at
    /// streaming speed; everything after this works on the groups' compact facts, or on the few claims shown. The
    /// groups' claims are plain arrays written outside generic code, so storing a claim does not read its type back
    /// from the claim object (a list's store does, and at a million claims every such read is a cache miss).
    /// </remarks>
    private Grouping Group(IReadOnlyList<Claim> claims, int jobs)
    {
        int n = claims.Count;
        var keys = new Dictionary<ClaimKey, int>();
        var groupKeys = new List<ClaimKey>();
        var sizes = new List<int>();
        // Rented: at a million claims, fresh arrays would be fresh memory for the system to clear on every call.
        int[] groupOf = ArrayPool<int>.Shared.Rent(n), slotOf = ArrayPool<int>.Shared.Rent(n);
        // Claims share their keys' strings (SharedStrings): the strings' identities find a group without hashing their
        // text, and each new combination of identities is looked up by value once. Claims that share nothing (built one
        // by one by a caller) would only fill this map, so it stops growing when it holds many more entries than groups.
        var byIdentity = new Dictionary<KeyIdentity, int>();
        var keysAhead = new ClaimKey[ReadAhead];
        for (int i = 0; i < n; i++)
        {
            if (i % ReadAhead == 0) ReadKeys(claims, i, keysAhead);
            var key = keysAhead[i % ReadAhead];
            var identity = new KeyIdentity(key);
            if (!byIdentity.TryGetValue(identity, out int g))
            {
                ref int byValue = ref CollectionsMarshal.GetValueRefOrAddDefault(keys, key, out bool exists);
                if (!exists) { byValue = groupKeys.Count; groupKeys.Add(key); sizes.Add(0); }
                g = byValue;
                if (IdentityMemo.HasRoom(byIdentity.Count, keys.Count)) byIdentity[identity] = g;
            }
            groupOf[i] = g;
            slotOf[i] = sizes[g]++;
        }

        int count = groupKeys.Count;
        var members = new Claim[count][];
        var facts = new ClaimFacts[count][];
        for (int g = 0; g < count; g++) (members[g], facts[g]) = (new Claim[sizes[g]], new ClaimFacts[sizes[g]]);
        int chunks = (n + ClaimsPerChunk - 1) / ClaimsPerChunk;
        var converted = new List<Claim>?[chunks];
        GroupWork.ForEach(chunks, _ => 1, jobs, c =>
        {
            for (int i = c * ClaimsPerChunk, end = Math.Min(n, i + ClaimsPerChunk); i < end; i++)
            {
                var claim = claims[i];
                int g = groupOf[i], at = slotOf[i];
                members[g][at] = claim;
                facts[g][at] = ClaimFacts.Of(claim, Options, _exact);
                if (claim.Value.ConversionValue is not null) (converted[c] ??= []).Add(claim);
            }
        });
        ArrayPool<int>.Shared.Return(groupOf);
        ArrayPool<int>.Shared.Return(slotOf);
        var groups = Enumerable.Range(0, count).OrderBy(g => groupKeys[g].ToString(), StringComparer.Ordinal)
            .Select(g => new ClaimGroup(groupKeys[g], members[g], facts[g], ClaimTraits.ScopeFreeKey(members[g][0])))
            .ToList();
        return new Grouping(groups, [.. converted.SelectMany(c => c ?? [])]);
    }

    /// <summary>How many claims' keys are read ahead of their grouping (<see cref="ReadKeys"/>).</summary>
    private const int ReadAhead = 32;

    /// <summary>
    /// Reads the keys of the claims from <paramref name="start"/> on into <paramref name="keys"/>, in a loop that does
    /// nothing else: the claims are far apart in memory and seldom cached, and the processor fetches the claims of one
    /// such loop together, where grouping each claim as it is read would wait for each in turn.
    /// </summary>
    private static void ReadKeys(IReadOnlyList<Claim> claims, int start, ClaimKey[] keys)
    {
        int count = Math.Min(keys.Length, claims.Count - start);
        for (int j = 0; j < count; j++) keys[j] = claims[start + j].Key;
    }

    /// <summary>A key by the identity of its strings: equal identities mean equal keys (not the reverse).</summary>
    private readonly struct KeyIdentity(ClaimKey key) : IEquatable<KeyIdentity>
    {
        private readonly ClaimKey _key = key;

        public bool Equals(KeyIdentity other) => _key.Kind == other._key.Kind && ReferenceEquals(_key.Concept, other._key.Concept)
            && ReferenceEquals(_key.Dimension, other._key.Dimension) && ReferenceEquals(_key.Scope, other._key.Scope);

        public override bool Equals(object? obj) => obj is KeyIdentity other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_key.Kind, RuntimeHelpers.GetHashCode(_key.Concept),
            RuntimeHelpers.GetHashCode(_key.Dimension), RuntimeHelpers.GetHashCode(_key.Scope));
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

    private Discrepancy? ConflictOf(ClaimGroup group) => group.Claims.Length > 1 ? Conflict(group) : null;

    /// <summary>The groups' discrepancies (in group order, nulls skipped) and the conversion mismatches of the claims
    /// that write a conversion, filtered and ranked.</summary>
    private List<Discrepancy> Discrepancies(Discrepancy?[] conflicts, List<Claim> converted)
    {
        var found = new List<Discrepancy>(conflicts.OfType<Discrepancy>());
        foreach (var claim in converted)
            if (ConversionMismatch(claim) is { } mismatch) found.Add(mismatch);
        return found.Where(d => d.Severity >= Options.MinSeverity)
            .OrderByDescending(d => d.Severity).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The consolidated view of one group, or null when it holds one claim and has no related scopes.</summary>
    private QuantitySummary? Summary(ClaimGroup group, Dictionary<string, List<ClaimKey>> families)
    {
        var (key, claims, scopeFree) = (group.Key, group.Claims, group.ScopeFree);
        var family = scopeFree is null ? [] : families[scopeFree];
        int relatedCount = family.Count == 0 ? 0 : family.Count - 1;
        if (claims.Length < 2 && relatedCount == 0) return null;
        // A family of thousands of places would make this quadratic: list the first ones, count the rest.
        var related = family.Where(k => k != key).Take(MaxRelatedScopes).ToImmutableArray();
        // The range is what the claims say, not what they allow; the first claim stands until one says less.
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        Claim conservative = claims[0];
        var facts = group.Facts;
        for (int i = 0; i < facts.Length; i++)
        {
            if (facts[i].Exact.Low < min) (min, conservative) = (facts[i].Exact.Low, claims[i]);
            max = Math.Max(max, facts[i].Exact.High);
        }
        int independent = Syndication.IndependentSources(claims, group.Facts);
        return new QuantitySummary(key, claims[0].Describe(), claims[0].Value.Unit, Round(min),
            double.IsPositiveInfinity(max) ? null : Round(max), conservative, independent,
            ImmutableCollectionsMarshal.AsImmutableArray(claims)) // the group's own array: nothing writes to it after grouping
        {
            RelatedScopes = related,
            OtherRelatedScopes = relatedCount - related.Length,
        };
    }

    /// <summary>The discrepancy of one group, or null when its claims agree.</summary>
    private Discrepancy? Conflict(ClaimGroup group)
    {
        var sweep = ConflictSweep.Run(group.Claims, group.Facts, MaxClaimsShown, Credibility);
        if (sweep.InvolvedCount == 0) return null;
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
        return Build(group.Key, main.Value, sweep);
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
        int hidden = sweep.InvolvedCount - shown.Length;
        if (hidden > 0)
            explanation += string.Create(CultureInfo.InvariantCulture,
                $" {shown.Length} of the {sweep.InvolvedCount:N0} conflicting claims are listed: the extremes, the most credible sources and one claim per source.");
        return new Discrepancy(DiscrepancyId.For(key), key, main.Class, explanation, Severity(main, sweep.Trust, sweep.AnyVague), shown) { OtherClaims = hidden };
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
    internal double Severity(PairVerdict main, IReadOnlyCollection<Claim> involved) =>
        Severity(main, involved.Average(c => Credibility(c.Source.Kind)), involved.Any(c => c.Value.Qualifier == Recognize.Quantities.Qualifier.Vague));

    /// <summary><see cref="Severity(PairVerdict, IReadOnlyCollection{Claim})"/> from the mean credibility of the claims'
    /// sources and whether any of them is vague.</summary>
    private static double Severity(PairVerdict main, double trust, bool anyVague)
    {
        double gap = Math.Sqrt(Math.Clamp(main.Gap, 0, 1));
        double precision = anyVague ? 0.8 : 1.0;
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
