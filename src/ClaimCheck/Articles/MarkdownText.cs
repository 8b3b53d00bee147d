using System.Text;

namespace ClaimCheck.Articles;

/// <summary>Removes the Markdown markup that would get in a reader's way (heading marks, emphasis, link targets), keeping the words.</summary>
/// <remarks>Deliberately light: anything it does not recognise stays as written, so no text is ever lost.</remarks>
internal static class MarkdownText
{
    public static string Strip(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        foreach (var rawLine in markdown.Split('\n'))
        {
            var line = rawLine.AsSpan();
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("#"))
            {
                var rest = trimmed.TrimStart('#');
                if (rest.IsEmpty || rest[0] == ' ') line = rest.Trim().TrimEnd('#').TrimEnd();
            }
            else if (trimmed.StartsWith("> ")) line = trimmed[2..];
            StripInline(line, sb);
            sb.Append('\n');
        }
        return sb.ToString(0, Math.Max(0, sb.Length - 1));
    }

    private static void StripInline(ReadOnlySpan<char> line, StringBuilder sb)
    {
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if ((c is '*' or '_') && i + 1 < line.Length && line[i + 1] == c) { i += 2; continue; }
            if (c == '`') { i++; continue; }
            bool image = c == '!' && i + 1 < line.Length && line[i + 1] == '[';
            if (c == '[' || image)
            {
                int open = image ? i + 1 : i;
                int close = line[open..].IndexOf(']');
                if (close > 0 && open + close + 1 < line.Length && line[open + close + 1] == '(')
                {
                    int paren = line[(open + close + 1)..].IndexOf(')');
                    if (paren > 0)
                    {
                        if (!image) sb.Append(line.Slice(open + 1, close - 1));
                        i = open + close + 1 + paren + 1;
                        continue;
                    }
                }
            }
            sb.Append(c);
            i++;
        }
    }
}
