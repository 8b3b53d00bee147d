using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Report;

/// <summary>Writes the report as YAML (docs/report-format.md): snake_case keys, schema_version first, deterministic bytes.</summary>
/// <remarks>
/// Immutable and thread-safe. Scalars are emitted by YamlDotNet's emitter, which picks a quoting style that keeps any
/// article text valid YAML; strings that a YAML reader would take for a number, boolean or null are always double-quoted.
/// </remarks>
public sealed class YamlReportWriter : IReportWriter
{
    /// <summary>The shared instance.</summary>
    public static YamlReportWriter Default { get; } = new();

    /// <summary>The last line of every YAML report: a reader that does not find it knows the file was cut off.</summary>
    public const string EndMarker = "# end of ClaimCheck report";

    /// <summary>How the header comment of every YAML report starts.</summary>
    internal const string HeaderStart = "# ClaimCheck report.";

    /// <inheritdoc/>
    public string Format => "yaml";

    /// <inheritdoc/>
    public void Write(ClaimCheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(HeaderStart + " Edit 'status' (open, confirmed, dismissed) and 'note' of a discrepancy;\n");
        writer.Write("# run again with --previous this-file to keep your edits. Format: docs/report-format.md\n");
        YamlTree.Write(ReportTree.From(report), writer);
        writer.Write(EndMarker + "\n");
    }
}

/// <summary>Emits <see cref="ReportNode"/> trees as YAML (ReportDocumentParser reads them).</summary>
internal static class YamlTree
{
    public static void Write(ReportNode root, TextWriter writer)
    {
        // A very wide line keeps every quote on one line, so a report diffs and greps sentence by sentence.
        var emitter = new Emitter(writer, 2, int.MaxValue / 2);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, root, compact: false);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void Emit(IEmitter emitter, ReportNode node, bool compact)
    {
        compact |= node.Compact;
        switch (node)
        {
            case ReportMap map:
                emitter.Emit(new MappingStart(null, null, true, compact ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in map.Entries)
                {
                    emitter.Emit(new Scalar(null, null, key, ScalarStyle.Plain, true, false));
                    Emit(emitter, value, compact);
                }
                emitter.Emit(new MappingEnd());
                break;
            case ReportList list:
                emitter.Emit(new SequenceStart(null, null, true, compact ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list.Items) Emit(emitter, item, compact);
                emitter.Emit(new SequenceEnd());
                break;
            case ReportScalar { Kind: ScalarKind.String } s:
                var style = LooksLikeNonString(s.Text!) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
                emitter.Emit(new Scalar(null, null, s.Text!, style, true, true));
                break;
            case ReportScalar s:
                emitter.Emit(new Scalar(null, null, s.Text ?? "null", ScalarStyle.Plain, true, false));
                break;
        }
    }

    /// <summary>Whether a plain scalar with this text would be read as something other than a string (YAML 1.1 or 1.2).</summary>
    internal static bool LooksLikeNonString(string text)
    {
        if (text.Length == 0) return true;
        var lower = text.ToLowerInvariant();
        if (lower is "null" or "~" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n") return true;
        if (lower.TrimStart('+', '-') is ".inf" or ".nan") return true;
        // Numbers (decimal, hex, octal, 1_000, 1:20 sexagesimal) and timestamps use only these characters after a
        // digit, sign or dot; "60 km" or "1,200 people" do not, so they stay plain and readable.
        char c = text[0];
        if (!(char.IsAsciiDigit(c) || c is '+' or '-' or '.')) return false;
        foreach (char ch in lower)
            if (!(char.IsAsciiHexDigit(ch) || ch is '.' or '_' or ':' or '+' or '-' or 'x' or 'o' or 't' or 'z' or ' ')) return false;
        return true;
    }
}
