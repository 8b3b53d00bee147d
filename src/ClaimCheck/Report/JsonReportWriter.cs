using System.Buffers;
using System.Collections.Concurrent;
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
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Utf8JsonWriter _json;
    private readonly ArrayBufferWriter<byte> _buffer;
    // Null for a sink that formats a stretch of a long list: what it writes stays in its buffer.
    private readonly TextWriter? _writer;
    // Whether each open container is a sequence, innermost last.
    private readonly Stack<bool> _open = new();

    private JsonTree(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, TextWriter? writer)
    {
        _json = json;
        _buffer = buffer;
        _writer = writer;
    }

    /// <summary>Writes what <paramref name="write"/> writes into its sink to <paramref name="writer"/>.</summary>
    public static void Write(Action<ReportSink> write, TextWriter writer)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
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

    public override void List(int count, Action<ReportSink, int> writeItem)
    {
        // A sink that formats a stretch (no writer) writes the lists inside it one item after the other: waiting on
        // stretches of its own would hold a thread of the pool that formats the outer ones.
        if (_writer is null || !SideBySide.Pays(count))
        {
            base.List(count, writeItem);
            return;
        }
        StartList();
        // Each stretch is the items as this writer would put them: a line each at the items' indentation, separated by
        // commas. The writer takes a stretch as one raw value, which it writes as it is after a comma when one is due.
        int indent = _json.CurrentDepth * 2;
        // The buffers of stretches written are used again: a stretch is hundreds of kilobytes, a new one would be garbage
        // on the large object heap.
        var free = new ConcurrentBag<ArrayBufferWriter<byte>>();
        SideBySide.Run(count, (first, end) => Stretch(writeItem, first, end, indent, free.TryTake(out var used) ? used : new(1 << 16)),
            stretch => { _json.WriteRawValue(stretch.WrittenSpan, skipInputValidation: true); Drain(atLeast: 1 << 16); },
            stretch => { stretch.ResetWrittenCount(); free.Add(stretch); });
        End();
    }

    /// <summary>Items <paramref name="first"/> to <paramref name="end"/> (excluded) into <paramref name="stretch"/>, each on a
    /// line of its own indented by <paramref name="indent"/>.</summary>
    private static ArrayBufferWriter<byte> Stretch(Action<ReportSink, int> writeItem, int first, int end, int indent, ArrayBufferWriter<byte> stretch)
    {
        var item = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(item, Options);
        var sink = new JsonTree(json, item, writer: null);
        for (int i = first; i < end; i++)
        {
            json.Reset();
            writeItem(sink, i);
            json.Flush();
            if (i > first) stretch.Write(","u8);
            // Indented as the item's own lines: a string holds no raw line break, so every one starts a line.
            var rest = item.WrittenSpan;
            Indent(stretch, indent);
            int line;
            while ((line = rest.IndexOf((byte)'\n')) >= 0)
            {
                stretch.Write(rest[..line]);
                Indent(stretch, indent);
                rest = rest[(line + 1)..];
            }
            stretch.Write(rest);
            item.ResetWrittenCount();
        }
        return stretch;
    }

    /// <summary>A line break and <paramref name="indent"/> spaces.</summary>
    private static void Indent(ArrayBufferWriter<byte> output, int indent)
    {
        var span = output.GetSpan(indent + 1);
        span[0] = (byte)'\n';
        span[1..(indent + 1)].Fill((byte)' ');
        output.Advance(indent + 1);
    }

    /// <summary>After a value: an item of a sequence passes what is written so far on, so a large report is never held whole.</summary>
    private void Ended()
    {
        if (_open.TryPeek(out bool inList) && inList) Drain(atLeast: 1 << 16);
    }

    /// <summary>Passes what is written so far on to the writer, once it is at least <paramref name="atLeast"/> bytes.</summary>
    private void Drain(int atLeast)
    {
        if (_writer is null || _json.BytesPending + _buffer.WrittenCount < atLeast) return;
        _json.Flush();
        // Cut at a character boundary: a flush ends after a complete token, so the bytes are whole UTF-8 sequences.
        _writer.Write(System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
