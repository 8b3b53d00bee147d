using System.Globalization;

namespace ClaimCheck.Report;

/// <summary>Reads a report written by <see cref="YamlReportWriter"/> or <see cref="JsonReportWriter"/> back into the model, review fields included.</summary>
/// <remarks>
/// Thread-safe. Used by <c>--previous</c> to carry a journalist's edits into the next run, so it trusts nothing: a
/// report over <see cref="MaxBytes"/>, nested deeper than 64 levels, with aliases expanding past 100,000 values, with a
/// key that is not a plain value or that repeats, with a number that is not finite, or that is cut off (the summary's
/// counts do not match what follows, or a YAML report lacks its last line <see cref="YamlReportWriter.EndMarker"/>) is
/// refused with a one-line <see cref="ReportFormatException"/>. See docs/report-format.md ("Reading a report back").
/// </remarks>
public static class ClaimCheckReportReader
{
    /// <summary>The largest report read, in bytes (characters for a <see cref="TextReader"/>).</summary>
    public const int MaxBytes = ReportDocumentParser.MaxBytes;

    /// <summary>Reads a YAML or JSON report (JSON when the first non-blank character is '{').</summary>
    /// <param name="reader">The report text.</param>
    /// <exception cref="ReportFormatException">The text is not a ClaimCheck report; the message says where and why.</exception>
    public static ClaimCheckReport Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return FromText(ReportDocumentParser.ReadText(reader));
    }

    /// <summary>Reads a YAML or JSON report from bytes, which must be UTF-8.</summary>
    /// <param name="stream">The report file; read to the end or to the size limit, not closed.</param>
    /// <exception cref="ReportFormatException">The bytes are not a ClaimCheck report; the message says where and why.</exception>
    public static ClaimCheckReport Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return FromText(ReportDocumentParser.ReadText(stream));
    }

    /// <summary>Reads a report, or says in one line why it cannot.</summary>
    /// <param name="reader">The report text.</param>
    /// <param name="report">The report, when it could be read.</param>
    /// <param name="problem">What is wrong, when it could not.</param>
    public static bool TryRead(TextReader reader, out ClaimCheckReport? report, out string? problem) => TryRead(() => Read(reader), out report, out problem);

    /// <summary>Reads a report from bytes, or says in one line why it cannot.</summary>
    /// <param name="stream">The report file.</param>
    /// <param name="report">The report, when it could be read.</param>
    /// <param name="problem">What is wrong, when it could not.</param>
    public static bool TryRead(Stream stream, out ClaimCheckReport? report, out string? problem) => TryRead(() => Read(stream), out report, out problem);

    private static bool TryRead(Func<ClaimCheckReport> read, out ClaimCheckReport? report, out string? problem)
    {
        try
        {
            report = read();
            problem = null;
            return true;
        }
        catch (ReportFormatException e)
        {
            report = null;
            problem = e.Message;
            return false;
        }
    }

    private static ClaimCheckReport FromText(string text)
    {
        var root = ReportDocumentParser.Parse(text) as ReportMap ?? throw new ReportFormatException("the document should be a mapping with schema_version first");
        CheckComplete(text, root);
        ClaimCheckReport report;
        try
        {
            report = ReportTree.ToReport(root);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            // A value the model's own checks refuse (a negative span, an inverted interval...): still the file's fault.
            throw new ReportFormatException($"a value does not fit the report format: {FirstLine(e.Message)}", e);
        }
        CheckCounts(root, report);
        CheckSpans(report);
        CheckIds(report);
        return report;
    }

    /// <summary>A review is carried by discrepancy id; two entries with one id (a copy-paste) would silently lose one review.</summary>
    private static void CheckIds(ClaimCheckReport report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in report.Discrepancies.Concat(report.Review.Disappeared))
            if (!seen.Add(d.Id)) throw new ReportFormatException($"the discrepancy id '{d.Id}' appears twice; each review needs its own");
    }

    /// <summary>Spans point into article text; a negative one would make every later use of it fail far from here.</summary>
    private static void CheckSpans(ClaimCheckReport report)
    {
        foreach (var claim in report.Claims.Concat(report.Discrepancies.SelectMany(d => d.Claims)).Concat(report.Review.Disappeared.SelectMany(d => d.Claims)))
        {
            var e = claim.Evidence;
            if (e.Span.Start < 0 || e.Span.Length < 0 || e.SentenceSpan.Start < 0 || e.SentenceSpan.Length < 0 || e.SentenceIndex < 0)
                throw new ReportFormatException($"a claim of article '{e.ArticleId}' has a negative span, sentence index or length");
        }
    }

    /// <summary>
    /// A YAML report of schema 1.1 or later that starts with the writer's header comment must end with its end marker.
    /// Reports of schema 1.0 were written without one; for them the summary counts are the check.
    /// </summary>
    private static void CheckComplete(string text, ReportMap root)
    {
        if (!text.StartsWith(YamlReportWriter.HeaderStart, StringComparison.Ordinal)) return;
        if (!Version.TryParse(root.String("schema_version"), out var version) || version < new Version(1, 1)) return;
        var end = text.AsSpan().TrimEnd();
        int lastBreak = end.LastIndexOf('\n');
        if (!end[(lastBreak + 1)..].Trim().SequenceEqual(YamlReportWriter.EndMarker))
            throw new ReportFormatException($"the file is cut off: its last line should be '{YamlReportWriter.EndMarker}' (restore the file, or run without --previous)");
    }

    /// <summary>The summary's counts are written before the lists they count, so a file cut off after it disagrees with it.</summary>
    private static void CheckCounts(ReportMap root, ClaimCheckReport report)
    {
        var summary = root.Map("summary") ?? throw new ReportFormatException("no 'summary' section: the file is cut off or not a ClaimCheck report");
        Check(summary, "articles", report.Articles.Count(a => a.Status == ArticleStatus.Ok), "articles read");
        Check(summary, "failed", report.Articles.Count(a => a.Status == ArticleStatus.Failed), "failed articles");
        Check(summary, "claims", report.Claims.Length, "claims");
        Check(summary, "discrepancies", report.Discrepancies.Length, "discrepancies");
        Check(summary, "disappeared", report.Review.Disappeared.Length, "disappeared discrepancies");
    }

    private static void Check(ReportMap summary, string key, int actual, string what)
    {
        int expected = summary.Int(key, fallback: -1);
        if (expected < 0) throw new ReportFormatException($"the summary has no '{key}' count: the file is cut off or not a ClaimCheck report");
        if (expected != actual)
            throw new ReportFormatException(string.Create(CultureInfo.InvariantCulture,
                $"the summary counts {expected} {what} but the file holds {actual}: it is cut off or was edited beyond status and note"));
    }

    private static string FirstLine(string message)
    {
        int paren = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return (paren > 0 ? message[..paren] : message).ReplaceLineEndings(" ").Trim();
    }
}
