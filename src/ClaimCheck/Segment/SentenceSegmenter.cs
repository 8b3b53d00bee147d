using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClaimCheck.Articles;
using ClaimCheck.Text;

namespace ClaimCheck.Segment;

/// <summary>
/// Splits normalised article text into sentences with their offsets, leaving out page furniture lines.
/// </summary>
/// <remarks>
/// Rules, in order: a blank line ends a sentence; a line break ends one unless the line stops without
/// terminal punctuation and the next line starts in lower case (a wrapped sentence); inside a line,
/// '.', '!' or '?' (with closing quotes or brackets) followed by a space and an upper-case letter, a digit
/// or an opening quote ends one, unless the word before the period is a known abbreviation or a single
/// initial. A run over <see cref="MaxSentence"/> characters is cut after a semicolon, else a comma, else a space.
/// Offsets are those of the article text, trimmed of surrounding white space.
/// </remarks>
internal static class SentenceSegmenter
{
    /// <summary>The longest sentence kept whole. Newswire sentences are a few hundred characters; longer runs are cut
    /// at clause boundaries.</summary>
    public const int MaxSentence = 1000;

    public static SegmentedArticle Segment(Article article, string normalized, SegmentationVocabulary? vocabulary = null)
    {
        vocabulary ??= SegmentationVocabulary.Default;
        // The sentences gather in this thread's list and are copied once, at their number, into the result.
        var sentences = _sentences ??= [];
        sentences.Clear();
        int start = -1; // start of the sentence being built, -1 when between sentences
        int pos = 0;
        while (pos < normalized.Length)
        {
            int lineEnd = normalized.IndexOf('\n', pos);
            if (lineEnd < 0) lineEnd = normalized.Length;
            var line = TextSpan.FromBounds(pos, lineEnd);
            if (IsBlank(normalized, line) || IsFurniture(normalized, line, vocabulary))
            {
                Close(ref start, pos, normalized, sentences);
            }
            else
            {
                if (start >= 0 && !ContinuesSentence(normalized, start, pos))
                    Close(ref start, pos, normalized, sentences);
                SplitLine(normalized, line, vocabulary, ref start, sentences);
            }
            pos = lineEnd + 1;
        }
        Close(ref start, normalized.Length, normalized, sentences);
        var result = ImmutableArray.Create<Sentence>(CollectionsMarshal.AsSpan(sentences));
        sentences.Clear();
        return new SegmentedArticle(article, normalized, result);
    }

    [ThreadStatic] private static List<Sentence>? _sentences;

    private static void SplitLine(string text, TextSpan line, SegmentationVocabulary vocabulary, ref int start, List<Sentence> sentences)
    {
        int i = line.Start;
        while (i < line.End)
        {
            if (start < 0)
            {
                if (!char.IsWhiteSpace(text[i])) start = i;
                i++;
                continue;
            }
            // Only '.', '!' and '?' can end a sentence: skip to the next one (a vectorised search).
            int mark = text.AsSpan(i, line.End - i).IndexOfAny(Terminators);
            if (mark < 0) return;
            i += mark;
            int end = SentenceEnd(text, line, start, i, vocabulary);
            if (end < 0)
            {
                i++;
                continue;
            }
            Close(ref start, end, text, sentences);
            i = end;
        }
    }

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");

    // Where the sentence ends when the mark at i ends it (after closing quotes and brackets), or -1.
    private static int SentenceEnd(string text, TextSpan line, int start, int i, SegmentationVocabulary vocabulary)
    {
        int end = i + 1;
        while (end < line.End && text[end] is '"' or '\'' or ')' or ']' or '.' or '!' or '?') end++;
        if (end >= line.End) return -1; // the line break decides
        if (!char.IsWhiteSpace(text[end])) return -1;
        int next = end;
        while (next < line.End && char.IsWhiteSpace(text[next])) next++;
        if (next >= line.End) return -1;
        char n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '\'' or '(' or '[')) return -1;
        if (text[i] == '.' && IsAbbreviation(text, start, i, vocabulary)) return -1;
        return end;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period, SegmentationVocabulary vocabulary)
    {
        int w = period;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        if (w == period) return false;
        var word = text.AsSpan(w, period - w);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "Hani K. El-Din"
        var lookup = vocabulary.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || lookup.Contains(word.TrimStart('.'));
    }

    private static bool ContinuesSentence(string text, int sentenceStart, int lineStart)
    {
        int p = lineStart - 1;
        while (p > sentenceStart && char.IsWhiteSpace(text[p])) p--;
        char last = text[p];
        if (last is '.' or '!' or '?' or '"' or '\'' or ':') return false;
        int q = lineStart;
        while (q < text.Length && text[q] is ' ' or '\t') q++;
        return q < text.Length && char.IsLower(text[q]);
    }

    private static void Close(ref int start, int end, string text, List<Sentence> sentences)
    {
        if (start < 0) return;
        int e = end;
        while (e > start && char.IsWhiteSpace(text[e - 1])) e--;
        while (e - start > MaxSentence)
        {
            int cut = ClauseEnd(text, start, start + MaxSentence);
            Add(start, cut, text, sentences);
            start = cut;
            while (start < e && char.IsWhiteSpace(text[start])) start++;
        }
        Add(start, e, text, sentences);
        start = -1;
    }

    private static void Add(int start, int end, string text, List<Sentence> sentences)
    {
        int e = end;
        while (e > start && char.IsWhiteSpace(text[e - 1])) e--;
        if (e <= start) return;
        var span = TextSpan.FromBounds(start, e);
        sentences.Add(new Sentence(sentences.Count, span, span.Slice(text)));
    }

    /// <summary>
    /// Where to cut a run-on "sentence" (a table flattened to one line, a list of hundreds of items) that passes
    /// <see cref="MaxSentence"/>: after the last semicolon and space in its second half, else comma and space, else space.
    /// Every later stage works sentence by sentence, so this bounds their work per figure.
    /// </summary>
    private static int ClauseEnd(string text, int start, int limit)
    {
        int from = start + MaxSentence / 2;
        // "; " and ", " rather than any comma: "3,200" must stay whole.
        foreach (string mark in (ReadOnlySpan<string>)["; ", ", ", " "])
        {
            int at = text.LastIndexOf(mark, limit - 1, limit - from, StringComparison.Ordinal);
            if (at >= from) return at + 1;
        }
        return limit;
    }

    private static bool IsBlank(string text, TextSpan line)
    {
        for (int i = line.Start; i < line.End; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static bool IsFurniture(string text, TextSpan line, SegmentationVocabulary vocabulary)
    {
        var content = text.AsSpan(line.Start, line.Length).Trim();
        // Skip bullets and symbols that lead furniture lines ("• For more ...").
        content = content.TrimStart("•·*-–|> ");
        if (content.Length == 0 || content.Length > 160) return false;
        if (StartsWithAny(content, vocabulary.Furniture)) return true;
        if (content[^1] is '.' or '!' or '?' or '"' or '\'') return false;
        return StartsWithAny(content, vocabulary.FurnitureUnpunctuated);
    }

    // Whether the line starts with one of the (lower-case) phrases, ignoring case.
    private static bool StartsWithAny(ReadOnlySpan<char> content, string[] phrases)
    {
        char first = content[0];
        foreach (var phrase in phrases)
        {
            // Most lines differ at the first character: compare that cheaply first where both are ASCII.
            if (phrase.Length > 0 && first < 0x80 && phrase[0] < 0x80 && char.ToLowerInvariant(first) != phrase[0]) continue;
            if (content.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
