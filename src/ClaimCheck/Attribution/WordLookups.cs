using System.Collections.Frozen;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Attribution;

/// <summary>A fixed set of lower-case words, looked up by string or by a word's lower-case slice.</summary>
/// <remarks>Immutable and thread-safe. The span look-up is made once: a look-up by slice costs what one by string does,
/// and a word the <see cref="WordSieve"/> rules out costs no look-up at all.</remarks>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly WordSieve _sieve;

    /// <param name="words">The words, compared ordinally.</param>
    public WordSet(FrozenSet<string> words)
    {
        _words = words;
        _bySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _sieve = new WordSieve(words);
    }

    /// <summary>The words.</summary>
    public FrozenSet<string> Words => _words;

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _sieve.MayContain(word) && _bySpan.Contains(word);
}

/// <summary>A fixed map from lower-case words, looked up by string or by a word's lower-case slice.</summary>
/// <remarks>Immutable and thread-safe, like <see cref="WordSet"/>.</remarks>
internal sealed class WordMap<T>
{
    private readonly FrozenDictionary<string, T> _map;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private readonly WordSieve _sieve;

    /// <param name="map">The words and their values, compared ordinally.</param>
    public WordMap(FrozenDictionary<string, T> map)
    {
        _map = map;
        _bySpan = map.GetAlternateLookup<ReadOnlySpan<char>>();
        _sieve = new WordSieve(map.Keys);
    }

    /// <summary>The value of <paramref name="word"/>.</summary>
    public bool TryGetValue(string word, out T value) => _map.TryGetValue(word, out value!);

    /// <summary>The value of <paramref name="word"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (_sieve.MayContain(word)) return _bySpan.TryGetValue(word, out value!);
        value = default!;
        return false;
    }

    /// <summary>Whether <paramref name="word"/> has a value.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => _sieve.MayContain(word) && _bySpan.ContainsKey(word);
}

/// <summary>The entity recognizer's word lists that attribution reads, looked up by slice.</summary>
internal static class EntityWords
{
    public static WordSet PersonTitles { get; } = new(EntityVocabulary.Default.PersonTitles);
    public static WordSet Stopwords { get; } = new(EntityVocabulary.Default.Stopwords);
    public static WordMap<SourceKind> PersonRoles { get; } = new(EntityVocabulary.Default.PersonRoles);
    public static WordMap<SourceKind> OrganisationHeads { get; } = new(EntityVocabulary.Default.OrganisationHeads);
}

/// <summary>Helpers for reading words without making strings of them.</summary>
internal static class WordLookups
{
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
