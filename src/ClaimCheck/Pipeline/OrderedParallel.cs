using System.Runtime.CompilerServices;

namespace ClaimCheck.Pipeline;

/// <summary>
/// Maps a stream on several threads and gives the results back in input order, holding at most a few items per
/// thread: the input is read one item at a time as results are taken, so memory stays flat however long the stream,
/// and the output is the same whatever the number of threads.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Items read ahead per thread: enough to keep every thread busy when items differ in size.</summary>
    private const int AheadPerJob = 4;

    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int jobs, CancellationToken cancellationToken = default)
    {
        if (jobs <= 1)
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return map(item);
            }
            yield break;
        }
        // Not disposed: tasks still queued when the consumer stops early release it after the enumerator is gone.
        var gate = new SemaphoreSlim(jobs);
        var pending = new Queue<Task<TOut>>();
        foreach (var item in source)
        {
            if (pending.Count >= jobs * AheadPerJob) yield return pending.Dequeue().GetAwaiter().GetResult();
            pending.Enqueue(Start(item, map, gate, cancellationToken));
        }
        while (pending.Count > 0) yield return pending.Dequeue().GetAwaiter().GetResult();
    }

    public static async IAsyncEnumerable<TOut> SelectAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, TOut> map, int jobs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var gate = new SemaphoreSlim(Math.Max(1, jobs));
        var pending = new Queue<Task<TOut>>();
        int ahead = Math.Max(1, jobs) * AheadPerJob;
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (pending.Count >= ahead) yield return await pending.Dequeue().ConfigureAwait(false);
            pending.Enqueue(Start(item, map, gate, cancellationToken));
        }
        while (pending.Count > 0) yield return await pending.Dequeue().ConfigureAwait(false);
    }

    private static Task<TOut> Start<TIn, TOut>(TIn item, Func<TIn, TOut> map, SemaphoreSlim gate, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try { return map(item); }
            finally { gate.Release(); }
        }, cancellationToken);
}
