namespace ClaimCheck.Report;

/// <summary>
/// Formats a long list in stretches on the thread pool, a few ahead, and hands the stretches back in order: the
/// bytes are those of formatting the items one after the other, and memory holds a few stretches.
/// </summary>
internal static class SideBySide
{
    /// <summary>From how many items a list is worth formatting side by side (a large report's claims are).</summary>
    public const int From = 256;

    private const int MaxStretch = 512;

    /// <summary>Whether a list of <paramref name="count"/> items is formatted side by side.</summary>
    public static bool Pays(int count) => count >= From && Environment.ProcessorCount > 1;

    /// <summary>Formats items 0 to <paramref name="count"/> - 1 in stretches and writes each stretch in order.</summary>
    /// <param name="count">How many items.</param>
    /// <param name="format">Formats the items from the first position to the end one (excluded), on any thread.</param>
    /// <param name="write">Writes a formatted stretch, on this thread.</param>
    /// <param name="release">Gives back what a stretch holds, after it is written or when a failure leaves it unwritten.</param>
    public static void Run<T>(int count, Func<int, int, T> format, Action<T> write, Action<T> release)
    {
        int cores = Environment.ProcessorCount;
        int stretch = Math.Clamp(count / (cores * 8), 1, MaxStretch);
        int stretches = (count + stretch - 1) / stretch;
        var pending = new Queue<Task<T>>();
        int next = 0;
        Task<T> Start(int k) => Task.Run(() => format(k * stretch, Math.Min((k + 1) * stretch, count)));
        try
        {
            while (next < stretches && pending.Count < cores * 2) pending.Enqueue(Start(next++));
            while (pending.Count > 0)
            {
                var done = pending.Dequeue().GetAwaiter().GetResult();
                write(done);
                release(done);
                if (next < stretches) pending.Enqueue(Start(next++));
            }
        }
        finally
        {
            // After a failure, the stretches under way give back what they hold when they finish.
            foreach (var task in pending) task.ContinueWith(t => { if (t.IsCompletedSuccessfully) release(t.Result); }, TaskScheduler.Default);
        }
    }
}
