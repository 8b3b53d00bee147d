using ClaimCheck.Claims;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Compare;

/// <summary>
/// What the conflicts inside one group of claims about the same quantity amount to, found without looking at every
/// pair: which claims conflict with at least one other, how many pairs conflict, and a bounded set of claims that
/// stand for all of them (the extremes, a conflict inside one article, a mile slip, the most credible sources, then
/// one claim per source). Cost: O(n log n) time and O(n) memory for n claims, whatever the number of conflicting pairs.
/// </summary>
/// <remarks>
/// Two claims conflict when their intervals are disjoint; two vague claims are read loosely (<see cref="ValueInterval.Of"/>).
/// A claim conflicts with some other when the smallest upper bound among the others lies below its lower bound, or
/// the largest lower bound above its upper bound, so the two extremes of each kind of interval (precise, vague read
/// strictly, vague read loosely) answer for every claim. Disjoint pairs are counted by sorting the lower bounds and,
/// for each claim, counting those above its upper bound.
/// </remarks>
internal sealed class ConflictSweep
{
    private const int MostCredible = 3;

    private ConflictSweep(List<Claim> involved, long pairs, List<Claim> shown)
    {
        Involved = involved;
        ConflictingPairs = pairs;
        Shown = shown;
    }

    /// <summary>Every claim that conflicts with at least one other, in group order.</summary>
    public List<Claim> Involved { get; }

    /// <summary>How many pairs of claims conflict.</summary>
    public long ConflictingPairs { get; }

    /// <summary>The claims that stand for the conflict: all of <see cref="Involved"/> when there are few enough.</summary>
    public List<Claim> Shown { get; }

    public static ConflictSweep Run(List<Claim> group, ComparisonOptions options, int maxShown, Func<Claim, double> credibility)
    {
        int n = group.Count;
        var strict = new ValueInterval[n];
        var loose = new ValueInterval[n];
        var vague = new bool[n];
        Extremes precise = new(), vagueStrict = new(), vagueLoose = new();
        for (int i = 0; i < n; i++)
        {
            var value = group[i].Value;
            strict[i] = ValueInterval.Of(value, options);
            vague[i] = value.Qualifier == Qualifier.Vague;
            if (!vague[i]) { precise.Add(strict[i], i); continue; }
            loose[i] = ValueInterval.Of(value, options, looseVague: true);
            vagueStrict.Add(strict[i], i);
            vagueLoose.Add(loose[i], i);
        }

        var involved = new List<Claim>();
        var involvedIndex = new List<int>();
        for (int i = 0; i < n; i++)
        {
            bool conflicts = vague[i]
                ? precise.ConflictsWith(strict[i], i) || vagueLoose.ConflictsWith(loose[i], i)
                : precise.ConflictsWith(strict[i], i) || vagueStrict.ConflictsWith(strict[i], i);
            if (!conflicts) continue;
            involved.Add(group[i]);
            involvedIndex.Add(i);
        }
        if (involved.Count == 0) return new ConflictSweep(involved, 0, involved);

        // Vague pairs are read loosely: count every pair strictly, then swap the vague pairs' strict count for their loose one.
        var vagueIndices = Enumerable.Range(0, n).Where(i => vague[i]).ToArray();
        long pairs = DisjointPairs(strict)
            - DisjointPairs(vagueIndices.Select(i => strict[i]).ToArray())
            + DisjointPairs(vagueIndices.Select(i => loose[i]).ToArray());

        var shown = involved.Count <= maxShown
            ? involved
            : Representatives(group, involvedIndex, strict, loose, vague, maxShown, credibility);
        return new ConflictSweep(involved, pairs, shown);
    }

    /// <summary>Whether two claims of the group conflict, with the loose reading when both are vague.</summary>
    private static bool Conflict(int a, int b, ValueInterval[] strict, ValueInterval[] loose, bool[] vague) =>
        vague[a] && vague[b] ? !loose[a].Overlaps(loose[b]) : !strict[a].Overlaps(strict[b]);

