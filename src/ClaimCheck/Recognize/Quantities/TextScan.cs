namespace ClaimCheck.Recognize.Quantities;

/// <summary>Small allocation-free cursor helpers shared by the quantity and date scanners.</summary>
internal static class TextScan
{
    /// <summary>Skips white space on one line only: a quantity never spans a line break.</summary>
    public static int SkipInlineSpaces(string t, int i)
    {
        while (i < t.Length && t[i] is ' ' or '\t') i++;
        return i;
    }

    /// <summary>End of the run of letters (and inner apostrophes) starting at <paramref name="i"/>.</summary>
    public static int WordEnd(string t, int i)
    {
        while (i < t.Length && (char.IsLetter(t[i]) || (t[i] == '\'' && i + 1 < t.Length && char.IsLetter(t[i + 1]) && i > 0 && char.IsLetter(t[i - 1])))) i++;
        return i;
    }

    /// <summary>The word that ends before <paramref name="i"/>, skipping white space and one period ("No. 5").</summary>
    public static ReadOnlySpan<char> PreviousWord(string t, int i, out int wordStart)
    {
        int j = i - 1;
        while (j >= 0 && t[j] is ' ' or '\t') j--;
        if (j >= 0 && t[j] == '.') j--;
        int end = j + 1;
        while (j >= 0 && (char.IsLetter(t[j]) || t[j] == '-')) j--;
        wordStart = j + 1;
        return t.AsSpan(wordStart, end - wordStart);
    }

    /// <summary>The word that starts at or after <paramref name="i"/> on the same line (after white space), or empty.</summary>
    public static ReadOnlySpan<char> NextWord(string t, int i, out int wordStart, out int wordEnd)
    {
        wordStart = SkipInlineSpaces(t, i);
        wordEnd = WordEnd(t, wordStart);
        return t.AsSpan(wordStart, wordEnd - wordStart);
    }

    public static bool IsDigit(string t, int i) => i >= 0 && i < t.Length && char.IsAsciiDigit(t[i]);

    public static bool IsLetterOrDigit(string t, int i) => i >= 0 && i < t.Length && char.IsLetterOrDigit(t[i]);
}
