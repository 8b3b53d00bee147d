namespace ClaimCheck.Recognize.Entities;

/// <summary>One word of a name or of a sentence, with its comparison keys and shape.</summary>
/// <param name="Start">Offset of the first character (relative to the tokenised text).</param>
/// <param name="End">Offset one past the last character, possessive "'s" excluded.</param>
/// <param name="Word">The word as written: its keys, capitalisation and vocabulary flags.</param>
/// <param name="Article">An Arabic article ("al-", "el ") that names drop when compared.</param>
/// <param name="Possessive">Followed by "'s" (or a bare apostrophe after s).</param>
/// <param name="GapAfter">The characters up to the next token are only spaces or one hyphen (a name may go on).</param>
internal readonly record struct NameToken(int Start, int End, WordInfo Word, bool Article, bool Possessive, bool GapAfter)
{
    /// <summary>The exact key (<see cref="NameKey.Exact"/>).</summary>
    public string Exact => Word.Exact;

    /// <summary>The phonetic key (<see cref="NameKey.Phonetic"/>).</summary>
    public string Phonetic => Word.Phonetic;

    /// <summary>Capitalisation.</summary>
    public TokenShape Shape => Word.Shape;

    /// <summary>Whether the word is in one of the vocabulary lists <paramref name="role"/> names.</summary>
    public bool Is(WordRoles role) => Word.Is(role);

    public bool IsCapitalised => Shape is TokenShape.Capitalised or TokenShape.AllCaps;
}

/// <summary>The capitalisation of a token.</summary>
internal enum TokenShape { Lower, Capitalised, AllCaps, Digit }

/// <summary>Splits text into name tokens: letters and digits, apostrophes inside words joined, "U.N." read as one token.</summary>
internal static class NameTokenizer
{
    public static List<NameToken> Tokenize(string text, EntityVocabulary vocabulary) => Tokenize(text, 0, text.Length, vocabulary);

    public static List<NameToken> Tokenize(string text, int from, int to, EntityVocabulary vocabulary)
    {
        var tokens = new List<NameToken>();
        Tokenize(text, from, to, vocabulary, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>) to <paramref name="tokens"/>; returns how many.</summary>
    public static int Tokenize(string text, int from, int to, EntityVocabulary vocabulary, List<NameToken> tokens)
    {
        // Each word is read once; what a token needs of the word after it (gap, capital) comes from one word of lookahead.
        int before = tokens.Count;
        var word = NextWord(text, from, to);
        while (word.Start < to)
        {
            var after = NextWord(text, word.Next, to);
            bool hasNext = after.Start < to;
            var (start, end, next, possessive) = word;
            word = after;
            var w = vocabulary.Words.Of(text.AsSpan(start, end - start));
            if (w.Exact.Length == 0) continue;
            bool gap = hasNext && !possessive && OnlySpaceOrHyphen(text, end, after.Start, end - start <= 3);
            if (possessive && hasNext) gap = OnlySpaceOrHyphen(text, next, after.Start, false);
            bool hyphenAfter = end < to && text[end] == '-';
            bool nextUpper = hasNext && char.IsUpper(text[after.Start]);
            bool article = hasNext && gap && (
                (nextUpper || hyphenAfter) && w.Is(WordRoles.ArticleSpaced)
                || hyphenAfter && nextUpper && w.Is(WordRoles.ArticleHyphenated));
            tokens.Add(new NameToken(start, end, w, article, possessive, gap));
        }
        return tokens.Count - before;
    }

    // The next word at or after i, or Start == to when there is none.
    private static (int Start, int End, int Next, bool Possessive) NextWord(string text, int i, int to)
    {
        while (i < to && !IsWordChar(text[i])) i++;
        if (i >= to) return (to, to, to, false);
        int end = ScanWord(text, i, to, out bool possessive, out int next);
        return (i, end, next, possessive);
    }

    private static int ScanWord(string text, int i, int to, out bool possessive, out int next)
    {
        possessive = false;
        // "U.N.", "U.S.": single letters joined by periods read as one all-caps token.
        if (i + 3 < to && char.IsUpper(text[i]) && text[i + 1] == '.' && char.IsUpper(text[i + 2]) && text[i + 3] == '.')
        {
            int j = i;
            while (j + 1 < to && char.IsUpper(text[j]) && text[j + 1] == '.') j += 2;
            next = j;
            return j;
        }
        int k = i;
        while (k < to)
        {
            char c = text[k];
            if (IsWordChar(c)) { k++; continue; }
            if (c == '\'' && k + 1 < to && char.IsLetter(text[k + 1]))
            {
                // "Syria's" is a possessive; "Shi'ite", "Dera'a" keep their apostrophe inside the word.
                bool s = text[k + 1] is 's' or 'S' && (k + 2 >= to || !char.IsLetter(text[k + 2]));
                if (s) { possessive = true; next = k + 2; return k; }
                k++;
                continue;
            }
            if (c == '\'' && k > i && text[k - 1] is 's' && (k + 1 >= to || !char.IsLetter(text[k + 1])))
            {
                possessive = true; // "rebels'"
                next = k + 1;
                return k;
            }
            break;
        }
        next = k;
        return k;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\u0300' or >= '\u0301' and <= '\u036F';

    // Names go on over spaces, one hyphen, "&" and "/" ("RFE/RL"), and the period of a short abbreviation ("St. Petersburg").
    private static bool OnlySpaceOrHyphen(string text, int from, int to, bool abbreviation)
    {
        int marks = 0;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c is '-' or '&' or '/' || c == '.' && i == from && abbreviation) { if (++marks > 1) return false; continue; }
            if (c is not ' ' and not '\t') return false;
        }
        return true;
    }

    /// <summary>The capitalisation of a word (not empty).</summary>
    public static TokenShape ShapeOf(ReadOnlySpan<char> word)
    {
        if (char.IsDigit(word[0])) return TokenShape.Digit;
        if (!char.IsUpper(word[0])) return TokenShape.Lower;
        int letters = 0, upper = 0;
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 2 && upper == letters ? TokenShape.AllCaps : TokenShape.Capitalised;
    }
}