    private static List<Claim> Representatives(List<Claim> group, List<int> involved, ValueInterval[] strict, ValueInterval[] loose,
        bool[] vague, int maxShown, Func<Claim, double> credibility)
    {
        var picked = new SortedSet<int>();
        void Pick(int i) { if (i >= 0) picked.Add(i); }

        // The extremes, of precise and of vague figures apart so that a vague-against-precise conflict is kept.
        foreach (bool ofVague in new[] { false, true })
        {
            int lowestHigh = -1, highestLow = -1;
            foreach (int i in involved)
            {
                if (vague[i] != ofVague) continue;
                if (lowestHigh < 0 || strict[i].High < strict[lowestHigh].High) lowestHigh = i;
                if (highestLow < 0 || strict[i].Low > strict[highestLow].Low) highestLow = i;
            }
            Pick(lowestHigh);
            Pick(highestLow);
        }
        PickInArticleConflict(group, involved, strict, loose, vague, Pick);
        if (ClaimTraits.IsDistance(group[0])) PickMileSlip(group, involved, strict, loose, vague, Pick);
        foreach (int i in involved.OrderByDescending(i => credibility(group[i])).Take(MostCredible)) Pick(i);
        var sources = new HashSet<string>(picked.Select(i => group[i].Source.Name), StringComparer.OrdinalIgnoreCase);
        foreach (int i in involved)
        {
            if (picked.Count >= maxShown) break;
            if (sources.Add(group[i].Source.Name)) Pick(i);
        }
        return picked.Select(i => group[i]).ToList();
    }

    /// <summary>The first article (in group order) holding two claims that conflict: its lowest and highest claim.</summary>
    private static void PickInArticleConflict(List<Claim> group, List<int> involved, ValueInterval[] strict, ValueInterval[] loose,
        bool[] vague, Action<int> pick)
    {
        var byArticle = new Dictionary<string, (int LowestHigh, int HighestLow)>(StringComparer.Ordinal);
        foreach (int i in involved)
        {
            var id = group[i].Evidence.ArticleId;
            if (!byArticle.TryGetValue(id, out var e)) { byArticle[id] = (i, i); continue; }
            byArticle[id] = (strict[i].High < strict[e.LowestHigh].High ? i : e.LowestHigh, strict[i].Low > strict[e.HighestLow].Low ? i : e.HighestLow);
        }
        foreach (var (a, b) in byArticle.Values)
        {
            if (a == b || !Conflict(a, b, strict, loose, vague)) continue;
            pick(a);
            pick(b);
            return;
        }
    }

    /// <summary>A pair whose values differ by the ratio of a mile to a kilometre, found by binary search on the sorted values.</summary>
    private static void PickMileSlip(List<Claim> group, List<int> involved, ValueInterval[] strict, ValueInterval[] loose,
        bool[] vague, Action<int> pick)
    {
        var byValue = involved.Where(i => group[i].Value.Value is > 0).OrderBy(i => group[i].Value.Value!.Value).ToArray();
        var values = byValue.Select(i => group[i].Value.Value!.Value).ToArray();
        const double KmPerMile = 1.609344;
        foreach (int small in byValue)
        {
            double v = group[small].Value.Value!.Value;
            // A mile slip allows at most 5% of the value plus the figure's precision plus half a mile; 10% + 1 covers it.
            double from = (v * 0.9 - 1) * KmPerMile, to = (v * 1.1 + 1) * KmPerMile;
            int start = LowerBound(values, from);
            for (int k = start, tried = 0; k < values.Length && values[k] <= to && tried < 8; k++, tried++)
            {
                int large = byValue[k];
                if (large == small || !Conflict(small, large, strict, loose, vague)) continue;
                if (!PairClassifier.IsMileSlip(group[small].Value, group[large].Value)) continue;
                pick(small);
                pick(large);
                return;
            }
        }
    }

    private static long DisjointPairs(ValueInterval[] intervals)
    {
        if (intervals.Length < 2) return 0;
        var lows = intervals.Select(x => x.Low).ToArray();
        Array.Sort(lows);
        long pairs = 0;
        foreach (var x in intervals)
        {
            pairs += lows.Length - UpperBound(lows, x.High);
            if (x.Low > x.High) pairs--; // an interval never conflicts with itself
        }
        return pairs;
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
