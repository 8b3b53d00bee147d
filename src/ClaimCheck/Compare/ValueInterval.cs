using System.Globalization;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Compare;

/// <summary>
/// The set of values a claim allows, in its base unit: a written figure stands for an interval given by its
/// precision ("40 km" is [39.5, 40.5]), its hedge ("about" widens it, "more than" opens it) or its words
/// ("tens of thousands" is [10,000, 99,999]).
/// </summary>
internal readonly record struct ValueInterval(double Low, double High)
{
    public bool Overlaps(ValueInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>The relative size of the gap between two disjoint intervals (0 when they overlap, towards 1 when far apart).</summary>
    public double RelativeGap(ValueInterval other)
    {
        if (Overlaps(other)) return 0;
        var (lo, hi) = High < other.Low ? (High, other.Low) : (other.High, Low);
        return hi <= 0 ? 0 : (hi - lo) / hi;
    }

    /// <summary>The figure a claim centres on: its value, else the bound it states.</summary>
    public static double Central(ClaimValue v) => v.Value ?? v.Low ?? v.High ?? 0;

    public static ValueInterval Of(ClaimValue v, ComparisonOptions options, bool looseVague = false) =>
        Of(v, options, looseVague, PrecisionOf(v));

    /// <summary>The precision <see cref="Of(ClaimValue, ComparisonOptions, bool)"/> reads from the figure as written,
    /// so that several readings of one claim parse it once.</summary>
    public static double PrecisionOf(ClaimValue v) =>
        // Dates and ranks are whole: their bounds are already what the text allows.
        v.Unit is "date" or "rank" ? 0 : Precision(v.AsWritten, Central(v));

    /// <summary>The interval of <paramref name="v"/> with its <see cref="PrecisionOf"/> already read.</summary>
    public static ValueInterval Of(ClaimValue v, ComparisonOptions options, bool looseVague, double precision)
    {
        double value = Central(v);
        (double lo, double hi) = v.Qualifier switch
        {
            Qualifier.Approximately => (value * (1 - options.ApproximateWidth), value * (1 + options.ApproximateWidth)),
            Qualifier.Nearly => (value * (1 - options.ApproximateWidth), value + precision),
            Qualifier.MoreThan or Qualifier.AtLeast => ((v.Low ?? value) - precision, double.PositiveInfinity),
            Qualifier.LessThan or Qualifier.AtMost => (0, (v.High ?? value) + precision),
            Qualifier.Within => ((v.Low ?? 0) - precision, (v.High ?? value) + precision),
            Qualifier.Range => ((v.Low ?? value) - precision, (v.High ?? value) + precision),
            // Vague words are loose: "thousands" next to "tens of thousands" is not a contradiction.
            Qualifier.Vague => (v.Low ?? value, looseVague ? (v.High ?? value) * 10 : v.High ?? value),
            _ => (value - precision, value + precision),
        };
        // A relative tolerance means nothing on a day number, a rank or a logarithmic scale (magnitude 7.7 against 7.9
        // is a real gap): these compare as written.
        if (v.Unit is "date" or "rank" or "magnitude") return new ValueInterval(lo, hi);
        return new ValueInterval(Math.Max(0, lo * (1 - options.Tolerance)), hi * (1 + options.Tolerance));
    }

    /// <summary>Half a unit of the last digit written, scaled like the value: 1.5 million gives 0.05 million, 40 km gives 0.5 km.</summary>
    public static double Precision(string asWritten, double value)
    {
        var (mantissa, decimals) = FirstNumber(asWritten);
        if (mantissa is not > 0 || value == 0) return 0;
        double scale = value / mantissa.Value;
        return 0.5 * Math.Pow(10, -decimals) * scale;
    }

    private static (double? Mantissa, int Decimals) FirstNumber(string text)
    {
        int i = 0;
        while (i < text.Length && !char.IsDigit(text[i])) i++;
        if (i == text.Length) return (null, 0);
        Span<char> digits = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0, decimals = -1;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsDigit(c)) { digits[length++] = c; if (decimals >= 0) decimals++; }
            else if (c == '.' && decimals < 0 && i + 1 < text.Length && char.IsDigit(text[i + 1])) { digits[length++] = '.'; decimals = 0; }
            else if (c == ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && decimals < 0) continue;
            else break;
        }
        digits = digits[..length];
        // A short figure is read exactly without the parser (the same double); anything else goes to the parser.
        if (Recognize.Quantities.ShortDecimal.TryParse(digits, out var exact)) return (exact, Math.Max(decimals, 0));
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? (m, Math.Max(decimals, 0)) : (null, 0);
    }
}
