using System.Text;

namespace ClaimCheck.Text;

/// <summary>Reads a stream or reader to its end, but never past a limit: standard input and hand-edited files can be any size.</summary>
internal static class BoundedRead
{
    /// <summary>The bytes of <paramref name="stream"/>, or null when it holds more than <paramref name="max"/>.</summary>
    public static byte[]? Bytes(Stream stream, long max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The text of <paramref name="reader"/>, or null when it holds more than <paramref name="max"/> characters.</summary>
    public static string? Text(TextReader reader, long max)
    {
        var text = new StringBuilder();
        var chunk = new char[81920];
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (text.Length + read > max) return null;
            text.Append(chunk, 0, read);
        }
        return text.ToString();
    }
}
