namespace ClaimCheck.Text;

/// <summary>
/// A bounded stretch of a sentence around a figure, cut at word boundaries. Newswire sentences are short, but a page
/// of tables or a run-on list can make one "sentence" of 100 KB: quoting it whole for every figure in it, or searching
/// it whole for who said each figure, makes the work and the report grow with figures × sentence length.
/// </summary>
internal static class TextWindow
{
    /// <summary>The marker put where a quote was cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>Sentences up to this length are quoted whole.</summary>
    public const int MaxQuote = 400;

    /// <summary>How far a quote window reaches on each side of the figure.</summary>
    public const int QuoteReach = 160;

    /// <summary>
    /// The part of <paramref name="sentence"/> within <paramref name="before"/> characters before the figure and
    /// <paramref name="after"/> characters after it, widened to whole words; the whole sentence when it fits.
    /// </summary>
    /// <param name="text">The article text the spans point into.</param>
    /// <param name="sentence">The sentence's span.</param>
    /// <param name="figure">The figure's span, inside the sentence.</param>
    /// <param name="before">Characters kept before the figure.</param>
    /// <param name="after">Characters kept after the figure.</param>
    public static TextSpan Around(string text, TextSpan sentence, TextSpan figure, int before, int after)
    {
        int start = Math.Max(sentence.Start, figure.Start - before);
        int end = Math.Min(sentence.End, figure.End + after);
        // Back to the start of a word, forward to the end of one, without crossing the sentence or the figure.
        while (start > sentence.Start && !char.IsWhiteSpace(text[start - 1]) && figure.Start - start < before + 40) start--;
        while (end < sentence.End && !char.IsWhiteSpace(text[end]) && end - figure.End < after + 40) end++;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The sentence as a quote: whole when it is at most <see cref="MaxQuote"/> characters, else the
    /// window around the figure with <see cref="Ellipsis"/> where it was cut.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="sentence">The sentence's span.</param>
    /// <param name="figure">The figure's span.</param>
    public static string Quote(string text, TextSpan sentence, TextSpan figure)
    {
        if (sentence.Length <= MaxQuote) return sentence.Slice(text);
        var window = Around(text, sentence, figure, QuoteReach, QuoteReach);
        var slice = text.AsSpan(window.Start, window.Length).Trim();
        return string.Concat(window.Start > sentence.Start ? Ellipsis + " " : "", slice, window.End < sentence.End ? " " + Ellipsis : "");
    }
}
