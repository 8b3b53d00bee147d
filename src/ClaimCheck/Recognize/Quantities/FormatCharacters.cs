using System.Buffers;

namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// Invisible format characters (zero-width joiners and non-joiners, direction marks, soft hyphens, word joiners, the
/// byte-order mark) that copy-and-paste leaves inside figures: "30&lt;ZWNJ&gt;0,000" is 300,000, never 30 and 0,000.
/// </summary>
/// <remarks>
/// The recognizer scans a copy without them and maps every offset back, so a figure they split is read whole when the
/// joined digits are a well-formed number and refused whole (by the number reader's grouping rules) when they are not.
/// Text without them, nearly all text, costs a vectorised search over its ASCII.
/// </remarks>
internal static class FormatCharacters
{
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        "\u00AD\u061C\u180E\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064" +
        "\u2066\u2067\u2068\u2069\uFEFF");

    /// <summary>The text without format characters and, for each kept character, its offset in the original; null when there are none.</summary>
    public static (string Text, int[] Offsets)? Strip(string text)
    {
        int first = IndexOfInvisible(text);
        if (first < 0) return null;
        var kept = new char[text.Length];
        var offsets = new int[text.Length + 1];
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (i >= first && Invisible.Contains(text[i])) continue;
            kept[n] = text[i];
            offsets[n++] = i;
        }
        offsets[n] = text.Length;
        return (new string(kept, 0, n), offsets[..(n + 1)]);
    }

    // Every format character is outside ASCII: runs of ASCII are skipped by a vectorised search, the rest is looked at one by one.
    private static int IndexOfInvisible(string text)
    {
        int i = 0;
        while (true)
        {
            int other = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\u007F');
            if (other < 0) return -1;
            for (i += other; i < text.Length && text[i] > '\u007F'; i++)
                if (Invisible.Contains(text[i])) return i;
        }
    }

    /// <summary>Moves quantities found in the stripped text back onto the original text.</summary>
    public static Quantity[] MapBack(Quantity[] found, string original, int[] offsets)
    {
        for (int k = 0; k < found.Length; k++) found[k] = Map(found[k], original, offsets);
        return found;
    }

    private static Quantity Map(Quantity q, string original, int[] offsets)
    {
        int start = offsets[q.Start], end = offsets[q.End - 1] + 1;
        return q with
        {
            Start = start,
            Length = end - start,
            Text = original.Substring(start, end - start),
            Conversion = q.Conversion is { } c ? Map(c, original, offsets) : null,
        };
    }
}
