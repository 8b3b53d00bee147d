using System.Text;
using System.Text.Unicode;

namespace ClaimCheck.Articles;

/// <summary>Turns a file's bytes into article text, or says in one line why they are not text.</summary>
/// <remarks>
/// Strict on purpose: a replacement character in an article would shift no offsets but would silently change
/// figures and names, so invalid UTF-8 is reported with its byte offset instead of being patched over.
/// </remarks>
internal static class ArticleDecoder
{
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? problem)
    {
        text = "";
        problem = null;
        if (bytes.IsEmpty) { problem = "empty file"; return false; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return TryDecodeUtf16(bytes, out text, out problem);
        int skip = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var body = bytes[skip..];
        int nul = body.IndexOf((byte)0);
        if (nul >= 0) { problem = $"binary content (NUL byte at byte {nul + skip}), not a text article"; return false; }
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            problem = $"not valid UTF-8 at byte {read + skip}";
            return false;
        }
        return Finish(new string(chars, 0, written), out text, out problem);
    }

    public static bool TryFromText(string raw, out string text, out string? problem)
    {
        text = "";
        problem = null;
        if (raw.Length == 0) { problem = "empty input"; return false; }
        int nul = raw.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0) { problem = $"binary content (NUL character at offset {nul}), not a text article"; return false; }
        return Finish(raw.StartsWith('\uFEFF') ? raw[1..] : raw, out text, out problem);
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, out string text, out string? problem)
    {
        text = "";
        problem = null;
        var encoding = bytes[0] == 0xFF
            ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true)
            : new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);
        try
        {
            return Finish(encoding.GetString(bytes[2..]), out text, out problem);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"not valid UTF-16 at byte {e.Index + 2}";
            return false;
        }
    }

    private static bool Finish(string decoded, out string text, out string? problem)
    {
        // One line-ending convention so quotes and offsets look the same whichever system wrote the file.
        text = decoded.Contains('\r') ? decoded.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : decoded;
        problem = string.IsNullOrWhiteSpace(text) ? "empty file (only white space)" : null;
        return problem is null;
    }
}
