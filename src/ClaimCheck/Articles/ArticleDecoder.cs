using System.Text;
using System.Text.Unicode;

namespace ClaimCheck.Articles;

/// <summary>Turns a file's bytes into article text, or says in one line why they are not text.</summary>
/// <remarks>
/// Strict on purpose: a replacement character in an article would shift no offsets but would silently change
/// figures and names, so invalid UTF-8 is reported with its byte offset instead of being patched over. An HTML page
/// may declare another charset (<c>&lt;meta charset="windows-1252"&gt;</c>); it is then decoded with that one.
/// </remarks>
internal static class ArticleDecoder
{
    // Browsers look for the declaration in the first 1,024 bytes; real pages put long head material first, so look further.
    private const int CharsetPrescanBytes = 4096;

    /// <summary>Decodes a file's bytes; for an HTML page (<paramref name="html"/>) a charset declared by the page is honoured.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? problem, bool html = false)
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
        if (html && DeclaredEncoding(body, out var declared, out problem) is { } encoding && !IsUtf8WithNonAscii(body))
            return TryDecodeWith(encoding, declared, body, skip, out text, out problem);
        if (problem is not null) return false;
        // Valid UTF-8 (nearly every file) is decoded in one pass into the string; only an invalid file pays for finding where.
        if (Utf8.IsValid(body)) return Finish(Encoding.UTF8.GetString(body), out text, out problem);
        var chars = new char[body.Length];
        Utf8.ToUtf16(body, chars, out int read, out _, replaceInvalidSequences: false);
        problem = $"not valid UTF-8 at byte {read + skip}";
        return false;
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

    /// <summary>
    /// The single- or multi-byte encoding a page declares in a <c>meta charset</c> or <c>http-equiv</c> tag; null for
    /// UTF-8 or no declaration. <paramref name="problem"/> is set for a declared charset this runtime does not know.
    /// </summary>
    internal static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes, out string declared, out string? problem)
    {
        problem = null;
        declared = CharsetPrescan.Find(Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, CharsetPrescanBytes)])) ?? "";
        string name = declared.ToLowerInvariant();
        if (name.Length == 0 || name is "utf-8" or "utf8" or "unicode-1-1-utf-8") return null;
        // The WHATWG Encoding Standard maps these labels to windows-1252, as every browser does.
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252") name = "windows-1252";
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (encoding is null)
        {
            try { encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); }
            catch (ArgumentException) { problem = $"the page declares charset '{declared}', which is not a known encoding"; }
        }
        return encoding is { CodePage: 65001 } ? null : encoding;
    }

    /// <summary>
    /// Bytes that are valid UTF-8 and not plain ASCII were written as UTF-8 whatever the page says: read as windows-1252
    /// they would turn every accent into two or three stray characters. Pages mislabelled that way are common.
    /// </summary>
    private static bool IsUtf8WithNonAscii(ReadOnlySpan<byte> bytes) => !Ascii.IsValid(bytes) && Utf8.IsValid(bytes);

    private static bool TryDecodeWith(Encoding encoding, string declared, ReadOnlySpan<byte> bytes, int skip, out string text, out string? problem)
    {
        text = "";
        problem = null;
        try
        {
            return Finish(encoding.GetString(bytes), out text, out problem);
        }
        catch (DecoderFallbackException e)
        {
            problem = $"not valid {declared} (the charset the page declares) at byte {e.Index + skip}";
            return false;
        }
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
