using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Report;

namespace ClaimCheck.Cli;

/// <summary>
/// The claims of a report as CSV for spreadsheet users (<c>extract --format csv</c>): RFC 4180 (a header row, CRLF
/// line ends, a field quoted when it holds a comma, quote or line break, quotes doubled), numbers in invariant
/// culture, one row per claim in report order.
/// </summary>
/// <remarks>
/// Article text is untrusted: a text field that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
/// or a carriage return) is prefixed with an apostrophe, the usual defence against CSV injection. Numbers are never prefixed.
/// </remarks>
internal sealed class ClaimsCsvWriter : IReportWriter
{
    public static ClaimsCsvWriter Default { get; } = new();

    private static readonly string[] Header =
    [
        "article", "kind", "quantity", "key", "as_written", "value", "low", "high", "unit", "qualifier",
        "source", "source_kind", "refers_to", "published", "start", "length", "quote",
    ];

    /// <summary>Starts with a UTF-8 byte order mark: Excel reads a CSV file without one in the local code page.</summary>
    public bool ByteOrderMark { get; init; }

    public string Format => "csv";

    public void Write(ClaimCheckReport report, TextWriter writer)
    {
        if (ByteOrderMark) writer.Write('\uFEFF');
        WriteRow(writer, Header);
        foreach (var c in report.Claims)
        {
            WriteRow(writer,
            [
                Text(c.Evidence.ArticleId), c.Kind.ToString().ToLowerInvariant(), Text(c.Describe()), Text(c.Key.ToString()),
                Text(c.Value.AsWritten), Number(c.Value.Value), Number(c.Value.Low), Number(c.Value.High), Text(c.Value.Unit),
                QualifierNames.Name(c.Value.Qualifier), Text(c.Source.Name), SnakeCase.Of(c.Source.Kind),
                Text(c.RefersTo?.Text), c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                c.Evidence.Span.Start.ToString(CultureInfo.InvariantCulture), c.Evidence.Span.Length.ToString(CultureInfo.InvariantCulture),
                Text(c.Evidence.Quote),
            ]);
        }
    }

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Quote(fields[i]));
        }
        writer.Write("\r\n");
    }

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    internal static string Text(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
