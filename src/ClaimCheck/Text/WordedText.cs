using System.Text;

namespace ClaimCheck.Text;

/// <summary>
/// A text split into words once, with its lower-cased copy, so that several <see cref="PhraseMatcher{T}"/> scans share
/// one split and look words up without lower-casing them again. Word spans are shifted by <see cref="Offset"/> (a
/// sentence's words in article offsets).
/// </summary>
/// <remarks>Not thread-safe: the words' numbers are looked up when a scan first needs them. <see cref="Words"/> must
/// not be changed by its readers.</remarks>
internal sealed class WordedText
{
    public WordedText(string text, int offset = 0)
    {
        Text = text;
        Lowered = text.ToLowerInvariant();
        Offset = offset;
        Words = PhraseMatcher<string>.Words(text, offset);
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary><see cref="Text"/> lower-cased (invariant), character for character.</summary>
    public string Lowered { get; }

    /// <summary>What is added to an index into <see cref="Text"/> to give a word's span.</summary>
    public int Offset { get; }

    /// <summary>The words (see <see cref="PhraseMatcher{T}.Words(string, int)"/>), shifted by <see cref="Offset"/>.</summary>
    public List<TextSpan> Words { get; }

    /// <summary>A word as written.</summary>
    public ReadOnlySpan<char> Written(TextSpan word) => Text.AsSpan(word.Start - Offset, word.Length);

    /// <summary>A word lower-cased.</summary>
    public ReadOnlySpan<char> Lower(TextSpan word) => Lowered.AsSpan(word.Start - Offset, word.Length);

    /// <summary>Words longer than this are no vocabulary word: they get no number.</summary>
    public const int MaxWordLength = 64;

    private WordKey[]? _keys;
    private int _keysKnown;

    /// <summary>
    /// The words' numbers in <see cref="VocabularyWords"/>, looked up in a snapshot that numbers at least
    /// <paramref name="known"/> words (looked up again when the last look-up knew fewer).
    /// </summary>
    public WordKey[] Keys(int known)
    {
        if (_keys is not null && _keysKnown >= known) return _keys;
        var snapshot = VocabularyWords.Current;
        var keys = Words.Count == 0 ? [] : new WordKey[Words.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            var w = Words[i];
            bool fits = w.Length <= MaxWordLength;
            keys[i] = new WordKey(fits ? snapshot.IdOf(Lower(w)) : -1, fits && Ascii.IsValid(Written(w)));
        }
        (_keys, _keysKnown) = (keys, snapshot.Count);
        return keys;
    }
}

/// <summary>A word's number in <see cref="VocabularyWords"/>, and whether equal numbers settle a comparison.</summary>
/// <param name="Id">The number of the lower-cased word, or -1 when no vocabulary has it (or it is too long to be one).</param>
/// <param name="Plain">ASCII and not too long: equal to an ASCII vocabulary word, in any case, exactly when the numbers are equal.</param>
internal readonly record struct WordKey(int Id, bool Plain);
