using System.Globalization;

namespace ClaimCheck.Recognize.Quantities;

/// <summary>How a number was written.</summary>
internal enum NumberForm { Digits, Words, Vague }

/// <summary>A number read from text: where it stands, its value, and the clues later checks need.</summary>
internal readonly record struct NumberToken(int Start, int End, double Value, NumberForm Form)
{
    /// <summary>The product of the multiplier words or abbreviations applied ("million", "bn"), 1 when none.</summary>
    public double Multiplier { get; init; } = 1;
    public bool Grouped { get; init; }
    public bool HasFraction { get; init; }
    public int IntegerDigits { get; init; }
    public VagueDef? Vague { get; init; }

    /// <summary>A bare four-digit figure that may well be a year ("2011").</summary>
    public bool YearLike => Form == NumberForm.Digits && !Grouped && !HasFraction && Multiplier == 1 && IntegerDigits == 4 && Value is >= 1000 and <= 2100;
}

/// <summary>
/// Reads one number at a position: digits with grouping (Western or Indian, commas or spaces), decimals,
/// fractions ("1/2", "10 1/2"), multipliers ("1.5 million", "280K", "2bn"), number words ("twenty-three",
/// "one and a half million", "a third") and vague magnitudes ("tens of thousands").
/// </summary>
/// <remarks>A single forward pass with bounded look-ahead: no backtracking.</remarks>
internal static class NumberReader
{
    public static bool TryRead(string t, int pos, QuantityVocabulary v, bool currency, out NumberToken n)
    {
        n = default;
        if (pos >= t.Length) return false;
        if (char.IsAsciiDigit(t[pos]) || (t[pos] == '.' && TextScan.IsDigit(t, pos + 1))) return TryReadDigits(t, pos, v, currency, out n);
        if (!char.IsLetter(t[pos])) return false;
        if (v.Vague.TryMatch(t, pos, out var vague, out int vend))
        {
            if (vague.NeedsOf && !TextScan.NextWord(t, vend, out _, out _).Equals("of", StringComparison.OrdinalIgnoreCase)) return false;
            n = new NumberToken(pos, vend, double.NaN, NumberForm.Vague) { Vague = vague };
            return true;
        }
        return TryReadWords(t, pos, v, out n);
    }

    /// <summary>
    /// Integer digits beyond which a figure is refused: a double holds every integer up to 2^53 exactly, and a longer
    /// run of digits is not a quantity any story states ("read exactly or not at all", never a rounded fragment).
    /// </summary>
    private const int MaxIntegerDigits = 15;

    private static bool TryReadDigits(string t, int pos, QuantityVocabulary v, bool currency, out NumberToken n)
    {
        n = default;
        int i = pos;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        int intDigits = i - pos;
        int end = i;
        bool grouped = false;
        if (i < t.Length && t[i] == ',' && intDigits <= 3)
        {
            end = ReadCommaGroups(t, i, intDigits);
            grouped = end != i;
        }
        if (!grouped && MalformedGroup(t, i, intDigits)) return false; // "3000,000", "300,0000", "1,000,00": refused, not read in part
        if (grouped && end + 1 < t.Length && t[end] == ',' && char.IsAsciiDigit(t[end + 1]) && IsDigits(t, end + 1, 2)) return false;
        if (DigitCount(t, pos, end) > MaxIntegerDigits) return false;
        else if (intDigits <= 3 && i + 4 <= t.Length && t[i] == ' ')
        {
            // "280 000": groups of exactly three digits after a space.
            int j = i;
            while (j + 4 <= t.Length && t[j] == ' ' && IsDigits(t, j + 1, 3) && !TextScan.IsDigit(t, j + 4)
                   && !(j + 4 < t.Length && t[j + 4] is '/' or ':')) j += 4;
            if (j != i) { end = j; grouped = true; }
        }
        bool fraction = false;
        if (end < t.Length - 1 && t[end] == '.' && char.IsAsciiDigit(t[end + 1]))
        {
            int j = end + 1;
            while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
            if (j < t.Length - 1 && t[j] == '.' && char.IsAsciiDigit(t[j + 1])) return false; // "1.2.3": a version or a date
            end = j;
            fraction = true;
        }
        if (!grouped && end < t.Length && t[end] is 'e' or 'E' && end > pos && char.IsAsciiDigit(t[end - 1]))
        {
            // Exponent notation ("1e308", "2.5E-3") is read as the number or refused, never as its mantissa.
            int exponentEnd = ExponentEnd(t, end);
            if (exponentEnd > end)
            {
                if (TextScan.IsLetterOrDigit(t, exponentEnd)) return false;
                double scientific = double.Parse(t.AsSpan(pos, exponentEnd - pos), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!double.IsFinite(scientific) || (scientific == 0 && Parse(t, pos, end) != 0)) return false;
                n = new NumberToken(pos, exponentEnd, scientific, NumberForm.Digits) { HasFraction = true, IntegerDigits = intDigits };
                return true;
            }
        }
        double value = Parse(t, pos, end);
        if (!grouped && !fraction && end < t.Length && t[end] == '/')
        {
            if (!TrySlashFraction(t, end, out double num, out double den, out int fend)) return false; // "9/11", "12/05/2024"
            value = num / den;
            end = fend;
            fraction = true;
        }
        else if (!grouped && !fraction && end + 1 < t.Length && t[end] == ' ' && char.IsAsciiDigit(t[end + 1]))
        {
            // "10 1/2": a whole number and a proper fraction.
            int j = end + 1;
            while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
            if (j < t.Length && t[j] == '/' && TrySlashFraction(t, j, out _, out double den, out int fend))
            {
                double num = Parse(t, end + 1, j);
                if (num < den) { value += num / den; end = fend; fraction = true; }
            }
        }
        double multiplier = ReadMultipliers(t, ref end, v, currency);
        n = new NumberToken(pos, end, value * multiplier, NumberForm.Digits)
        {
            Multiplier = multiplier, Grouped = grouped, HasFraction = fraction, IntegerDigits = intDigits,
        };
        return true;
    }

