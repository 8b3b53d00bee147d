namespace ClaimCheck.Text;

/// <summary>
/// A text split into words once, with its lower-cased copy, so that several <see cref="PhraseMatcher{T}"/> scans share
/// one split and look words up without lower-casing them again. Word spans are shifted by <see cref="Offset"/> (a
/// sentence's words in article offsets).
/// </summary>
/// <remarks>Immutable once built; <see cref="Words"/> must not be changed by its readers.</remarks>
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
}
