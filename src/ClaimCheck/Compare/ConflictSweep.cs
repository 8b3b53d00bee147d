using System.Buffers;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Compare;

/// <summary>
/// What the conflicts inside one group of claims about the same quantity amount to, found without looking at every
/// pair: which claims conflict with at least one other, how many pairs conflict, and a bounded set of claims that
/// stand for all of them (the extremes, a conflict inside one article, a mile slip, the most credible sources, then
/// one claim per source). Cost: O(n) time and memory for n claims, whatever the number of conflicting pairs (but for
/// the mile-slip search of a large group of distances, which sorts their values).
/// </summary>
/// <remarks>
/// Two claims conflict when their intervals are disjoint; two vague claims are read loosely (<see cref="ValueInterval.Of(ClaimValue, ComparisonOptions, bool)"/>).
/// A claim conflicts with some other when the smallest upper bound among the others lies below its lower bound, or
/// the largest lower bound above its upper bound, so the two extremes of each kind of interval (precise, vague read
/// strictly, vague read loosely) answer for every claim. Disjoint pairs are counted by sorting the lower and the upper
/// bounds (<see cref="RadixSort"/>, linear) and, walking up both, counting for each upper bound the lower bounds above it.
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

        // The involved claims' indices, in a rented array: a group of a million claims would otherwise allocate (and
        // the system clear) fresh memory for them on every comparison.
        int[] involvedIndex = ArrayPool<int>.Shared.Rent(n);
        try
        {
            int involved = 0;
            double credibilitySum = 0;
            bool anyVague = false;
            for (int i = 0; i < n; i++)
            {
                ref readonly var f = ref facts[i];
                bool conflicts = f.Vague
                    ? precise.ConflictsWith(f.Strict, i) || vagueLoose.ConflictsWith(f.Loose, i)
                    : precise.ConflictsWith(f.Strict, i) || vagueStrict.ConflictsWith(f.Strict, i);
                if (!conflicts) continue;
                involvedIndex[involved++] = i;
                credibilitySum += credibility(f.SourceKind);
                anyVague |= f.Vague;
            }
            if (involved == 0) return new ConflictSweep(0, 0, [], 0, false);

            // Vague pairs are read loosely: count every pair strictly, then swap the vague pairs' strict count for their loose one.
            long pairs = DisjointPairs(facts, n, Reading.AllStrict);
            if (vagueCount > 0) pairs += DisjointPairs(facts, vagueCount, Reading.VagueLoose) - DisjointPairs(facts, vagueCount, Reading.VagueStrict);

            var indices = involvedIndex.AsSpan(0, involved);
            List<Claim> shown;
            if (involved <= maxShown)
            {
                shown = new List<Claim>(involved);
                foreach (int i in indices) shown.Add(group[i]);
            }
            else shown = Representatives(group, indices, facts, maxShown, credibility);
            return new ConflictSweep(involved, pairs, shown, credibilitySum / involved, anyVague);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(involvedIndex);
        }
    }

    /// <summary>Whether two claims of the group conflict, with the loose reading when both are vague.</summary>
    private static bool Conflict(int a, int b, ClaimFacts[] facts) =>
        facts[a].Vague && facts[b].Vague ? !facts[a].Loose.Overlaps(facts[b].Loose) : !facts[a].Strict.Overlaps(facts[b].Strict);

    private static List<Claim> Representatives(Claim[] group, ReadOnlySpan<int> involved, ClaimFacts[] facts, int maxShown,
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
        foreach (int i in MostCredibleOf(involved, facts, credibility)) Pick(i);
        var sources = new HashSet<string>(picked.Select(i => group[i].Source.Name), StringComparer.OrdinalIgnoreCase);
        foreach (int i in involved)
        {
            if (picked.Count >= maxShown) break;
            if (sources.Add(group[i].Source.Name)) Pick(i);
        }
        return picked.Select(i => group[i]).ToList();
    }

    /// <summary>The <see cref="MostCredible"/> claims whose sources are most credible, the earlier first among equals.</summary>
    private static List<int> MostCredibleOf(ReadOnlySpan<int> involved, ClaimFacts[] facts, Func<SourceKind, double> credibility)
    {
        var top = new List<(int Index, double Credibility)>(MostCredible + 1);
        foreach (int i in involved)
        {
            double c = credibility(facts[i].SourceKind);
            if (top.Count == MostCredible && c <= top[^1].Credibility) continue;
            int at = top.Count;
            while (at > 0 && top[at - 1].Credibility < c) at--;
            top.Insert(at, (i, c));
            if (top.Count > MostCredible) top.RemoveAt(MostCredible);
        }
        return top.ConvertAll(t => t.Index);
    }

    /// <summary>The first article (in group order) holding two claims that conflict: its lowest and highest claim.</summary>
    /// <remarks>
    /// The articles are found in an open-addressing table (rented, so not fresh memory on every call) whose entries hold
    /// each article's hash, read with the facts, beside the group index of its first claim: with one claim per article it
    /// holds as many articles as claims, and a probe compares hashes without leaving the table. Only an article found a
    /// second time is compared by its id and tracked.
    /// </remarks>
    private static void PickInArticleConflict(Claim[] group, ReadOnlySpan<int> involved, ClaimFacts[] facts, Action<int> pick)
    {
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * involved.Length)), mask = size - 1;
        long[] rented = ArrayPool<long>.Shared.Rent(size);
        var slots = rented.AsSpan(0, size); // the article's hash in the high half, its first claim's index + 1 in the low; 0 when free
        slots.Clear();
        // The articles met more than once, by their first claim: their lowest and highest claim.
        SortedDictionary<int, (int LowestHigh, int HighestLow)>? repeated = null;
        try
        {
            foreach (int i in involved)
            {
                ref readonly var f = ref facts[i];
                for (int s = f.ArticleHash & mask; ; s = (s + 1) & mask)
                {
                    long entry = slots[s];
                    if (entry == 0)
                    {
                        slots[s] = ((long)f.ArticleHash << 32) | (uint)(i + 1);
                        break;
                    }
                    if ((int)(entry >> 32) != f.ArticleHash) continue;
                    int first = (int)(uint)entry - 1;
                    if (!string.Equals(group[first].Evidence.ArticleId, group[i].Evidence.ArticleId, StringComparison.Ordinal)) continue;
                    repeated ??= [];
                    var (lowestHigh, highestLow) = repeated.TryGetValue(first, out var seen) ? seen : (first, first);
                    repeated[first] = (f.Strict.High < facts[lowestHigh].Strict.High ? i : lowestHigh, f.Strict.Low > facts[highestLow].Strict.Low ? i : highestLow);
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<long>.Shared.Return(rented);
        }
        if (repeated is null) return;
        foreach (var (a, b) in repeated.Values)
        {
            if (a == b || !Conflict(a, b, facts)) continue;
            pick(a);
            pick(b);
            return;
        }
    }

    /// <summary>A pair whose values differ by the ratio of a mile to a kilometre, found by binary search on the sorted values.</summary>
    private static void PickMileSlip(Claim[] group, ReadOnlySpan<int> involved, ClaimFacts[] facts, Action<int> pick)
    {
        // The positive values in ascending order; equal values keep their order in the involved claims (the tuples
        // compare by value, then by that order).
        var sorted = new (double Value, int Order, int Index)[involved.Length];
        int n = 0;
        foreach (int i in involved)
        {
            double? value = group[i].Value.Value;
            if (value is not > 0) continue;
            sorted[n] = (value.Value, n, i);
            n++;
        }
        Array.Sort(sorted, 0, n);
        var values = new double[n];
        var byValue = new int[n];
        for (int k = 0; k < n; k++) (values[k], byValue[k]) = (sorted[k].Value, sorted[k].Index);
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

    /// <summary>How many pairs of the chosen intervals are disjoint: the lower and the upper bounds sorted
    /// (<see cref="RadixSort"/>), and for each upper bound, in one walk up both, the lower bounds above it counted.</summary>
    private static long DisjointPairs(ClaimFacts[] facts, int count, Reading reading)
    {
        if (count < 2) return 0;
        var pool = ArrayPool<ulong>.Shared;
        ulong[] lows = pool.Rent(count), highs = pool.Rent(count), scratch = pool.Rent(count);
        try
        {
            int k = 0;
            long pairs = 0;
            foreach (ref readonly var f in facts.AsSpan())
            {
                if (!Chosen(f, reading, out var x)) continue;
                lows[k] = RadixSort.Key(x.Low);
                highs[k++] = RadixSort.Key(x.High);
                if (x.Low > x.High) pairs--; // an interval never conflicts with itself
            }
            RadixSort.Sort(lows.AsSpan(0, count), scratch);
            RadixSort.Sort(highs.AsSpan(0, count), scratch);
            for (int h = 0, above = 0; h < count; h++)
            {
                while (above < count && lows[above] <= highs[h]) above++;
                pairs += count - above;
            }
            return pairs;
        }
        finally
        {
            pool.Return(lows);
            pool.Return(highs);
            pool.Return(scratch);
        }
    }

    private static bool Chosen(in ClaimFacts f, Reading reading, out ValueInterval x)
    {
        x = reading == Reading.VagueLoose ? f.Loose : f.Strict;
        return reading == Reading.AllStrict || f.Vague;
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
