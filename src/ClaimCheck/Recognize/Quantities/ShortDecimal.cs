namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// Reads a short decimal figure exactly without the general parser: its digits as a whole number divided by an exact
/// power of ten is the correctly rounded value, the double that double.Parse gives. Used where figures are read by the
/// hundred thousand (the recognizer, the comparison's precision of a figure).
/// </summary>
internal static class ShortDecimal
{
    /// <summary>Longer figures are left to double.Parse.</summary>
    private const int MaxLength = 64;

    /// <summary>Digits up to this many (in all) are read into a long exactly: below 2^53, and so exact in a double too.</summary>
    private const int MaxDigits = 15;

    /// <summary>Powers of ten that a double holds exactly.</summary>
    private static readonly double[] ExactPowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// The value of a figure of at most <see cref="MaxDigits"/> digits, with group separators (',' or ' ') and at most
    /// one decimal point, as double.Parse gives it. False for anything else (more digits, any other character, no
    /// digit), which the caller leaves to double.Parse.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> figure, out double value)
    {
        value = 0;
        if (figure.Length > MaxLength) return false;
        long digits = 0;
        int count = 0, decimals = -1;
        foreach (char c in figure)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++count > MaxDigits) return false;
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) decimals++;
            }
            else if (c == '.' && decimals < 0) decimals = 0;
            else if (c is not (',' or ' ')) return false;
        }
        if (count == 0) return false;
        value = decimals > 0 ? digits / ExactPowersOfTen[decimals] : digits;
        return true;
    }
}
