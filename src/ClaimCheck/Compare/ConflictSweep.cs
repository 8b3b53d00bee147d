using ClaimCheck.Claims;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Compare;

/// <summary>
/// What the conflicts inside one group of claims about the same quantity amount to, found without looking at every
/// pair: which claims conflict with at least one other, how many pairs conflict, and a bounded set of claims that
/// stand for all of them (the extremes, a conflict inside one article, a mile slip, the most credible sources, then
/// one claim per source). Cost: O(n log n) time and O(n) memory for n claims, whatever the number of conflicting pairs.
/// </summary>
/// <remarks>
/// Two claims conflict when their intervals are disjoint; two vague claims are read loosely (<see cref="ValueInterval.Of(ClaimValue, ComparisonOptions, bool)"/>).
/// A claim conflicts with some other when the smallest upper bound among the others lies below its lower bound, or
/// the largest lower bound above its upper bound, so the two extremes of each kind of interval (precise, vague read
/// strictly, vague read loosely) answer for every claim. Disjoint pairs are counted by sorting the lower bounds and,
/// for each claim, counting those above its upper bound.
/// </remarks>
internal sealed class ConflictSweep
{
    private const int MostCredible = 3;

    private ConflictSweep(int involved, long pairs, List<Claim> shown, double trust, bool anyVague)
    {
        InvolvedCount = involved;
        ConflictingPairs = pairs;
        Shown = shown;
        Trust = trust;
        AnyVague = anyVague;
    }

    /// <summary>How many claims conflict with at least one other.</summary>
    public int InvolvedCount { get; }

    /// <summary>How many pairs of claims conflict.</summary>
    public long ConflictingPairs { get; }

    /// <summary>The claims that stand for the conflict: all that conflict, in group order, when there are few enough.</summary>
    public List<Claim> Shown { get; }

    /// <summary>The mean credibility of the sources of the claims that conflict.</summary>
    public double Trust { get; }

    /// <summary>Whether any claim that conflicts is vague.</summary>
    public bool AnyVague { get; }

    /// <summary>Sweeps one group.</summary>
    /// <param name="group">The group's claims.</param>
    /// <param name="facts">What was read of each (<see cref="ClaimFacts"/>), at the same index.</param>
    /// <param name="maxShown">The most claims to show when more conflict.</param>
    /// <param name="credibility">The credibility of a source kind.</param>
    public static ConflictSweep Run(Claim[] group, ClaimFacts[] facts, int maxShown, Func<SourceKind, double> credibility)
    {
        int n = group.Length, vagueCount = 0;
        Extremes precise = new(), vagueStrict = new(), vagueLoose = new();
        for (int i = 0; i < n; i++)
        {
            ref readonly var f = ref facts[i];
            if (!f.Vague) { precise.Add(f.Strict, i); continue; }
            vagueCount++;
            vagueStrict.Add(f.Strict, i);
            vagueLoose.Add(f.Loose, i);
        }

        var involvedIndex = new List<int>();
        double credibilitySum = 0;
        bool anyVague = false;
        for (int i = 0; i < n; i++)
        {
            ref readonly var f = ref facts[i];
            bool conflicts = f.Vague
                ? precise.ConflictsWith(f.Strict, i) || vagueLoose.ConflictsWith(f.Loose, i)
                : precise.ConflictsWith(f.Strict, i) || vagueStrict.ConflictsWith(f.Strict, i);
            if (!conflicts) continue;
            involvedIndex.Add(i);
            credibilitySum += credibility(f.SourceKind);
            anyVague |= f.Vague;
        }
        int involved = involvedIndex.Count;
        if (involved == 0) return new ConflictSweep(0, 0, [], 0, false);

        // Vague pairs are read loosely: count every pair strictly, then swap the vague pairs' strict count for their loose one.
        long pairs = DisjointPairs(facts, n, Reading.AllStrict);
        if (vagueCount > 0) pairs += DisjointPairs(facts, vagueCount, Reading.VagueLoose) - DisjointPairs(facts, vagueCount, Reading.VagueStrict);

        var shown = involved <= maxShown
            ? involvedIndex.Select(i => group[i]).ToList()
            : Representatives(group, involvedIndex, facts, maxShown, credibility);
        return new ConflictSweep(involved, pairs, shown, credibilitySum / involved, anyVague);
    }

