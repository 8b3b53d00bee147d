using System.Buffers;

namespace ClaimCheck.Articles;

/// <summary>
/// Reads Markdown that is only front matter and plain paragraphs (most articles written as Markdown) without
/// building a Markdig syntax tree: the text Markdig's path would give is then the paragraphs as written.
/// </summary>
/// <remarks>
/// Exact or nothing: it refuses any input in which a character could start Markdown syntax (emphasis, links, code,
/// HTML, entities, escapes, tables, headings, lists, quotes, rules, setext underlines, indented code or continuation
/// lines) and any control character but the line feed, and <see cref="MarkdownText"/> then gives it to Markdig. A test
/// runs both over many inputs and requires the same result wherever this one accepts.
/// </remarks>
internal static class PlainMarkdown
{
    // Characters that may start inline syntax anywhere in a line (Markdig with emphasis extras and pipe tables).
    private static readonly SearchValues<char> InlineSyntax = SearchValues.Create(
        "\\`*_~^+=[]<>&|\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFEFF");

    private const string Fence = "---";

    /// <summary>The article text and the front matter's YAML (null when there is none), when the input is plain enough.</summary>
    public static bool TryRead(string markdown, out string text, out string? frontMatter)
    {
        text = "";
        frontMatter = null;
        var body = markdown.AsSpan();
        if (body.StartsWith(Fence, StringComparison.Ordinal))
        {
            if (!TrySplitFrontMatter(markdown, out frontMatter, out int bodyStart)) return false;
            body = body[bodyStart..];
        }
        if (body.ContainsAny(InlineSyntax) || Paragraphs(body) is not { } paragraphs) return false;
        text = paragraphs;
        return true;
    }

    /// <summary>
    /// Splits off front matter that opens with a <c>---</c> line and closes with the first <c>---</c> or <c>...</c>
    /// line; an empty block, any other line starting with three dashes or dots and any control character inside are refused.
    /// </summary>
    private static bool TrySplitFrontMatter(string markdown, out string? yaml, out int bodyStart)
    {
        yaml = null;
        bodyStart = 0;
        if (markdown.Length < 4 || markdown[3] != '\n') return false;
        int lineStart = 4;
        while (lineStart < markdown.Length)
        {
            int end = markdown.IndexOf('\n', lineStart);
            if (end < 0) end = markdown.Length;
            var line = markdown.AsSpan(lineStart, end - lineStart);
            if (line.StartsWith(Fence, StringComparison.Ordinal) || line.StartsWith("...", StringComparison.Ordinal))
            {
                // Markdig does not see a closing fence right after the opening one: leave that case to it.
                if (line.Length != 3 || lineStart == 4) return false;
                yaml = markdown.Substring(4, lineStart - 1 - 4);
                bodyStart = Math.Min(end + 1, markdown.Length);
                return true;
            }
            if (line.ContainsAnyInRange('\0', '\u001F') || line.Contains('\uFEFF')) return false;
            lineStart = end + 1;
        }
        return false; // never closed: Markdig reads the dashes as a rule
    }

    /// <summary>
    /// The paragraphs as Markdig gives them: lines joined by one line break without the spaces that end them (a hard
    /// break is a line break too), paragraphs separated by one blank line; null when a line opens a block other than a
    /// paragraph or is indented. A line of spaces only is blank.
    /// </summary>
    private static string? Paragraphs(ReadOnlySpan<char> body)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(body.Length);
        try
        {
            int length = 0;
            bool blank = false;
            while (!body.IsEmpty)
            {
                int end = body.IndexOf('\n');
                var line = (end < 0 ? body : body[..end]).TrimEnd(' ');
                body = end < 0 ? default : body[(end + 1)..];
                if (line.IsEmpty) { blank = length > 0; continue; }
                if (line[0] is ' ' or '-' or '#' || (char.IsAsciiDigit(line[0]) && StartsLikeOrderedList(line))) return null;
                if (length > 0) buffer[length++] = '\n';
                if (blank) buffer[length++] = '\n';
                blank = false;
                line.CopyTo(buffer.AsSpan(length));
                length += line.Length;
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Up to nine digits then '.' or ')': a possible ordered-list marker (refused even without the space after it).</summary>
    private static bool StartsLikeOrderedList(ReadOnlySpan<char> line)
    {
        int digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        return digits <= 9 && digits < line.Length && line[digits] is '.' or ')';
    }
}
