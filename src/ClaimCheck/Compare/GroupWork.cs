namespace ClaimCheck.Compare;

/// <summary>
/// Runs one piece of work per group of claims on several threads, the largest groups first, and keeps each result
/// at its group's index, so that what comes out does not depend on the number of threads.
/// </summary>
/// <remarks>
/// A corpus's groups are very uneven (one key can hold a third of the claims): handing out the largest first keeps
/// every thread busy to the end instead of leaving one with the biggest group after the others have finished.
/// </remarks>
internal static class GroupWork
{
    /// <summary>Calls <paramref name="work"/> once for each index below <paramref name="count"/>, on up to <paramref name="jobs"/> threads.</summary>
    /// <param name="count">How many groups.</param>
    /// <param name="sizeOf">The size of a group: the larger, the earlier it is handed out.</param>
    /// <param name="jobs">Threads to use, the calling one included; 1 runs everything in index order on the calling thread.</param>
    /// <param name="work">The work on one group; it must only write to that group's own slots.</param>
    /// <exception cref="AggregateException">When the work throws on another thread.</exception>
    public static void ForEach(int count, Func<int, int> sizeOf, int jobs, Action<int> work)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        if (jobs == 1 || count < 2)
        {
            for (int i = 0; i < count; i++) work(i);
            return;
        }
        var order = HandOutOrder(count, sizeOf);
        int next = -1;
        void Drain()
        {
            int k;
            while ((k = Interlocked.Increment(ref next)) < count) work(order[k]);
        }
        var others = new Task[Math.Min(jobs, count) - 1];
        for (int t = 0; t < others.Length; t++) others[t] = Task.Run(Drain);
        Exception? own = null;
        try { Drain(); }
        catch (Exception e) { own = e; Volatile.Write(ref next, count); }
        try { Task.WaitAll(others); }
        catch (AggregateException e) when (own is not null) { throw new AggregateException(e.InnerExceptions.Prepend(own)); }
        if (own is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(own);
    }

    /// <summary>The order in which the groups are handed out: largest first, equal sizes in index order.</summary>
    internal static int[] HandOutOrder(int count, Func<int, int> sizeOf)
    {
        var order = new int[count];
        var sizes = new int[count];
        for (int i = 0; i < count; i++) (order[i], sizes[i]) = (i, sizeOf(i));
        // Array.Sort is unstable, so the index breaks ties.
        Array.Sort(order, (x, y) => sizes[x] != sizes[y] ? sizes[y].CompareTo(sizes[x]) : x.CompareTo(y));
        return order;
    }
}
