using System.Globalization;

namespace ClaimCheck.Normalize;

/// <summary>
/// Folds typographic variants so later stages see one form: curly quotes to straight ones, dashes to '-',
/// exotic spaces to ' ', Arabic-Indic and Persian digits to ASCII digits, the Arabic thousands separator to ','.
/// </summary>
/// <remarks>
/// Maps character to character: the normalised text has the same length as the original, so every offset
/// found in it is an offset into the original article. Characters that need more than one replacement
/// (ellipsis, ligatures) keep their place and are handled by the stages that care.
/// </remarks>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        // Most articles are already mostly ASCII: scan first and copy only if something changes. ASCII never
        // changes, so the scan starts at the first other character (a vectorised search).
        int i = text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
        if (i < 0) return text;
        while (i < text.Length && Fold(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, (text, i), static (dest, state) =>
        {
            var (src, first) = state;
            src.AsSpan(0, first).CopyTo(dest);
            for (int j = first; j < src.Length; j++) dest[j] = Fold(src[j]);
        });
    }

    internal static char Fold(char c)
    {
        if (c < 0x80) return c;
        switch (c)
        {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC': return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033': return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212': return '-';
            case '\u00A0': case '\u2007': case '\u2009': case '\u200A': case '\u202F': case '\u2002': case '\u2003': case '\u2004':
            case '\u2005': case '\u2006': case '\u2008': case '\u205F': case '\u3000': case '\u00AD': case '\u200B': case '\uFEFF':
                return ' ';
            case '\u066C': return ','; // Arabic thousands separator
            case '\u066B': return '.'; // Arabic decimal separator
        }
        if (c is >= '\u0660' and <= '\u0669') return (char)('0' + (c - '\u0660'));
        if (c is >= '\u06F0' and <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        if (c is >= '\uFF10' and <= '\uFF19') return (char)('0' + (c - '\uFF10'));
        return char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : c;
    }
}
