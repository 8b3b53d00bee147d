namespace ClaimCheck.Report;

/// <summary>Writes the report as one self-contained HTML page.</summary>
/// <remarks>Immutable and thread-safe. All article text is HTML-escaped: articles are untrusted input.</remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    /// <summary>The shared instance.</summary>
    public static HtmlReportWriter Default { get; } = new();

    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public void Write(ClaimCheckReport report, TextWriter writer) => throw new NotSupportedException("HTML output is not written yet.");
}