    /// <summary>Whether two claims of the group conflict, with the loose reading when both are vague.</summary>
    private static bool Conflict(int a, int b, ClaimFacts[] facts) =>
        facts[a].Vague && facts[b].Vague ? !facts[a].Loose.Overlaps(facts[b].Loose) : !facts[a].Strict.Overlaps(facts[b].Strict);

    private static List<Claim> Representatives(Claim[] group, List<int> involved, ClaimFacts[] facts, int maxShown,
        Func<SourceKind, double> credibility)
    {
        var picked = new SortedSet<int>();
        void Pick(int i) { if (i >= 0) picked.Add(i); }

        // The extremes, of precise and of vague figures apart so that a vague-against-precise conflict is kept.
        foreach (bool ofVague in new[] { false, true })
        {
            int lowestHigh = -1, highestLow = -1;
            foreach (int i in involved)
            {
                if (facts[i].Vague != ofVague) continue;
                if (lowestHigh < 0 || facts[i].Strict.High < facts[lowestHigh].Strict.High) lowestHigh = i;
                if (highestLow < 0 || facts[i].Strict.Low > facts[highestLow].Strict.Low) highestLow = i;
            }
            Pick(lowestHigh);
            Pick(highestLow);
        }
        PickInArticleConflict(group, involved, facts, Pick);
        if (ClaimTraits.IsDistance(group[0])) PickMileSlip(group, involved, facts, Pick);
        foreach (int i in involved.OrderByDescending(i => credibility(facts[i].SourceKind)).Take(MostCredible)) Pick(i);
        var sources = new HashSet<string>(picked.Select(i => group[i].Source.Name), StringComparer.OrdinalIgnoreCase);
        foreach (int i in involved)
        {
            if (picked.Count >= maxShown) break;
            if (sources.Add(group[i].Source.Name)) Pick(i);
        }
        return picked.Select(i => group[i]).ToList();
    }

