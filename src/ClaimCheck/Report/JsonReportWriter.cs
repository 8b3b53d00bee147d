using System.Buffers;
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
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            Emit(json, root, () => Drain(json, buffer, writer, atLeast: 1 << 16));
            Drain(json, buffer, writer, atLeast: 0);
        }
        writer.Write('\n');
    }

    /// <summary>Passes what is written so far on to <paramref name="writer"/>, so a large report is never held whole in memory.</summary>
    private static void Drain(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter writer, int atLeast)
    {
        if (json.BytesPending + buffer.WrittenCount < atLeast) return;
        json.Flush();
        // Cut at a character boundary: a flush ends after a complete token, so the bytes are whole UTF-8 sequences.
        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    private static void Emit(Utf8JsonWriter json, ReportNode node, Action drain)
    {
        switch (node)
        {
            case ReportMap map:
                json.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    json.WritePropertyName(key);
                    Emit(json, value, drain);
                }
                json.WriteEndObject();
                break;
            case ReportList list:
                json.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Emit(json, item, drain);
                    drain();
                }
                json.WriteEndArray();
                break;
            case ReportScalar { Kind: ScalarKind.Null }:
                json.WriteNullValue();
                break;
            case ReportScalar s:
                Scalar(json, s);
                break;
        }
    }

    private static void Scalar(Utf8JsonWriter json, ReportScalar s)
    {
        // Numbers and dates are formatted here, into the stack, not into a string per value.
        if (s.Kind == ScalarKind.String && s.Text is null)
        {
            json.WriteNullValue();
            return;
        }
        Span<char> buffer = stackalloc char[32];
        var text = s.TryFormat(buffer, out int written) ? buffer[..written] : s.Text.AsSpan();
        if (s.Kind is ScalarKind.Number or ScalarKind.Bool) json.WriteRawValue(text, skipInputValidation: false);
        else json.WriteStringValue(text);
    }
}
