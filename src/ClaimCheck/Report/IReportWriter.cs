namespace ClaimCheck.Report;

/// <summary>Writes a <see cref="ClaimCheckReport"/> in one output format.</summary>
/// <remarks>Implementations must be thread-safe and deterministic: the same report gives byte-identical output.</remarks>
public interface IReportWriter
{
    /// <summary>The format name used on the command line ("yaml", "json", "html").</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    /// <param name="report">The report, with its review state.</param>
    /// <param name="writer">Where to write; not closed.</param>
    void Write(ClaimCheckReport report, TextWriter writer);
}

/// <summary>The report writers ClaimCheck ships, by format name.</summary>
public static class ReportWriters
{
    /// <summary>The format names, in the order the CLI lists them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["yaml", "json", "html"];

    /// <summary>The writer for <paramref name="format"/> (case-insensitive), or null when there is none.</summary>
    /// <param name="format">"yaml", "json" or "html".</param>
    public static IReportWriter? ForFormat(string format) => format.ToLowerInvariant() switch
    {
        "yaml" or "yml" => YamlReportWriter.Default,
        "json" => JsonReportWriter.Default,
        "html" or "htm" => HtmlReportWriter.Default,
        _ => null,
    };
}
