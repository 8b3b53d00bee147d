using System.Collections.Frozen;
using AngleSharp.Dom;
using ClaimCheck.Data;

namespace ClaimCheck.Articles;

/// <summary>
/// Tells page furniture ("Most read", "Related", navigation, share bars, newsletters) from the story, by element,
/// landmark role, class/id words and box heading. Vocabulary: Data/html.yaml, read once.
/// </summary>
/// <remarks>Immutable and thread-safe once loaded.</remarks>
internal sealed class HtmlBoilerplate
{
    public static HtmlBoilerplate Default { get; } = Load();

    private readonly string[][] _names;
    private readonly FrozenSet<string> _headings;
    private readonly FrozenSet<string> _roles;

    private HtmlBoilerplate(string[][] names, FrozenSet<string> headings, FrozenSet<string> roles)
    {
        _names = names;
        _headings = headings;
        _roles = roles;
    }

    /// <summary>Elements that never hold story text.</summary>
    private static readonly FrozenSet<string> Dropped = new[]
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "button", "select", "input", "textarea",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that are page furniture unless they wrap the story (some sites put the whole page in a form).</summary>
    private static readonly FrozenSet<string> Furniture = new[] { "nav", "form", "dialog", "menu" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that may be a box (and so boilerplate) rather than a run of words inside a sentence.</summary>
    private static readonly FrozenSet<string> Boxes = new[]
    {
        "div", "section", "aside", "ul", "ol", "dl", "header", "footer", "table", "figure", "details", "article", "p", "h2", "h3", "h4", "li",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static HtmlBoilerplate Load()
    {
        var data = EmbeddedData.ReadYaml<Dictionary<string, List<string>>>("html.yaml");
        return new HtmlBoilerplate(
            data["boilerplate_names"].Select(n => n.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray(),
            data["boilerplate_headings"].Select(h => h.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal),
            data["boilerplate_roles"].Select(r => r.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Whether <paramref name="element"/> and everything in it is left out of the article text.</summary>
    /// <param name="element">The element.</param>
    /// <param name="inStory">Whether it stands inside the story's own container (an article or main element).</param>
    public bool IsBoilerplate(IElement element, bool inStory)
    {
        string name = element.LocalName;
        if (Dropped.Contains(name)) return true;
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        bool furniture = Furniture.Contains(name)
            || element.GetAttribute("role") is { } role && _roles.Contains(role.Trim().ToLowerInvariant())
            // A site's banner, footer and sidebars stand outside the story; inside it, a header holds the headline and an aside a fact box.
            || !inStory && name is "header" or "footer" or "aside"
            || Boxes.Contains(name) && (HasBoilerplateName(element.GetAttribute("class")) || HasBoilerplateName(element.Id) || HasBoilerplateName(element.GetAttribute("aria-label"))
                || name is not ("p" or "li" or "h2" or "h3" or "h4") && HasBoilerplateHeading(element));
        return furniture && !WrapsTheStory(element);
    }

    /// <summary>
    /// Whether the element holds the headline or the story's container: then it is a wrapper ("layout--with-sidebar",
    /// an ASP.NET page form), not a box. Teaser boxes hold h2-h4 headings and article cards, never an h1 or a main.
    /// </summary>
    private static bool WrapsTheStory(IElement element) => element.QuerySelector("h1,main,[role=main],[itemprop=articleBody]") is not null;

    /// <summary>Whether <paramref name="element"/> stands in boilerplate between itself and <paramref name="root"/> (both included, root excepted).</summary>
    public bool IsInsideBoilerplate(IElement element, IElement root)
    {
        for (var e = element; e is not null && e != root; e = e.ParentElement)
        {
            bool inStory = e.ParentElement?.Closest("main,article,[role=main]") is not null;
            if (IsBoilerplate(e, inStory)) return true;
        }
        return false;
    }

    private bool HasBoilerplateName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        var words = Words(value);
        foreach (var phrase in _names)
            for (int i = 0; i + phrase.Length <= words.Count; i++)
                if (Matches(words, i, phrase)) return true;
        return false;
    }

    private static bool Matches(List<string> words, int at, string[] phrase)
    {
        for (int j = 0; j < phrase.Length; j++)
            if (!string.Equals(words[at + j], phrase[j], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>The lower-cased words of a class, id or label: "box--mostRead related_links" gives box, most, read, related, links.</summary>
    internal static List<string> Words(string value)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            bool letter = i < value.Length && char.IsLetterOrDigit(value[i]);
            bool caseBreak = letter && start >= 0 && char.IsUpper(value[i]) && char.IsLower(value[i - 1]);
            if (start >= 0 && (!letter || caseBreak))
            {
                words.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }
            if (letter && start < 0) start = i;
        }
        return words;
    }

    /// <summary>Whether the box's first heading (h2-h6 or a heading role, a child or grandchild of the box) reads "Most read", "Related stories"...</summary>
    private bool HasBoilerplateHeading(IElement box)
    {
        // Only a heading at the top of the box names it: a wrapper whose first heading sits in a nested box is not that box.
        if (box.QuerySelector("h1") is not null) return false;
        var heading = box.QuerySelector("h2,h3,h4,h5,h6,[role=heading]");
        if (heading is null || (heading.ParentElement != box && heading.ParentElement?.ParentElement != box)) return false;
        var text = string.Join(' ', heading.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':', '.', '!', ' ').ToLowerInvariant();
        return _headings.Contains(text);
    }
}
