using System.Collections.Concurrent;

namespace ClaimCheck.Recognize.Entities;

/// <summary>
/// The exact and phonetic keys of a word as written, kept across articles: news text repeats a small vocabulary,
/// so most tokens find their keys here instead of building two strings each.
/// </summary>
/// <remarks>
/// Thread-safe. The keys are a pure function of the spelling, so what is kept never changes a result. At most about
/// <see cref="Capacity"/> spellings are kept; beyond that keys are computed and not kept, so memory stays bounded
/// whatever the input.
/// </remarks>
internal static class WordKeys
{
    private const int Capacity = 100_000;

    private static readonly ConcurrentDictionary<string, (string Exact, string Phonetic)> Kept = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Exact, string Phonetic)>.AlternateLookup<ReadOnlySpan<char>> KeptBySpan =
        Kept.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _count;

    /// <summary>The keys of <paramref name="word"/> (<see cref="NameKey.Exact"/>, <see cref="NameKey.Phonetic"/>).</summary>
    public static (string Exact, string Phonetic) Of(ReadOnlySpan<char> word)
    {
        if (KeptBySpan.TryGetValue(word, out var keys)) return keys;
        string exact = NameKey.Exact(word);
        keys = (exact, NameKey.Phonetic(exact));
        if (Volatile.Read(ref _count) < Capacity && Kept.TryAdd(word.SequenceEqual(exact) ? exact : word.ToString(), keys))
            Interlocked.Increment(ref _count);
        return keys;
    }
}
