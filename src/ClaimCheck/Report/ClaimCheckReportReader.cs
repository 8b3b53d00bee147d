namespace ClaimCheck.Report;

/// <summary>Reads a report written by <see cref="YamlReportWriter"/> or <see cref="JsonReportWriter"/> back into the model, review fields included.</summary>
/// <remarks>Thread-safe. Used by <c>--previous</c> to carry a journalist's edits into the next run.</remarks>
public static class ClaimCheckReportReader
{
    /// <summary>Reads a YAML or JSON report (JSON when the first non-blank character is '{').</summary>
    /// <param name="reader">The report text.</param>
    /// <exception cref="ReportFormatException">The text is not a ClaimCheck report; the message says where and why.</exception>
    public static ClaimCheckReport Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        var root = text.AsSpan().TrimStart().StartsWith("{") ? JsonTree.Read(new StringReader(text)) : YamlTree.Read(new StringReader(text));
        return ReportTree.ToReport(root as ReportMap ?? throw new ReportFormatException("the document should be a mapping with schema_version first"));
    }

    /// <summary>Reads a report, or says in one line why it cannot.</summary>
    /// <param name="reader">The report text.</param>
    /// <param name="report">The report, when it could be read.</param>
    /// <param name="problem">What is wrong, when it could not.</param>
    public static bool TryRead(TextReader reader, out ClaimCheckReport? report, out string? problem)
    {
        try
        {
            report = Read(reader);
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
}
