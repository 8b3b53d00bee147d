using System.Collections.Immutable;
using System.Globalization;

namespace ClaimCheck.Report;

/// <summary>
/// A number line's scale: round ends and three to six round ticks (steps of 1, 2 or 5 times a power of ten),
/// starting at zero when the values are magnitudes far from each other.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Min">The left end.</param>
/// <param name="Max">The right end.</param>
/// <param name="Ticks">The tick values, from <see cref="Min"/> to <see cref="Max"/>.</param>
internal sealed record AxisTicks(double Min, double Max, ImmutableArray<double> Ticks)
{
    public static AxisTicks For(double low, double high)
    {
        if (low > high) (low, high) = (high, low);
        // A count of 60,000 beside one of 310,000 reads honestly only from zero; 1.20 million beside 1.25 million does not need it.
        if (low >= 0 && low < high * 0.5) low = 0;
        // One value alone is a magnitude too: shown against zero.
        if (low == high) (low, high) = low > 0 ? (0d, high) : low < 0 ? (low, 0d) : (0d, 1d);
        double range = high - low;
        double step = NiceStep(range / 4);
        double min = Math.Floor(low / step) * step, max = Math.Ceiling(high / step) * step;
        if (max - min < step) max = min + step;
        var ticks = ImmutableArray.CreateBuilder<double>();
        for (int i = 0; min + i * step <= max + step * 1e-9; i++) ticks.Add(Clean(min + i * step, step));
        return new AxisTicks(ticks[0], ticks[^1], ticks.ToImmutable());
    }

    private static double NiceStep(double rough)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double residual = rough / magnitude;
        return (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
    }

    /// <summary>Removes floating-point dust (0.30000000000000004) by rounding to the step's precision.</summary>
    private static double Clean(double value, double step)
    {
        int digits = Math.Clamp(-(int)Math.Floor(Math.Log10(step)) + 1, 0, 12);
        return Math.Round(value, digits);
    }

    /// <summary>A tick label: short, round and with its unit when the unit is short ("20 km", "5%", "300k").</summary>
    public static string Label(double value, string unit)
    {
        string number = Compact(value);
        return unit switch
        {
            "%" or "percent" => number + "%",
            _ when ShortUnit(unit) => number + " " + unit,
            _ => number,
        };
    }

    /// <summary>Units short enough to repeat on every tick; longer ones ("people") are written once under the axis.</summary>
    public static bool ShortUnit(string unit) => unit.Length is > 0 and <= 3 || unit is "%" or "percent";

    /// <summary>1,500 stays 1,500; 25,000 is 25k; 3,500,000 is 3.5M; 2,000,000,000 is 2bn.</summary>
    public static string Compact(double value)
    {
        double a = Math.Abs(value);
        return a switch
        {
            >= 1e9 => (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + "bn",
            >= 1e6 => (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M",
            >= 1e4 => (value / 1e3).ToString("0.##", CultureInfo.InvariantCulture) + "k",
            _ => value.ToString("#,0.##", CultureInfo.InvariantCulture),
        };
    }
}
