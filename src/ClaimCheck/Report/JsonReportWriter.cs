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
        JsonTree.Write(sink => ReportTree.Write(report, sink), writer);
    }
}

/// <summary>Writes report documents as JSON, as they are walked (ReportDocumentParser reads them).</summary>
internal sealed class JsonTree : ReportSink
{
    private readonly Utf8JsonWriter _json;
    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly TextWriter _writer;
    // Whether each open container is a sequence, innermost last.
    private readonly Stack<bool> _open = new();

    private JsonTree(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter writer)
    {
        _json = json;
        _buffer = buffer;
        _writer = writer;
    }

    /// <summary>Writes what <paramref name="write"/> writes into its sink to <paramref name="writer"/>.</summary>
    public static void Write(Action<ReportSink> write, TextWriter writer)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            var sink = new JsonTree(json, buffer, writer);
            write(sink);
            sink.Drain(atLeast: 0);
        }
        writer.Write('\n');
    }

    public override void StartMap(bool compact = false)
    {
        _json.WriteStartObject();
        _open.Push(false);
    }

    public override void StartList(bool compact = false)
    {
        _json.WriteStartArray();
        _open.Push(true);
    }

    public override void End()
    {
        if (_open.Pop()) _json.WriteEndArray();
        else _json.WriteEndObject();
        Ended();
    }

    public override void Key(string key) => _json.WritePropertyName(key);

    public override void Scalar(in ScalarValue value)
    {
        // Numbers and dates are formatted here, into the stack, not into a string per value.
        if (value.Kind == ScalarKind.Null || (value.Kind == ScalarKind.String && value.Text is null)) _json.WriteNullValue();
        else
        {
            Span<char> buffer = stackalloc char[32];
            var text = value.TryFormat(buffer, out int written) ? buffer[..written] : value.Text.AsSpan();
            if (value.Kind is ScalarKind.Number or ScalarKind.Bool) _json.WriteRawValue(text, skipInputValidation: false);
            else _json.WriteStringValue(text);
        }
        Ended();
    }

    /// <summary>After a value: an item of a sequence passes what is written so far on, so a large report is never held whole.</summary>
    private void Ended()
    {
        if (_open.TryPeek(out bool inList) && inList) Drain(atLeast: 1 << 16);
    }

    /// <summary>Passes what is written so far on to the writer, once it is at least <paramref name="atLeast"/> bytes.</summary>
    private void Drain(int atLeast)
    {
        if (_json.BytesPending + _buffer.WrittenCount < atLeast) return;
        _json.Flush();
        // Cut at a character boundary: a flush ends after a complete token, so the bytes are whole UTF-8 sequences.
        _writer.Write(System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
