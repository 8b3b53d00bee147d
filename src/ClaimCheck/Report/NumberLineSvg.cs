using System.Globalization;
using System.Net;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Report;

/// <summary>A small inline SVG number line of the values a discrepancy's claims report: a dot per value, a bar per interval.</summary>
internal static class NumberLineSvg
{
    private const int Width = 640, Left = 20, Right = 260, RowHeight = 22, Top = 14;
    public static readonly string[] Palette = ["#c0392b", "#2471a3", "#1e8449", "#9a7d0a", "#7d3c98", "#ca6f1e"];

    public static void Write(StringBuilder html, IReadOnlyList<Claim> claims)
    {
        var numbers = claims.SelectMany(c => new[] { c.Value.Value, c.Value.Low, c.Value.High }).OfType<double>().Where(double.IsFinite).ToList();
        if (numbers.Count == 0) return;
        double min = numbers.Min(), max = numbers.Max();
        double pad = max > min ? (max - min) * 0.1 : Math.Max(Math.Abs(max) * 0.1, 1);
        min -= pad;
        max += pad;
        if (numbers.Min() >= 0 && min < 0) min = 0;
        double span = max - min;
        double X(double v) => Left + (v - min) / span * (Width - Left - Right);
        int height = Top + claims.Count * RowHeight + 24;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"numberline\" role=\"img\" aria-label=\"reported values\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        int axisY = Top + claims.Count * RowHeight;
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{axisY}\" x2=\"{Width - Right}\" y2=\"{axisY}\" stroke=\"#888\"/>");
        foreach (var tick in new[] { min, (min + max) / 2, max })
        {
            html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(tick))}\" y1=\"{axisY - 3}\" x2=\"{F(X(tick))}\" y2=\"{axisY + 3}\" stroke=\"#888\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(tick))}\" y=\"{axisY + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">{Label(tick)}</text>");
        }
        for (int i = 0; i < claims.Count; i++)
        {
            var v = claims[i].Value;
            var color = Palette[i % Palette.Length];
            int y = Top + i * RowHeight;
            double lo = v.Low ?? min, hi = v.High ?? max;
            if (v.Low != v.High || v.Low is null)
                html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(lo))}\" y1=\"{y}\" x2=\"{F(X(hi))}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"4\" stroke-linecap=\"round\" opacity=\"0.5\"/>");
            if (v.Value is double value && double.IsFinite(value))
                html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(value))}\" cy=\"{y}\" r=\"5\" fill=\"{color}\"/>");
            var text = WebUtility.HtmlEncode($"{claims[i].Source.Name}: {v.AsWritten}");
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 10}\" y=\"{y + 4}\" font-size=\"12\" fill=\"{color}\">{text}</text>");
        }
        html.Append("</svg>");
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Label(double v) => v.ToString(Math.Abs(v) >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);
}
