using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;

namespace ClaimCheck.Report;

/// <summary>
/// An inline SVG number line of the values some claims report: a numbered row per group of claims, a dot at its value
/// and a bar over its interval (dashed to the end when open), on a round axis with units.
/// </summary>
/// <remarks>
/// The SVG is as wide as its card (<c>width="100%"</c>): horizontal positions are percentages, so the line stretches
/// while text keeps its size and stays readable on a phone. Labels never sit beside the dots, where they would be
/// cut off: each row carries its number, and the HTML legend under the chart names it.
/// </remarks>
internal static class NumberLineSvg
{
    /// <summary>More rows than this would make a chart taller than a screen; the rest are listed, not drawn.</summary>
    public const int MaxRows = 12;

    private const int RowHeight = 22, Top = 12, AxisGap = 6;
    private const double LeftPct = 6, RightPct = 4;

    public static readonly string[] Palette = ["#c0392b", "#2471a3", "#1e8449", "#9a7d0a", "#7d3c98", "#ca6f1e"];

    public static string Color(int index) => Palette[index % Palette.Length];

    /// <summary>Writes the chart of <paramref name="groups"/> (at most <see cref="MaxRows"/> rows); nothing when no group has a finite value.</summary>
    public static void Write(StringBuilder html, ImmutableArray<ClaimGroup> groups, string unit)
    {
        var rows = groups.Take(MaxRows).ToList();
        var numbers = rows.SelectMany(g => new[] { g.Claim.Value.Value, g.Claim.Value.Low, g.Claim.Value.High }).OfType<double>().Where(double.IsFinite).ToList();
        if (numbers.Count == 0) return;
        var axis = AxisTicks.For(numbers.Min(), numbers.Max());
        string X(double v) => Pct(LeftPct + (Math.Clamp(v, axis.Min, axis.Max) - axis.Min) / (axis.Max - axis.Min) * (100 - LeftPct - RightPct));
        int axisY = Top + rows.Count * RowHeight + AxisGap;
        bool unitUnderAxis = !AxisTicks.ShortUnit(unit) && unit.Length > 0;
        int height = axisY + 22 + (unitUnderAxis ? 14 : 0);
        html.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"numberline\" role=\"img\" aria-label=\"{E($"reported values, in {unit}")}\" width=\"100%\" height=\"{height}\" font-family=\"system-ui,sans-serif\">");
        for (int i = 0; i < rows.Count; i++)
        {
            var v = rows[i].Claim.Value;
            string color = Color(i);
            int y = Top + i * RowHeight;
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"row-key\" x=\"0\" y=\"{y + 4}\" font-size=\"11\" fill=\"{color}\">{i + 1}</text>");
            bool point = v.Low is not null && v.Low == v.High;
            if (!point)
            {
                string dash = v.Low is null || v.High is null ? " stroke-dasharray=\"6 4\"" : "";
                html.Append(CultureInfo.InvariantCulture,
                    $"<line x1=\"{X(v.Low ?? axis.Min)}\" y1=\"{y}\" x2=\"{X(v.High ?? axis.Max)}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"4\" stroke-linecap=\"round\" opacity=\"0.5\"{dash}/>");
            }
            if (v.Value is double value && double.IsFinite(value))
                html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(value)}\" cy=\"{y}\" r=\"5\" fill=\"{color}\"/>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(axis.Min)}\" y1=\"{axisY}\" x2=\"{X(axis.Max)}\" y2=\"{axisY}\" stroke=\"#888\"/>");
        for (int t = 0; t < axis.Ticks.Length; t++)
        {
            double tick = axis.Ticks[t];
            // The end labels lean inwards so that they can never be cut off at the chart's edges.
            string anchor = t == 0 ? "start" : t == axis.Ticks.Length - 1 ? "end" : "middle";
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(tick)}\" y1=\"{axisY - 3}\" x2=\"{X(tick)}\" y2=\"{axisY + 3}\" stroke=\"#888\"/>");
            html.Append(CultureInfo.InvariantCulture,
                $"<text class=\"tick\" x=\"{X(tick)}\" y=\"{axisY + 16}\" font-size=\"11\" text-anchor=\"{anchor}\" fill=\"#555\">{E(AxisTicks.Label(tick, unit))}</text>");
        }
        if (unitUnderAxis)
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"unit\" x=\"{X(axis.Max)}\" y=\"{axisY + 32}\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">{E(unit)}</text>");
        html.Append("</svg>");
    }

    private static string Pct(double v) => v.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
