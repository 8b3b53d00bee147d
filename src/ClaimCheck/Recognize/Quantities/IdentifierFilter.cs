namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// Recognises digits that are not quantities: parts of names ("M5", "COVID-19", "F-16"), labels ("Article 19",
/// "Resolution 2254"), phone numbers, clock times ("2.15pm", "10:30"), calendar dates ("December 5",
/// "2024-12-05") and decades ("the 1990s").
/// </summary>
internal static class IdentifierFilter
{
    /// <summary>Returns the end of the identifier run when the number at <paramref name="n"/> is not a quantity, else -1.</summary>
    public static int Check(string t, in NumberToken n, bool introduced, bool prefixed, QuantityVocabulary v)
    {
        int s = n.Start;
        char prev = s > 0 ? t[s - 1] : ' ';
        if (char.IsLetterOrDigit(prev) && !prefixed) return RunEnd(t, s);
        if (prev is '-' or '/' or '.' or ':' or '#' or '_' && s >= 2 && char.IsLetterOrDigit(t[s - 2])) return RunEnd(t, s);
        if (prev is '+' or '#' && !prefixed) return Math.Max(PhoneEnd(t, s), RunEnd(t, s));
        int digitsEnd = s;
        while (digitsEnd < t.Length && char.IsAsciiDigit(t[digitsEnd])) digitsEnd++;
        if (n.IntegerDigits >= 2 && t[s] == '0' && !n.HasFraction) return Math.Max(PhoneEnd(t, s), RunEnd(t, s));
        int phone = PhoneEnd(t, s);
        if (phone > digitsEnd && !n.Grouped) return phone;
        if (n.IntegerDigits == 4 && digitsEnd + 5 < t.Length && t[digitsEnd] == '-' && NumberReader.IsDigits(t, digitsEnd + 1, 2)
            && t[digitsEnd + 3] == '-' && NumberReader.IsDigits(t, digitsEnd + 4, 2)) return digitsEnd + 6;
        if (IsClockTime(t, n)) return RunEnd(t, s);
        if (n.IntegerDigits == 4 && !n.Grouped && n.Multiplier == 1 && v.TimeZones.TryMatch(t, TextScan.SkipInlineSpaces(t, n.End), out _, out int zoneEnd))
            return zoneEnd; // "2300 GMT"
        if (n.Multiplier == 1 && !n.Grouped && IsDecade(t, digitsEnd)) return RunEnd(t, s);
        var before = TextScan.PreviousWord(t, s, out _);
        if (!introduced && !before.IsEmpty && v.LabelWords.Contains(before) && !n.Grouped && !MeasureFollows(t, n.End, v)) return RunEnd(t, s);
        if (!n.Grouped && n.Multiplier == 1 && !n.HasFraction && n.Value <= 31)
        {
            if (!before.IsEmpty && v.Dates.TryMonth(before, out _)) return RunEnd(t, s);
            int after = OrdinalSuffixEnd(t, n.End);
            var next = TextScan.NextWord(t, after, out int ws, out int we);
            if (next.Equals("of", StringComparison.OrdinalIgnoreCase)) next = TextScan.NextWord(t, we, out _, out _);
            if (ws > after && v.Dates.TryMonth(next, out _)) return RunEnd(t, s);
        }
        return -1;
    }

    // "Nasdaq 2.1%", "the phone 256 GB": a unit of measure after the figure outweighs the label word before it.
    private static bool MeasureFollows(string t, int end, QuantityVocabulary v)
    {
        int j = end < t.Length && t[end] == ' ' ? end + 1 : end;
        return v.Units.TryMatch(t, j, out var def, out int e) && def.Kind != "duration" && (e - j > 1 || !char.IsLetter(t[j]));
    }

    /// <summary>End of "st", "nd", "rd", "th" glued to a number ("5th"), or <paramref name="end"/>.</summary>
    public static int OrdinalSuffixEnd(string t, int end)
    {
        if (end + 2 <= t.Length && t.AsSpan(end, 2) is "st" or "nd" or "rd" or "th" && !TextScan.IsLetterOrDigit(t, end + 2)) return end + 2;
        return end;
    }

    private static bool IsClockTime(string t, in NumberToken n)
    {
        int e = n.End;
        if (e + 1 < t.Length && t[e] is ':' && char.IsAsciiDigit(t[e + 1])) return true;
        int j = TextScan.SkipInlineSpaces(t, e);
        if (j + 2 > t.Length) return false;
        var two = t.AsSpan(j, 2);
        bool meridiem = two.Equals("am", StringComparison.OrdinalIgnoreCase) || two.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || (j + 4 <= t.Length && (t.AsSpan(j, 4).Equals("a.m.", StringComparison.OrdinalIgnoreCase) || t.AsSpan(j, 4).Equals("p.m.", StringComparison.OrdinalIgnoreCase)));
        if (!meridiem) return false;
        int k = j + (two[1] == '.' ? 0 : 2);
        return two[1] == '.' || !TextScan.IsLetterOrDigit(t, k) || t[j + 1] == '.';
    }

    private static bool IsDecade(string t, int digitsEnd) =>
        (digitsEnd < t.Length && t[digitsEnd] == 's' && !TextScan.IsLetterOrDigit(t, digitsEnd + 1))
        || (digitsEnd + 1 < t.Length && t[digitsEnd] == '\'' && t[digitsEnd + 1] == 's');

    /// <summary>Whether the digits at <paramref name="s"/> look like a phone number (after a '+': "+44 20 7946 0958").</summary>
    public static bool IsPhone(string t, int s) => PhoneEnd(t, s) > s;

    /// <summary>End of a phone-number-like run (three or more digit groups joined by '-', '.' or ' ', seven digits or more), or <paramref name="s"/>.</summary>
    private static int PhoneEnd(string t, int s)
    {
        int j = s, groups = 0, digits = 0, lastGroupEnd = s;
        while (j < t.Length)
        {
            int g = j;
            while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
            if (j == g) break;
            groups++;
            digits += j - g;
            lastGroupEnd = j;
            if (j + 1 < t.Length && t[j] is '-' or '.' or ' ' && char.IsAsciiDigit(t[j + 1])) j++;
            else break;
        }
        return groups >= 3 && digits >= 7 ? lastGroupEnd : s;
    }

    /// <summary>End of the run of letters, digits and inner separators starting at <paramref name="s"/>.</summary>
    public static int RunEnd(string t, int s)
    {
        int j = s;
        while (j < t.Length && (char.IsLetterOrDigit(t[j]) || (t[j] is '-' or '/' or '.' or ':' or ',' && TextScan.IsDigit(t, j + 1)))) j++;
        return Math.Max(j, s + 1);
    }
}
