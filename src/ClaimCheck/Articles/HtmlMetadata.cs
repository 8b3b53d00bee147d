using System.Text.Json;
using AngleSharp.Dom;

namespace ClaimCheck.Articles;

/// <summary>
/// Reads an HTML page's own account of itself: headline, outlet, canonical URL and publication date, from JSON-LD
/// (schema.org <c>NewsArticle</c> and kin), Open Graph and article meta tags, and <c>&lt;time datetime&gt;</c>.
/// </summary>
/// <remarks>
/// The publication date decides whether two figures are an evolving count or a conflict, so every usual place is
/// read, most explicit first: JSON-LD <c>datePublished</c>, <c>article:published_time</c> and its kin,
/// <c>itemprop="datePublished"</c>, <c>&lt;time pubdate&gt;</c>, then the first <c>&lt;time datetime&gt;</c> of the story.
/// </remarks>
internal static class HtmlMetadata
{
    private static readonly string[] DateMetaKeys = ["article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date"];

    public static ArticleMetadata Read(IDocument document, IElement? story)
    {
        var ld = JsonLd.Read(document);
        var meta = MetaTags(document);
        string? title = ld.Headline ?? meta.GetValueOrDefault("og:title") ?? Clean(document.QuerySelector("title")?.TextContent);
        string? outlet = meta.GetValueOrDefault("og:site_name") ?? ld.Publisher;
        string? url = Clean(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? meta.GetValueOrDefault("og:url") ?? ld.Url;
        DateOnly? published = FirstDate(
            [ld.DatePublished, .. DateMetaKeys.Select(meta.GetValueOrDefault),
             document.QuerySelector("time[itemprop=datePublished]")?.GetAttribute("datetime"),
             document.QuerySelector("time[pubdate]")?.GetAttribute("datetime"),
             FirstStoryTime(story)]);
        return new ArticleMetadata(title, outlet, url, published);
    }

    /// <summary>The first <c>&lt;time datetime&gt;</c> of the story that is not in one of its boxes (a "Related" teaser's date is another story's).</summary>
    private static string? FirstStoryTime(IElement? story)
    {
        if (story is null) return null;
        foreach (var time in story.QuerySelectorAll("time[datetime]"))
            if (!HtmlBoilerplate.Default.IsInsideBoilerplate(time, story)) return time.GetAttribute("datetime");
        return null;
    }

    private static DateOnly? FirstDate(IEnumerable<string?> candidates)
    {
        foreach (var c in candidates)
            if (c is not null && MetadataYaml.TryParseDate(c, out var date)) return date;
        return null;
    }

    /// <summary>meta tags by lower-cased property, name or itemprop; the first of each wins.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in document.QuerySelectorAll("meta[content]"))
        {
            var key = (m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop"))?.Trim().ToLowerInvariant();
            if (key is not null && Clean(m.GetAttribute("content")) is { } value) map.TryAdd(key, value);
        }
        return map;
    }

    internal static string? Clean(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The first schema.org article-like object of the page's JSON-LD blocks (an object, an array or an @graph).</summary>
    private sealed record JsonLd(string? Headline, string? Publisher, string? Url, string? DatePublished)
    {
        public static JsonLd Read(IDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    if (Find(json.RootElement, depth: 0) is { } found) return found;
                }
                catch (JsonException)
                {
                    // A broken block is the page's problem, not the reader's: the other sources of metadata still count.
                }
            }
            return new JsonLd(null, null, null, null);
        }

        private static JsonLd? Find(JsonElement e, int depth)
        {
            if (depth > 8) return null;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                    if (Find(item, depth + 1) is { } found) return found;
                return null;
            }
            if (e.ValueKind != JsonValueKind.Object) return null;
            if (e.TryGetProperty("datePublished", out _) || e.TryGetProperty("headline", out _))
                return new JsonLd(Text(e, "headline"), Name(e, "publisher"), Text(e, "url"), Text(e, "datePublished"));
            return e.TryGetProperty("@graph", out var graph) ? Find(graph, depth + 1) : null;
        }

        private static string? Text(JsonElement e, string property) =>
            e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? Clean(v.GetString()) : null;

        private static string? Name(JsonElement e, string property)
        {
            if (!e.TryGetProperty(property, out var v)) return null;
            if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0) v = v[0];
            return v.ValueKind switch
            {
                JsonValueKind.String => Clean(v.GetString()),
                JsonValueKind.Object => Text(v, "name"),
                _ => null,
            };
        }
    }
}
