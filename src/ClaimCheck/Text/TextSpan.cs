namespace ClaimCheck.Text;

/// <summary>A slice of an article's text: a start offset and a length, in UTF-16 code units.</summary>
/// <remarks>Immutable and thread-safe. Offsets always point into the original article text, never into a copy.</remarks>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether <paramref name="offset"/> lies inside this span.</summary>
    /// <param name="offset">A character offset.</param>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>Whether the two spans share at least one character.</summary>
    /// <param name="other">The other span.</param>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    /// <param name="start">First offset.</param>
    /// <param name="end">Offset one past the last character.</param>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span points into.</param>
    public string Slice(string text) => text.Substring(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