    // A comma after the digits that does not start valid grouping, followed by two digits or more.
    private static bool MalformedGroup(string t, int i, int intDigits)
    {
        if (i + 2 >= t.Length || t[i] != ',' || intDigits == 0 || !IsDigits(t, i + 1, 2)) return false;
        int k = i + 1;
        while (k < t.Length && char.IsAsciiDigit(t[k])) k++;
        return k - i - 1 >= 3 || intDigits > 3;
    }

    private static int DigitCount(string t, int start, int end)
    {
        int count = 0;
        for (int k = start; k < end && t[k] != '.'; k++) if (char.IsAsciiDigit(t[k])) count++;
        return count;
    }

    // End of "e308", "E-3", "e+06" after a mantissa, or start when there is no exponent (at most three digits).
    private static int ExponentEnd(string t, int start)
    {
        int j = start + 1;
        if (j < t.Length && t[j] is '+' or '-') j++;
        int digits = j;
        while (j < t.Length && char.IsAsciiDigit(t[j]) && j - digits < 4) j++;
        return j > digits && j - digits <= 3 ? j : start;
    }

    private static int ReadCommaGroups(string t, int i, int firstLength)
    {
        // Western: 1,234,567. Indian: 2,80,000 / 1,23,45,678 (pairs, then a final three).
        int j = i, groups = 0, pairs = 0, last = 0;
        bool pairsAfterTriple = false;
        while (j < t.Length && t[j] == ',')
        {
            int k = j + 1;
            while (k < t.Length && char.IsAsciiDigit(t[k])) k++;
            int len = k - j - 1;
            if (len is not (2 or 3)) break;
            if (len == 2) { pairs++; if (last == 3) pairsAfterTriple = true; }
            last = len;
            groups++;
            j = k;
        }
        if (groups == 0 || last != 3 || pairsAfterTriple) return i;
        if (pairs > 0 && firstLength > 2) return i;
        return j;
    }

    private static bool TrySlashFraction(string t, int slash, out double num, out double den, out int end)
    {
        num = 0; den = 0; end = slash;
        int j = slash + 1;
        while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
        if (j == slash + 1 || j - slash - 1 > 2 || (j < t.Length && t[j] == '/')) return false;
        den = Parse(t, slash + 1, j);
        int k = slash - 1;
        while (k >= 0 && char.IsAsciiDigit(t[k])) k--;
        num = Parse(t, k + 1, slash);
        if (den is not (2 or 3 or 4 or 5 or 8 or 10 or 16) || num <= 0 || num >= den) return false;
        end = j;
        return true;
    }

    private static double ReadMultipliers(string t, ref int end, QuantityVocabulary v, bool currency)
    {
        double multiplier = 1;
        // glued abbreviation: "280K", "2bn", "$5m"
        if (end < t.Length && char.IsLetter(t[end]) && v.SuffixMultipliers.TryMatch(t, end, out double m, out int mend)
            && (!IsAmbiguous(t, end, mend) || currency || MillionsFollow(t, mend, v)))
        {
            multiplier = m;
            end = mend;
            return multiplier;
        }
        while (true)
        {
            int s = TextScan.SkipInlineSpaces(t, end);
            if (s == end || s >= t.Length || !char.IsLetter(t[s])) break;
            int we = TextScan.WordEnd(t, s);
            var word = t.AsSpan(s, we - s);
            if (v.Multipliers.TryGetValue(word, out double wm))
            {
                multiplier *= wm;
                end = we;
                continue;
            }
            if (multiplier == 1 && v.SuffixMultipliers.TryMatch(t, s, out double am, out int aend)
                && (currency || MillionsFollow(t, aend, v)))
            {
                multiplier = am;
                end = aend;
            }
            break;
        }
        return multiplier;
    }

    // "m", "M", "b", "B" are also metres, a motorway, a grade: read them as million/billion only when money or a count follows.
    private static bool IsAmbiguous(string t, int start, int end) => end - start == 1 && t[start] is 'm' or 'M' or 'b' or 'B';

    private static bool MillionsFollow(string t, int end, QuantityVocabulary v)
    {
        var next = TextScan.NextWord(t, end, out int ws, out _);
        if (ws == end || next.IsEmpty) return false;
        if (next.Equals("of", StringComparison.OrdinalIgnoreCase)) return true;
        var hit = UnitReader.Read(t, end, new NumberToken(end, end, 0, NumberForm.Digits), v);
        return hit.IsPeople || hit.Generic || hit.Def is { Kind: not "length" };
    }

    private static bool TryReadWords(string t, int pos, QuantityVocabulary v, out NumberToken n) =>
        WordNumberParser.TryParse(t, pos, v, out n);

    internal static bool IsDigits(string t, int start, int count)
    {
        if (start + count > t.Length) return false;
        for (int k = start; k < start + count; k++) if (!char.IsAsciiDigit(t[k])) return false;
        return true;
    }

    internal static double Parse(string t, int start, int end)
    {
        if (ShortDecimal.TryParse(t.AsSpan(start, end - start), out double value)) return value;
        Span<char> buffer = stackalloc char[Math.Min(end - start, ParseBuffer)];
        int len = 0;
        for (int k = start; k < end && len < buffer.Length; k++)
            if (t[k] is not (',' or ' ')) buffer[len++] = t[k];
        return double.Parse(buffer[..len], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private const int ParseBuffer = 64;
}