    /// <summary>The first article (in group order) holding two claims that conflict: its lowest and highest claim.</summary>
    /// <remarks>
    /// The articles are found in an open-addressing table of article numbers keyed by the hashes read with the facts:
    /// with one claim per article it holds as many articles as claims, and a table of small integers stays in the
    /// processor's cache where a dictionary of strings would not.
    /// </remarks>
    private static void PickInArticleConflict(Claim[] group, List<int> involved, ClaimFacts[] facts, Action<int> pick)
    {
        int mask = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * involved.Count)) - 1;
        var slots = new int[mask + 1]; // article number + 1, 0 when free
        var articles = new List<(int First, int LowestHigh, int HighestLow)>();
        foreach (int i in involved)
        {
            ref readonly var f = ref facts[i];
            for (int s = f.ArticleHash & mask; ; s = (s + 1) & mask)
            {
                int a = slots[s] - 1;
                if (a < 0)
                {
                    slots[s] = articles.Count + 1;
                    articles.Add((i, i, i));
                    break;
                }
                var (first, lowestHigh, highestLow) = articles[a];
                if (facts[first].ArticleHash != f.ArticleHash
                    || !string.Equals(group[first].Evidence.ArticleId, group[i].Evidence.ArticleId, StringComparison.Ordinal)) continue;
                articles[a] = (first, f.Strict.High < facts[lowestHigh].Strict.High ? i : lowestHigh, f.Strict.Low > facts[highestLow].Strict.Low ? i : highestLow);
                break;
            }
        }
        foreach (var (_, a, b) in articles)
        {
            if (a == b || !Conflict(a, b, facts)) continue;
            pick(a);
            pick(b);
            return;
        }
    }

    /// <summary>A pair whose values differ by the ratio of a mile to a kilometre, found by binary search on the sorted values.</summary>
    private static void PickMileSlip(Claim[] group, List<int> involved, ClaimFacts[] facts, Action<int> pick)
    {
        var byValue = involved.Where(i => group[i].Value.Value is > 0).OrderBy(i => group[i].Value.Value!.Value).ToArray();
        var values = byValue.Select(i => group[i].Value.Value!.Value).ToArray();
        const double KmPerMile = 1.609344;
        for (int at = 0; at < byValue.Length; at++)
        {
            int small = byValue[at];
            double v = values[at];
            // A mile slip allows at most 5% of the value plus the figure's precision plus half a mile; 10% + 1 covers it.
            double from = (v * 0.9 - 1) * KmPerMile, to = (v * 1.1 + 1) * KmPerMile;
            int start = LowerBound(values, from);
            for (int k = start, tried = 0; k < values.Length && values[k] <= to && tried < 8; k++, tried++)
            {
                int large = byValue[k];
                if (large == small || !Conflict(small, large, facts)) continue;
                if (!PairClassifier.IsMileSlip(group[small].Value, group[large].Value)) continue;
                pick(small);
                pick(large);
                return;
            }
        }
    }

    /// <summary>Which intervals of a group <see cref="DisjointPairs"/> counts.</summary>
    private enum Reading { AllStrict, VagueStrict, VagueLoose }

    /// <summary>How many pairs of the chosen intervals are disjoint: the lower bounds sorted, and for each interval
    /// those above its upper bound counted.</summary>
    private static long DisjointPairs(ClaimFacts[] facts, int count, Reading reading)
    {
        if (count < 2) return 0;
        var lows = new double[count];
        int k = 0;
        foreach (ref readonly var f in facts.AsSpan())
            if (Chosen(f, reading, out var x)) lows[k++] = x.Low;
        Array.Sort(lows);
        long pairs = 0;
        foreach (ref readonly var f in facts.AsSpan())
        {
            if (!Chosen(f, reading, out var x)) continue;
            pairs += lows.Length - UpperBound(lows, x.High);
            if (x.Low > x.High) pairs--; // an interval never conflicts with itself
        }
        return pairs;
    }

    private static bool Chosen(in ClaimFacts f, Reading reading, out ValueInterval x)
    {
        x = reading == Reading.VagueLoose ? f.Loose : f.Strict;
        return reading == Reading.AllStrict || f.Vague;
    }

    /// <summary>The first index whose value is above <paramref name="x"/>.</summary>
    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The first index whose value is at least <paramref name="x"/>.</summary>
    private static int LowerBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The two smallest upper bounds and the two largest lower bounds of a set of intervals, with whose they are,
    /// so that "does any other interval lie wholly below or above this one" is answered without the interval itself.</summary>
    private sealed class Extremes
    {
        private (double Value, int Index) _high1 = (double.PositiveInfinity, -1), _high2 = (double.PositiveInfinity, -1);
        private (double Value, int Index) _low1 = (double.NegativeInfinity, -1), _low2 = (double.NegativeInfinity, -1);

        public void Add(ValueInterval x, int index)
        {
            if (x.High < _high1.Value) (_high2, _high1) = (_high1, (x.High, index));
            else if (x.High < _high2.Value) _high2 = (x.High, index);
            if (x.Low > _low1.Value) (_low2, _low1) = (_low1, (x.Low, index));
            else if (x.Low > _low2.Value) _low2 = (x.Low, index);
        }

        public bool ConflictsWith(ValueInterval x, int self)
        {
            double lowestHigh = _high1.Index == self ? _high2.Value : _high1.Value;
            double highestLow = _low1.Index == self ? _low2.Value : _low1.Value;
            return lowestHigh < x.Low || highestLow > x.High;
        }
    }
}
