using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimCheck.Report;

/// <summary>Writes the report as JSON with exactly the content and field names of the YAML report.</summary>
/// <remarks>Immutable and thread-safe. Indented, '\n' line ends, non-ASCII text unescaped: the same report gives the same bytes.</remarks>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The shared instance.</summary>
    public static JsonReportWriter Default { get; } = new();

    /// <inheritdoc/>
    public string Format => "json";

    /// <inheritdoc/>
    public void Write(ClaimCheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        JsonTree.Write(ReportTree.From(report), writer);
    }
}

/// <summary>Writes <see cref="ReportNode"/> trees as JSON (ReportDocumentParser reads them).</summary>
internal static class JsonTree
{
    public static void Write(ReportNode root, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Emit(json, root);
        }
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        writer.Write('\n');
    }

    private static void Emit(Utf8JsonWriter json, ReportNode node)
    {
        switch (node)
        {
            case ReportMap map:
                json.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    json.WritePropertyName(key);
                    Emit(json, value);
                }
                json.WriteEndObject();
                break;
            case ReportList list:
                json.WriteStartArray();
                foreach (var item in list.Items) Emit(json, item);
                json.WriteEndArray();
                break;
            case ReportScalar { Kind: ScalarKind.Null }:
                json.WriteNullValue();
                break;
            case ReportScalar { Kind: ScalarKind.Number or ScalarKind.Bool } s:
                json.WriteRawValue(s.Text!, skipInputValidation: false);
                break;
            case ReportScalar s:
                json.WriteStringValue(s.Text);
                break;
        }
    }
}
