using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Text;

namespace ClaimCheck.Report;

/// <summary>
/// Writes the report as one self-contained HTML page: a table of contents; each discrepancy with a number line of the
/// values and its sources side by side (quote, figure highlighted); the consolidated quantities; every claim grouped
/// by source; the articles. Syndicated copies of a claim are shown once with a count. No scripts, no external files.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. All article text is HTML-escaped: articles are untrusted input. The page and its charts
/// fit any width from a phone's (390 px) up; a test renders it in headless Chromium to check that.
/// </remarks>
public sealed partial class HtmlReportWriter : IReportWriter
{
    /// <summary>The shared instance.</summary>
    public static HtmlReportWriter Default { get; } = new();

    /// <inheritdoc/>
    public string Format => "html";

    // How many discrepancies the table of contents names one by one; the rest are counted.
    private const int TocEntries = 25;

    private const string Style = """
        *{box-sizing:border-box}
        body{font:15px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px;overflow-wrap:anywhere}
        h1{margin-bottom:4px}.summary{color:#555}
        nav.toc{background:#f4f6f7;border-radius:8px;padding:8px 16px;margin:12px 0}nav.toc ol{margin:4px 0;padding-left:22px}
        .discrepancy,.quantity{border:1px solid #ccc;border-radius:8px;padding:12px 16px;margin:18px 0;background:#fff}
        .discrepancy header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
        .discrepancy h3,.quantity h3{margin:0;font-size:18px}
        .badge{font-size:12px;padding:2px 8px;border-radius:10px;background:#eee}
        .badge.new{background:#fde2b8}.badge.status-confirmed{background:#f5b7b1}.badge.status-dismissed{background:#d5dbdb}
        .severity{font-weight:bold}.id{color:#777;font-size:12px}
        figure.chart{margin:10px 0}svg.numberline{display:block;max-width:100%}
        .legend{list-style:none;padding:0;margin:4px 0 0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px}
        .key{display:inline-block;min-width:18px;height:18px;padding:0 4px;border-radius:9px;color:#fff;font-size:11px;font-weight:bold;text-align:center;line-height:18px;margin-right:4px;font-style:normal}
        .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(280px,100%),1fr));gap:12px;margin-top:8px}
        .claim{border-left:4px solid #999;padding:6px 10px;background:#fafafa}
        .claim .value{font-size:20px;font-weight:bold}.claim .who{font-weight:600}.meta,.copies{color:#666;font-size:13px}
        blockquote{margin:6px 0 0;font-style:italic}mark{background:#ffe066;font-style:normal;font-weight:bold}
        details.source{border-bottom:1px solid #ddd;padding:6px 0}details.source summary{cursor:pointer}
        ul.claims{padding-left:18px}ul.claims li{margin:6px 0}ul.claims .value{font-weight:bold}
        table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
        .failed{color:#a93226}.note{background:#f4f6f7;padding:6px 10px;border-radius:4px}
        @media (max-width:600px){body{margin:12px auto;padding:0 10px}.discrepancy,.quantity{padding:10px}
        table.articles tr:first-child{display:none}table.articles tr{display:block;border-bottom:1px solid #ddd;padding:4px 0}
        table.articles td{display:block;border:0;padding:1px 0}table.articles td::before{content:attr(data-label) ": ";font-weight:600}}
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
        Contents(h, report);
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
        Quantities(h, report.Quantities);
        ClaimsBySource(h, report.Claims);
        Articles(h, report);
        h.Append("</body>\n</html>\n");
        writer.Write(h.ToString());
    }

    private static void Contents(StringBuilder h, ClaimCheckReport report)
    {
        h.Append("<nav class=\"toc\" aria-label=\"Contents\"><b>Contents</b>\n<ol>\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#discrepancies\">Discrepancies</a> ({report.Discrepancies.Length})");
        if (!report.Discrepancies.IsEmpty)
        {
            h.Append("<ol>");
            foreach (var d in report.Discrepancies.Take(TocEntries))
                h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{E(d.Id)}\">{E(Title(d))}</a> &middot; {E(SnakeCase.Of(d.Class).Replace('_', ' '))}</li>");
            if (report.Discrepancies.Length > TocEntries) h.Append(CultureInfo.InvariantCulture, $"<li>and {report.Discrepancies.Length - TocEntries} more</li>");
            h.Append("</ol>");
        }
        h.Append("</li>\n");
        if (!report.Review.Disappeared.IsEmpty)
            h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#disappeared\">Gone since the previous report</a> ({report.Review.Disappeared.Length})</li>\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#quantities\">Quantities claimed more than once</a> ({report.Quantities.Length})</li>\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#sources\">Claims by source</a> ({report.Claims.Length})</li>\n");
        h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#articles\">Articles</a> ({report.Articles.Length})</li>\n</ol>\n</nav>\n");
    }

    private static string Title(Discrepancy d) => d.Claims.IsDefaultOrEmpty ? d.Key.ToString() : d.Claims[0].Describe();

    private static void Discrepancy(StringBuilder h, Discrepancy d, DiscrepancyReview review)
    {
        string cls = SnakeCase.Of(d.Class), status = SnakeCase.Of(review.Status);
        h.Append(CultureInfo.InvariantCulture, $"<article class=\"discrepancy\" id=\"{E(d.Id)}\" data-class=\"{cls}\">\n<header>");
        h.Append(CultureInfo.InvariantCulture, $"<h3>{E(Title(d))}</h3>");
        h.Append(CultureInfo.InvariantCulture, $"<span class=\"severity\">severity {Math.Round(d.Severity, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)}</span>");
        h.Append(CultureInfo.InvariantCulture, $"<span class=\"badge\">{cls.Replace('_', ' ')}</span><span class=\"badge status-{status}\">{status}</span>");
        if (review.IsNew) h.Append("<span class=\"badge new\">new</span>");
        h.Append(CultureInfo.InvariantCulture, $"<span class=\"id\">{E(d.Id)}</span></header>\n");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"explanation\">{E(d.Explanation)}</p>\n");
        var groups = d.Claims.IsDefaultOrEmpty ? [] : ClaimGroup.Of(d.Claims);
        if (!groups.IsEmpty) Chart(h, groups, d.Claims[0].Value.Unit, legend: false);
        h.Append("\n<div class=\"sides\">\n");
        for (int i = 0; i < groups.Length; i++)
        {
            var (c, count, articles) = groups[i];
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"claim\" style=\"border-color:{NumberLineSvg.Color(i)}\">");
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"who\">{Key(i)}{E(c.Source.Display)}</div>");
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"value\">{E(c.Value.AsWritten)}</div>");
            var chain = c.Source.Chain.IsDefaultOrEmpty || c.Source.Chain.Length < 2 ? "" : " &middot; via " + E(string.Join(" \u2190 ", c.Source.Chain));
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"meta\">{E(SnakeCase.Of(c.Source.Kind).Replace('_', ' '))}{chain} &middot; article <b>{E(c.Evidence.ArticleId)}</b>");
            if (c.Published is DateOnly p) h.Append(CultureInfo.InvariantCulture, $" &middot; published {p:yyyy-MM-dd}");
            h.Append("</div>");
            if (count > 1) h.Append("<div class=\"copies\">").Append(Copies(count, articles)).Append("</div>");
            h.Append("<blockquote>").Append(Highlighted(c)).Append("</blockquote></div>\n");
        }
        h.Append("</div>\n");
        if (review.Note is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Note: {E(review.Note)}</p>\n");
        h.Append("</article>\n");
    }

    /// <summary>The number line of <paramref name="groups"/>, with a legend naming each row when the cards below do not.</summary>
    private static void Chart(StringBuilder h, ImmutableArray<ClaimGroup> groups, string unit, bool legend)
    {
        h.Append("<figure class=\"chart\">");
        NumberLineSvg.Write(h, groups, unit);
        if (legend)
        {
            h.Append("<figcaption><ol class=\"legend\">");
            for (int i = 0; i < groups.Length; i++)
            {
                var (c, count, articles) = groups[i];
                h.Append(CultureInfo.InvariantCulture, $"<li>{Key(i)}{E(c.Source.Display)}: <b>{E(c.Value.AsWritten)}</b> <span class=\"copies\">");
                h.Append(count > 1 ? Copies(count, articles) : "article " + E(articles[0])).Append("</span></li>");
            }
            h.Append("</ol></figcaption>");
        }
        if (groups.Length > NumberLineSvg.MaxRows)
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"copies\">The chart shows the first {NumberLineSvg.MaxRows} of {groups.Length} values.</p>");
        h.Append("</figure>");
    }

    /// <summary>The row number of a chart, coloured as its row.</summary>
    private static string Key(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"<span class=\"key\" style=\"background:{NumberLineSvg.Color(index)}\">{index + 1}</span>");

    /// <summary>"× 12 copies, in wire-1, wire-2, wire-3, wire-4, wire-5 and 7 more articles".</summary>
    private static string Copies(int count, ImmutableArray<string> articles)
    {
        const int named = 5;
        var list = string.Join(", ", articles.Take(named).Select(E));
        var more = articles.Length > named ? string.Create(CultureInfo.InvariantCulture, $" and {articles.Length - named} more articles") : "";
        return string.Create(CultureInfo.InvariantCulture, $"&times; {count} copies, in {list}{more}");
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

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
