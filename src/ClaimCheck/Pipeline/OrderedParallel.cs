using System.Runtime.CompilerServices;

namespace ClaimCheck.Pipeline;

/// <summary>
/// Maps a stream on several threads and gives the results back in input order, holding at most a few items per
/// thread: the input is read a little at a time as results are taken, so memory stays flat however long the stream,
/// and the output is the same whatever the number of threads.
/// </summary>
/// <remarks>
/// Items go to the threads in small runs of consecutive items, one task per run: a task per item cost a hand-over
/// between threads per article, and idle pool threads spinning for the next one (about 2% of a 100,000-article check).
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>Consecutive items mapped by one task.</summary>
    internal const int ItemsPerTask = 8;

    /// <summary>Tasks started ahead per thread: enough to keep every thread busy when runs differ in size.</summary>
    private const int TasksAheadPerJob = 2;

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
        var pending = new Queue<Task<TOut[]>>();
        foreach (var run in source.Chunk(ItemsPerTask))
        {
            if (pending.Count >= jobs * TasksAheadPerJob)
                foreach (var result in pending.Dequeue().GetAwaiter().GetResult()) yield return result;
            pending.Enqueue(Start(run, map, gate, cancellationToken));
        }
        while (pending.Count > 0)
            foreach (var result in pending.Dequeue().GetAwaiter().GetResult()) yield return result;
    }

    public static async IAsyncEnumerable<TOut> SelectAsync<TIn, TOut>(IAsyncEnumerable<TIn> source, Func<TIn, TOut> map, int jobs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var gate = new SemaphoreSlim(Math.Max(1, jobs));
        var pending = new Queue<Task<TOut[]>>();
        int ahead = Math.Max(1, jobs) * TasksAheadPerJob;
        var run = new List<TIn>(ItemsPerTask);
        await using var items = source.GetAsyncEnumerator(cancellationToken);
        // The read of the source in progress while results are handed over: when a result throws (the run was
        // cancelled, an article failed) the source is disposed on the way out, and an async iterator cannot be
        // disposed in the middle of a read (it throws NotSupportedException, which would hide the real error).
        Task<bool>? reading = null;
        try
        {
            while (true)
            {
                var next = items.MoveNextAsync();
                bool more;
                if (next.IsCompleted) more = await next.ConfigureAwait(false);
                else
                {
                    // The source makes the reader wait (articles arriving one by one): what has arrived is started now,
                    // not held back until a run is full, and results are handed over while the next item is awaited.
                    if (run.Count > 0)
                    {
                        if (pending.Count >= ahead)
                            foreach (var result in await pending.Dequeue().ConfigureAwait(false)) yield return result;
                        pending.Enqueue(Start(run.ToArray(), map, gate, cancellationToken));
                        run.Clear();
                    }
                    var arrival = reading = next.AsTask();
                    while (!arrival.IsCompleted && pending.Count > 0)
                    {
                        if (!pending.Peek().IsCompleted) await Task.WhenAny(arrival, pending.Peek()).ConfigureAwait(false);
                        if (pending.Peek().IsCompleted)
                            foreach (var result in await pending.Dequeue().ConfigureAwait(false)) yield return result;
                    }
                    more = await arrival.ConfigureAwait(false);
                    reading = null;
                }
                if (!more) break;
                run.Add(items.Current);
                if (run.Count < ItemsPerTask) continue;
                if (pending.Count >= ahead)
                    foreach (var result in await pending.Dequeue().ConfigureAwait(false)) yield return result;
                pending.Enqueue(Start(run.ToArray(), map, gate, cancellationToken));
                run.Clear();
            }
            if (run.Count > 0) pending.Enqueue(Start(run.ToArray(), map, gate, cancellationToken));
            while (pending.Count > 0)
                foreach (var result in await pending.Dequeue().ConfigureAwait(false)) yield return result;
        }
        finally
        {
            // Let the read in progress end (whatever it ends with) before the source is disposed.
            if (reading is { IsCompleted: false }) await Task.WhenAny(reading).ConfigureAwait(false);
        }
    }

    private static Task<TOut[]> Start<TIn, TOut>(TIn[] run, Func<TIn, TOut> map, SemaphoreSlim gate, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var results = new TOut[run.Length];
                for (int i = 0; i < run.Length; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results[i] = map(run[i]);
                }
                return results;
            }
            finally { gate.Release(); }
        }, cancellationToken);
}
