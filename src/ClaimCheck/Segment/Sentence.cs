using System.Collections.Immutable;
using ClaimCheck.Articles;
using ClaimCheck.Text;

namespace ClaimCheck.Segment;

/// <summary>One sentence of an article.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Index">Zero-based position among the article's sentences.</param>
/// <param name="Span">Where the sentence stands in the article text.</param>
/// <param name="Text">The normalised sentence text (same length as <see cref="Span"/>: normalisation maps character to character).</param>
public sealed record Sentence(int Index, TextSpan Span, string Text);

/// <summary>An article after the Normalize and Segment stages.</summary>
/// <remarks>Immutable and thread-safe. <see cref="NormalizedText"/> has the same length as the article text, so offsets are shared.</remarks>
/// <param name="Article">The article as read.</param>
/// <param name="NormalizedText">The text with typographic variants folded (quotes, dashes, spaces, digits), offset for offset.</param>
/// <param name="Sentences">The sentences, in order, page furniture excluded.</param>
public sealed record SegmentedArticle(Article Article, string NormalizedText, ImmutableArray<Sentence> Sentences)
{
    /// <summary>The sentence that contains <paramref name="offset"/>, or null when it falls between sentences.</summary>
    /// <param name="offset">An offset into the article text.</param>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Span.Start) hi = mid - 1;
            else if (offset >= s.Span.End) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
