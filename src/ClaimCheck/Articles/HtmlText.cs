using System.Net;
using System.Text;

namespace ClaimCheck.Articles;

/// <summary>
/// Extracts the readable text of an HTML page: markup stripped, script and style dropped, entities decoded,
/// block elements turned into paragraph breaks. Also reads the usual metadata tags (title, og:site_name, canonical URL, published time).
/// </summary>
/// <remarks>A hand-written, single-pass scanner: linear in the input, no regular expressions, tolerant of broken markup.</remarks>
internal static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "script", "style", "noscript", "template", "svg", "math", "iframe", "object" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "thead", "tbody",
        "section", "article", "header", "footer", "main", "nav", "aside", "blockquote", "pre", "hr", "figure", "figcaption",
        "address", "form", "fieldset", "details", "summary", "caption", "body", "html",
    };

    public static (string Text, ArticleMetadata Metadata) Extract(string html)
    {
        var output = new StringBuilder(html.Length / 2);
        var run = new StringBuilder();
        string? title = null, ogTitle = null, outlet = null, url = null, published = null;
        int i = 0;
        while (i < html.Length)
        {
            char c = html[i];
            if (c != '<' || i + 1 >= html.Length || !(char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                run.Append(c);
                i++;
                continue;
            }
            Flush(run, output);
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }
            var tag = ReadTag(html, ref i);
            if (tag.Name.Length == 0) continue;
            if (!tag.Closing && Dropped.Contains(tag.Name) && !tag.SelfClosing)
            {
                i = SkipPastClosing(html, i, tag.Name);
                continue;
            }
            switch (tag.Name)
            {
                case "title" when !tag.Closing:
                    int end = FindClosing(html, i, "title", out int after);
                    title ??= Collapse(WebUtility.HtmlDecode(html[i..end]));
                    i = after;
                    continue;
                case "meta":
                    string key = (tag.Attr("property") ?? tag.Attr("name") ?? tag.Attr("itemprop") ?? "").ToLowerInvariant();
                    string? content = tag.Attr("content");
                    if (content is null) break;
                    if (key == "og:site_name") outlet ??= content;
                    else if (key is "article:published_time" or "datepublished" or "pubdate" or "date" or "dc.date") published ??= content;
                    else if (key == "og:url") url ??= content;
                    else if (key == "og:title") ogTitle ??= content;
                    break;
                case "link" when string.Equals(tag.Attr("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                    url = tag.Attr("href") ?? url;
                    break;
                case "br":
                    output.Append('\n');
                    break;
                case "td" or "th":
                    output.Append(' ');
                    break;
                default:
                    if (Blocks.Contains(tag.Name)) output.Append("\n\n");
                    break;
            }
        }
        Flush(run, output);
        DateOnly? date = published is not null && MetadataYaml.TryParseDate(published, out var d) ? d : null;
        var metadata = new ArticleMetadata(Blank(title) ?? Blank(ogTitle), Blank(outlet), Blank(url), date);
        return (Tidy(output), metadata);
    }

    private static void Flush(StringBuilder run, StringBuilder output)
    {
        if (run.Length == 0) return;
        var text = WebUtility.HtmlDecode(run.ToString());
        run.Clear();
        foreach (char ch in text)
        {
            // Only HTML white space collapses; a non-breaking space is text ("40&nbsp;km") and the Normalize stage folds it.
            if (ch is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (output.Length > 0 && output[^1] is not (' ' or '\n')) output.Append(' ');
            }
            else output.Append(ch);
        }
    }

    /// <summary>Trims every line and keeps at most one blank line between paragraphs.</summary>
    private static string Tidy(StringBuilder output)
    {
        var lines = output.ToString().Split('\n');
        var sb = new StringBuilder(output.Length);
        bool blank = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) { blank = sb.Length > 0; continue; }
            if (sb.Length > 0) sb.Append(blank ? "\n\n" : "\n");
            sb.Append(line);
            blank = false;
        }
        return sb.ToString();
    }

    private static Tag ReadTag(string html, ref int i)
    {
        i++; // '<'
        if (html[i] is '!' or '?')
        {
            i = SkipPast(html, i, ">");
            return new Tag("", false, false, "");
        }
        bool closing = html[i] == '/';
        if (closing) i++;
        int nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':')) i++;
        string name = html[nameStart..i].ToLowerInvariant();
        char quote = '\0';
        int attrStart = i;
        while (i < html.Length)
        {
            char ch = html[i];
            if (quote != '\0') { if (ch == quote) quote = '\0'; }
            else if (ch is '"' or '\'') quote = ch;
            else if (ch == '>') break;
            i++;
        }
        string attrs = html[attrStart..Math.Min(i, html.Length)];
        bool selfClosing = attrs.TrimEnd().EndsWith('/');
        i = Math.Min(i + 1, html.Length);
        return new Tag(name, closing, selfClosing, attrs);
    }

    private static int SkipPast(string html, int from, string marker)
    {
        int at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }

    private static int FindClosing(string html, int from, string name, out int after)
    {
        int at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (at < 0) { after = html.Length; return html.Length; }
        after = SkipPast(html, at, ">");
        return at;
    }

    private static int SkipPastClosing(string html, int from, string name)
    {
        FindClosing(html, from, name, out int after);
        return after;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : Collapse(WebUtility.HtmlDecode(s));

    private readonly record struct Tag(string Name, bool Closing, bool SelfClosing, string Attributes)
    {
        /// <summary>The value of attribute <paramref name="attr"/>, entities not yet decoded; null when absent.</summary>
        public string? Attr(string attr)
        {
            var s = Attributes;
            int i = 0;
            while (i < s.Length)
            {
                while (i < s.Length && (char.IsWhiteSpace(s[i]) || s[i] == '/')) i++;
                int nameStart = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('=' or '/')) i++;
                var attrName = s.AsSpan(nameStart, i - nameStart);
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                string? value = null;
                if (i < s.Length && s[i] == '=')
                {
                    i++;
                    while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                    if (i < s.Length && s[i] is '"' or '\'')
                    {
                        char q = s[i++];
                        int vStart = i;
                        while (i < s.Length && s[i] != q) i++;
                        value = s[vStart..i];
                        i = Math.Min(i + 1, s.Length);
                    }
                    else
                    {
                        int vStart = i;
                        while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
                        value = s[vStart..i];
                    }
                }
                if (attrName.Length == 0) { i++; continue; }
                if (attrName.Equals(attr, StringComparison.OrdinalIgnoreCase)) return value ?? "";
            }
            return null;
        }
    }
}
