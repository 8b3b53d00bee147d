using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClaimCheck.Articles;

/// <summary>
/// Extracts the story of an HTML page: the main content (the page's <c>main</c>, else its one <c>article</c>, else the
/// body) without its boxes ("Most read", "Related", navigation, share bars: <see cref="HtmlBoilerplate"/>), as text
/// with block elements turned into paragraph breaks; plus the page's metadata (<see cref="HtmlMetadata"/>).
/// </summary>
/// <remarks>
/// Parsing is AngleSharp's (HTML5 tree construction: entities, broken markup, implied tags). The returned text is the
/// article text every offset points into. Thread-safe: a parser per call.
/// </remarks>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "thead", "tbody",
        "section", "article", "header", "footer", "main", "aside", "blockquote", "pre", "hr", "figure", "figcaption",
        "address", "details", "summary", "caption", "body", "html",
    };

    public static (string Text, ArticleMetadata Metadata) Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = MainContent(document);
        var output = new StringBuilder(html.Length / 2);
        if (root is not null) Append(root, output);
        var metadata = HtmlMetadata.Read(document, root);
        return (Tidy(output), metadata);
    }

    /// <summary>The element holding the story: the one <c>main</c> (or role=main), else the one outermost <c>article</c>, else the body.</summary>
    private static IElement? MainContent(IDocument document)
    {
        var mains = document.QuerySelectorAll("main,[role=main]").Where(m => m.ParentElement?.Closest("main,[role=main]") is null).ToList();
        if (mains.Count == 1) return mains[0];
        var articles = document.QuerySelectorAll("article").Where(a => a.ParentElement?.Closest("article") is null).ToList();
        if (articles.Count == 1) return articles[0];
        return document.Body ?? document.DocumentElement;
    }

    /// <summary>Appends the text under <paramref name="root"/>, walking the tree with an explicit stack (pages can nest deeply).</summary>
    private static void Append(IElement root, StringBuilder output)
    {
        var boilerplate = HtmlBoilerplate.Default;
        bool rootInStory = root.LocalName is "main" or "article" || root.Closest("main,article,[role=main]") is not null;
        var stack = new Stack<(INode Node, bool InStory, bool Closing)>();
        stack.Push((root, rootInStory, false));
        while (stack.Count > 0)
        {
            var (node, inStory, closing) = stack.Pop();
            if (node is IText text)
            {
                AppendCollapsed(text.Data, output);
                continue;
            }
            if (node is not IElement element) continue;
            string name = element.LocalName;
            if (closing)
            {
                if (Blocks.Contains(name)) output.Append("\n\n");
                continue;
            }
            if (element != root && boilerplate.IsBoilerplate(element, inStory)) continue;
            switch (name)
            {
                case "br":
                    output.Append('\n');
                    continue;
                case "td" or "th":
                    output.Append(' ');
                    break;
                default:
                    if (Blocks.Contains(name)) output.Append("\n\n");
                    break;
            }
            bool childInStory = inStory || name is "main" or "article" || string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase);
            stack.Push((element, inStory, true));
            for (int i = element.ChildNodes.Length - 1; i >= 0; i--) stack.Push((element.ChildNodes[i], childInStory, false));
        }
    }

    private static void AppendCollapsed(string text, StringBuilder output)
    {
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
}
