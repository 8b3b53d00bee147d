using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck quantities [FILE|-]</c>: one JSON object per input line, in input order, listing the quantities
/// found in that line. Field names and vocabularies are documented in docs/recognition.md.
/// </summary>
internal static class QuantitiesCommand
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Quantities quote news text: keep "£", "€" and quotes readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads <paramref name="input"/> line by line and writes one JSON line per input line to <paramref name="output"/>.</summary>
    /// <returns>The process exit code (0).</returns>
    public static int Run(TextReader input, TextWriter output, IQuantityRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(recognizer);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer, Options);
        int number = 0;
        while (input.ReadLine() is { } line)
        {
            number++;
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteNumber("line", number);
            writer.WriteStartArray("quantities");
            foreach (var q in recognizer.Recognize(line)) WriteQuantity(writer, q);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        output.Flush();
        return 0;
    }

    private static void WriteQuantity(Utf8JsonWriter w, Quantity q, bool nested = false)
    {
        w.WriteStartObject();
        w.WriteString("text", q.Text);
        w.WriteNumber("start", q.Start);
        w.WriteNumber("length", q.Length);
        w.WriteString("type", QualifierNames.Name(q.Type));
        WriteNullable(w, "value", q.Value);
        WriteNullable(w, "low", q.Low);
        WriteNullable(w, "high", q.High);
        if (q.Unit is null) w.WriteNull("unit"); else w.WriteString("unit", q.Unit);
        w.WriteString("qualifier", QualifierNames.Name(q.Qualifier));
        if (q.Noun is not null && q.Noun != q.Unit) w.WriteString("noun", q.Noun);
        if (!nested && q.Conversion is { } conversion)
        {
            w.WritePropertyName("conversion");
            WriteQuantity(w, conversion, nested: true);
            if (q.ConversionConsistent is { } ok) w.WriteBoolean("conversion_consistent", ok);
        }
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
