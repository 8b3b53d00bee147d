namespace ClaimCheck.Attribution;

/// <summary>A word or punctuation mark of a sentence, at article offsets.</summary>
/// <remarks>Its lower case is a slice of the sentence's lower-cased text: see <see cref="SentenceWordList.Lower(Word)"/>.</remarks>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character (a possessive "'s" excluded).</param>
/// <param name="IsPunctuation">Whether this is a punctuation mark.</param>
/// <param name="Possessive">Followed by "'s".</param>
/// <param name="Capitalised">Starts with an upper-case letter.</param>
internal readonly record struct Word(int Start, int End, bool IsPunctuation, bool Possessive, bool Capitalised);

/// <summary>A quoted stretch of a sentence: double quotes, or single quotes inside them.</summary>
/// <param name="Start">Offset of the opening quote (the sentence start when the quote opened earlier).</param>
/// <param name="End">Offset of the closing quote (the sentence end when it closes later).</param>
/// <param name="Parent">Index of the enclosing region, or -1.</param>
internal readonly record struct QuoteRegion(int Start, int End, int Parent);

/// <summary>
/// The words of one sentence (<see cref="SentenceWords.Split"/>) with the sentence lower-cased once: a word's lower
/// case is a slice of that copy, and no word becomes a string of its own.
/// </summary>
/// <remarks>Not thread-safe, and meant to be reused: each <see cref="Read"/> replaces the sentence read before.</remarks>
internal sealed class SentenceWordList
{
    private readonly List<Word> _words = [];
    private char[] _lowered = new char[256];
    private int _from;

    /// <summary>How many words and punctuation marks the sentence has.</summary>
    public int Count => _words.Count;

    /// <summary>The word at <paramref name="index"/>.</summary>
    public Word this[int index] => _words[index];

    /// <summary>The word in lower case, or the punctuation mark as written.</summary>
    public ReadOnlySpan<char> Lower(Word word) => _lowered.AsSpan(word.Start - _from, word.End - word.Start);

    /// <summary>The word at <paramref name="index"/> in lower case, or the punctuation mark as written.</summary>
    public ReadOnlySpan<char> Lower(int index) => Lower(_words[index]);

    /// <summary>Reads the sentence from <paramref name="from"/> to <paramref name="to"/>, in place of the one read before.</summary>
    public SentenceWordList Read(string text, int from, int to)
    {
        var sentence = text.AsSpan(from, to - from);
        if (_lowered.Length < sentence.Length) _lowered = new char[Math.Max(sentence.Length, 2 * _lowered.Length)];
        sentence.ToLowerInvariant(_lowered);
        _from = from;
        SentenceWords.Split(text, from, to, _words, _lowered);
        return this;
    }
}

/// <summary>Splits a sentence into words and punctuation, and finds its quotations.</summary>
internal static class SentenceWords
{
    /// <summary>
    /// Splits into <paramref name="words"/>, emptied first. <paramref name="lowered"/> holds the sentence lower-cased from
    /// <paramref name="from"/> on; each punctuation mark is put back as written.
    /// </summary>
    public static void Split(string text, int from, int to, List<Word> words, Span<char> lowered)
    {
        words.Clear();
        int i = from;
        while (i < to)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                words.Add(new Word(i, i + 1, true, false, false));
                lowered[i - from] = c;
                i++;
                continue;
            }
            int start = i;
            while (i < to)
            {
                char d = text[i];
                bool joins = char.IsLetterOrDigit(d)
                    || d is '.' or ',' && char.IsDigit(text[i - 1]) && i + 1 < to && char.IsDigit(text[i + 1])
                    || d == '-' && i + 1 < to && char.IsLetterOrDigit(text[i + 1])
                    || d == '\'' && i + 1 < to && char.IsLetter(text[i + 1]) && !IsPossessive(text, i, to);
                if (!joins) break;
                i++;
            }
            bool possessive = IsPossessive(text, i, to);
            // "the militants' spokesman": a plural possessive keeps its apostrophe out of the punctuation.
            bool plural = !possessive && i < to && text[i] == '\'' && text[i - 1] is 's' or 'S' && (i + 1 >= to || text[i + 1] == ' ');
            words.Add(new Word(start, i, false, possessive || plural, char.IsUpper(text[start])));
            if (possessive) i += 2;
            else if (plural) i += 1;
        }
    }

    private static bool IsPossessive(string text, int i, int to) =>
        i + 1 < to && text[i] == '\'' && text[i + 1] is 's' or 'S' && (i + 2 >= to || !char.IsLetter(text[i + 2]));

    /// <summary>The quotations of a sentence. An unmatched closing quote opens at the sentence start; an unmatched opening one runs to the end.</summary>
    public static IReadOnlyList<QuoteRegion> Quotes(string text, int from, int to)
    {
        // Every region opens or closes at a double quote (single quotes count only inside one): most sentences have none.
        if (!text.AsSpan(from, to - from).Contains('"')) return [];
        var regions = new List<QuoteRegion>();
        var open = new Stack<(int Start, char Mark, int Parent)>();
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c is not ('"' or '\'')) continue;
            bool before = i == from || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '"' or '\'' or '-' or ':';
            bool after = i + 1 < to && !char.IsWhiteSpace(text[i + 1]);
            if (c == '\'')
            {
                // Only a quote within a double quote; apostrophes ("Syria's", "rebels'") are not quotes.
                if (!InDoubleQuote(open)) continue;
                if (before && after && char.IsLetterOrDigit(text[i + 1]))
                {
                    open.Push((i, c, CurrentRegion(open, regions)));
                    regions.Add(new QuoteRegion(i, to, open.Peek().Parent));
                    continue;
                }
                if (open.Count > 0 && open.Peek().Mark == '\'' && !before && (i + 1 >= to || !char.IsLetter(text[i + 1]))) Close(open, regions, i);
                continue;
            }
            bool opening = before && after || !before && !after && open.Count == 0 && i == from;
            if (opening && !(open.Count > 0 && open.Peek().Mark == '"' && !before))
            {
                open.Push((i, c, CurrentRegion(open, regions)));
                regions.Add(new QuoteRegion(i, to, open.Peek().Parent));
            }
            else if (open.Count > 0)
            {
                while (open.Count > 0 && open.Peek().Mark != '"') open.Pop();
                if (open.Count > 0) Close(open, regions, i);
            }
            else regions.Add(new QuoteRegion(from - 1, i, -1)); // the quote opened in an earlier sentence
        }
        return regions;
    }

    private static bool InDoubleQuote(Stack<(int Start, char Mark, int Parent)> open)
    {
        foreach (var o in open)
            if (o.Mark == '"') return true;
        return false;
    }

    private static int CurrentRegion(Stack<(int Start, char Mark, int Parent)> open, List<QuoteRegion> regions)
    {
        if (open.Count == 0) return -1;
        int start = open.Peek().Start;
        return regions.FindLastIndex(r => r.Start == start);
    }

    private static void Close(Stack<(int Start, char Mark, int Parent)> open, List<QuoteRegion> regions, int at)
    {
        var o = open.Pop();
        int index = regions.FindLastIndex(r => r.Start == o.Start);
        regions[index] = regions[index] with { End = at };
    }

    /// <summary>The innermost region holding <paramref name="offset"/>, or -1.</summary>
    public static int RegionOf(IReadOnlyList<QuoteRegion> regions, int offset)
    {
        int best = -1;
        for (int r = 0; r < regions.Count; r++)
            if (offset > regions[r].Start && offset < regions[r].End && (best < 0 || regions[r].Start >= regions[best].Start))
                best = r;
        return best;
    }
}
