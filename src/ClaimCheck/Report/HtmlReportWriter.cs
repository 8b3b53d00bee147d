using System.Globalization;
using System.Net;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Text;

namespace ClaimCheck.Report;

/// <summary>
/// Writes the report as one self-contained HTML page: each discrepancy shows its sources side by side with the quoted
/// sentence and the figure highlighted, and an inline SVG number line of the values. No scripts, no external files.
/// </summary>
/// <remarks>Immutable and thread-safe. All article text is HTML-escaped: articles are untrusted input.</remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>The shared instance.</summary>
    public static HtmlReportWriter Default { get; } = new();

    /// <inheritdoc/>
    public string Format => "html";

    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
        h1{margin-bottom:4px}.summary{color:#555}
        .discrepancy{border:1px solid #ccc;border-radius:8px;padding:12px 16px;margin:18px 0;background:#fff}
        .discrepancy header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
        .discrepancy h3{margin:0;font-size:18px}
        .badge{font-size:12px;padding:2px 8px;border-radius:10px;background:#eee}
        .badge.new{background:#fde2b8}.badge.status-confirmed{background:#f5b7b1}.badge.status-dismissed{background:#d5dbdb}
        .severity{font-weight:bold}.id{color:#777;font-size:12px}
        .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px;margin-top:8px}
        .claim{border-left:4px solid #999;padding:6px 10px;background:#fafafa}
        .claim .value{font-size:20px;font-weight:bold}.claim .who{font-weight:600}.claim .meta{color:#666;font-size:13px}
        blockquote{margin:6px 0 0;font-style:italic}mark{background:#ffe066;font-style:normal;font-weight:bold}
        table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
        .failed{color:#a93226}.note{background:#f4f6f7;padding:6px 10px;border-radius:4px}
        """;

    /// <inheritdoc/>
    public void Write(ClaimCheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>ClaimCheck report</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        int ok = report.Articles.Count(a => a.Status == ArticleStatus.Ok);
        h.Append("<h1>ClaimCheck report</h1>\n<p class=\"summary\">")
            .Append(CultureInfo.InvariantCulture, $"{ok} articles read, {report.Articles.Length - ok} failed, {report.Claims.Length} claims, {report.Discrepancies.Length} discrepancies")
            .Append(CultureInfo.InvariantCulture, $" &middot; schema {E(report.SchemaVersion)}</p>\n");
        h.Append("<section id=\"discrepancies\">\n<h2>Discrepancies</h2>\n");
        if (report.Discrepancies.IsEmpty) h.Append("<p>No discrepancies found.</p>\n");
        foreach (var d in report.Discrepancies) Discrepancy(h, d, report.Review.For(d.Id));
        h.Append("</section>\n");
        if (!report.Review.Disappeared.IsEmpty)
        {
            h.Append("<section id=\"disappeared\">\n<h2>Gone since the previous report</h2>\n");
            foreach (var d in report.Review.Disappeared) Discrepancy(h, d, report.Review.For(d.Id));
            h.Append("</section>\n");
        }
        Articles(h, report);
        Claims(h, report);
        h.Append("</body>\n</html>\n");
        writer.Write(h.ToString());
    }

    private static void Discrepancy(StringBuilder h, Discrepancy d, DiscrepancyReview review)
    {
        string cls = SnakeCase.Of(d.Class), status = SnakeCase.Of(review.Status);
        h.Append(CultureInfo.InvariantCulture, $"<article class=\"discrepancy\" id=\"{E(d.Id)}\" data-class=\"{cls}\">\n<header>");
        h.Append(CultureInfo.InvariantCulture, $"<h3>{E(d.Claims.IsDefaultOrEmpty ? d.Key.ToString() : d.Claims[0].Describe())}</h3>");
        h.Append(CultureInfo.InvariantCulture, $"<span class=\"severity\">severity {Math.Round(d.Severity, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)}</span>");
        h.Append(CultureInfo.InvariantCulture, $"<span class=\"badge\">{cls.Replace('_', ' ')}</span><span class=\"badge status-{status}\">{status}</span>");
        if (review.IsNew) h.Append("<span class=\"badge new\">new</span>");
        h.Append(CultureInfo.InvariantCulture, $"<span class=\"id\">{E(d.Id)}</span></header>\n");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"explanation\">{E(d.Explanation)}</p>\n");
        if (!d.Claims.IsDefaultOrEmpty) NumberLineSvg.Write(h, d.Claims);
        h.Append("\n<div class=\"sides\">\n");
        for (int i = 0; i < (d.Claims.IsDefault ? 0 : d.Claims.Length); i++)
        {
            var c = d.Claims[i];
            var color = NumberLineSvg.Palette[i % NumberLineSvg.Palette.Length];
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"claim\" style=\"border-color:{color}\">");
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"who\">{E(c.Source.Name)}</div>");
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"value\">{E(c.Value.AsWritten)}</div>");
            var chain = c.Source.Chain.IsDefaultOrEmpty || c.Source.Chain.Length < 2 ? "" : " &middot; via " + E(string.Join(" \u2190 ", c.Source.Chain));
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"meta\">{E(SnakeCase.Of(c.Source.Kind).Replace('_', ' '))}{chain} &middot; article <b>{E(c.Evidence.ArticleId)}</b>");
            if (c.Published is DateOnly p) h.Append(CultureInfo.InvariantCulture, $" &middot; published {p:yyyy-MM-dd}");
            h.Append("</div>");
            h.Append("<blockquote>").Append(Highlighted(c)).Append("</blockquote></div>\n");
        }
        h.Append("</div>\n");
        if (review.Note is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Note: {E(review.Note)}</p>\n");
        h.Append("</article>\n");
    }

    /// <summary>The quote, escaped, with the figure wrapped in &lt;mark&gt; when its span falls inside the sentence.</summary>
    internal static string Highlighted(Claim c)
    {
        var quote = c.Evidence.Quote;
        int start = c.Evidence.Span.Start - c.Evidence.SentenceSpan.Start, length = c.Evidence.Span.Length;
        // A long sentence is quoted as a window around the figure: find the figure in it rather than by offset.
        if (start < 0 || length <= 0 || start + length > quote.Length || quote.StartsWith(TextWindow.Ellipsis, StringComparison.Ordinal))
        {
            start = quote.IndexOf(c.Value.AsWritten, StringComparison.Ordinal);
            length = c.Value.AsWritten.Length;
        }
        if (start < 0 || length <= 0) return E(quote);
        return E(quote[..start]) + "<mark>" + E(quote.Substring(start, length)) + "</mark>" + E(quote[(start + length)..]);
    }

    private static void Articles(StringBuilder h, ClaimCheckReport report)
    {
        h.Append("<section id=\"articles\">\n<h2>Articles</h2>\n<table><tr><th>Id</th><th>Status</th><th>Outlet</th><th>Published</th><th>Claims</th><th>Path</th></tr>\n");
        foreach (var a in report.Articles)
        {
            var status = a.Status == ArticleStatus.Ok ? "ok" : $"<span class=\"failed\">failed: {E(a.Error ?? "")}</span>";
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(a.Id)}</td><td>{status}</td><td>{E(a.Outlet ?? "")}</td><td>{(a.Published is DateOnly p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}</td><td>{a.ClaimCount}</td><td>{E(a.Path ?? "")}</td></tr>\n");
        }
        h.Append("</table>\n</section>\n");
    }

    private static void Claims(StringBuilder h, ClaimCheckReport report)
    {
        h.Append("<section id=\"claims\">\n<h2>Every claim</h2>\n<table><tr><th>Quantity</th><th>Value</th><th>Source</th><th>Article</th><th>Quote</th></tr>\n");
        foreach (var c in report.Claims)
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(c.Describe())}</td><td>{E(c.Value.AsWritten)}</td><td>{E(c.Source.Name)}</td><td>{E(c.Evidence.ArticleId)}</td><td>{Highlighted(c)}</td></tr>\n");
        h.Append("</table>\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
