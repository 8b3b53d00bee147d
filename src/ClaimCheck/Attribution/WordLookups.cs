using System.Collections.Frozen;

namespace ClaimCheck.Attribution;

/// <summary>
/// Vocabulary look-ups by a word's lower-case slice (<see cref="SentenceWordList.Lower(Word)"/>): the word is never
/// made a string. The sets and maps are ordinal, so a slice finds exactly what its string would.
/// </summary>
internal static class WordLookups
{
    /// <summary>Whether <paramref name="set"/> holds <paramref name="word"/>.</summary>
    public static bool Contains(this FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The set's own string equal to <paramref name="word"/>, or null.</summary>
    public static string? Find(this FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known) ? known : null;

    /// <summary>The value <paramref name="map"/> gives <paramref name="word"/>.</summary>
    public static bool TryGetValue<T>(this FrozenDictionary<string, T> map, ReadOnlySpan<char> word, out T value) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value!);

    /// <summary>Whether <paramref name="map"/> has <paramref name="word"/> as a key.</summary>
    public static bool ContainsKey<T>(this FrozenDictionary<string, T> map, ReadOnlySpan<char> word) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    /// <summary>A stack buffer of this size holds any word worth looking up (a longer one gets a buffer of its own).</summary>
    public const int LowerBuffer = 64;

    /// <summary><paramref name="word"/> lower-cased into <paramref name="buffer"/>, or into a new array when it does not fit.</summary>
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return lower;
    }

    /// <summary>Whether <paramref name="word"/> is one of <paramref name="words"/>.</summary>
    public static bool Contains(this string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
            if (word.SequenceEqual(w)) return true;
        return false;
    }
}
