namespace ClaimCheck.Articles;

/// <summary>
/// Article identity: ids from paths relative to the input root, lengthened where two inputs would share one, and the
/// checks that keep two articles with one id (or one URL) from being merged.
/// </summary>
internal static class ArticleIds
{
    /// <summary>Sets <see cref="ArticleInput.Id"/> on every file input: relative to its root, unique across the run.</summary>
    public static IReadOnlyList<ArticleInput> Assign(List<(ArticleInput Input, string? Root)> found)
    {
        var ids = new string?[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            var (input, root) = found[i];
            if (input.Problem is not null || input.IsStdin) continue;
            ids[i] = root is null ? ArticleLoader.IdFromPath(input.Path) : WithoutExtension(Path.GetRelativePath(root, input.Path));
        }
        // "reuters/story.txt ap/story.txt" or two folders with an index.html each: lengthen the clashing ids with
        // their folders until they differ; files that differ only by extension keep it.
        foreach (var clash in Enumerable.Range(0, found.Count).Where(i => ids[i] is not null)
                     .GroupBy(i => ids[i]!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = clash.ToList();
            var segments = members.Select(i => Path.GetFullPath(found[i].Input.Path).Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)).ToList();
            int first = clash.Key.Split('/').Length, depth = first, max = segments.Min(s => s.Length);
            while (depth < max && !AllDiffer(segments.Select(s => Suffix(s, depth)))) depth++;
            var lengthened = segments.Select(s => Suffix(s, depth)).ToList();
            if (!AllDiffer(lengthened)) lengthened = segments.Select(s => string.Join('/', s[^Math.Min(first, s.Length)..])).ToList();
            if (!AllDiffer(lengthened)) lengthened = segments.Select(s => string.Join('/', s)).ToList();
            for (int m = 0; m < members.Count; m++) ids[members[m]] = lengthened[m];
        }
        return found.Select((f, i) => ids[i] is null ? f.Input : f.Input with { Id = ids[i] }).ToList();
    }

    public static IReadOnlyList<ArticleLoadResult> RejectDuplicates(IReadOnlyList<ArticleLoadResult> results) => [.. RejectDuplicates((IEnumerable<ArticleLoadResult>)results)];

    /// <summary>As the list form, lazily: each result is checked as it is enumerated, so a streaming run keeps only ids and urls.</summary>
    public static IEnumerable<ArticleLoadResult> RejectDuplicates(IEnumerable<ArticleLoadResult> results)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var byUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Article is not { } article) { yield return result; continue; }
            var url = article.Metadata.Url?.Trim();
            if (byId.TryGetValue(article.Id, out var first))
                yield return ArticleLoadResult.Fail(new ArticleLoadFailure(article.Id, result.Path,
                    $"duplicate article id '{article.Id}' (already used by {first}); give one of them its own 'id:' in its metadata"));
            else if (url is { Length: > 0 } && byUrl.TryGetValue(url, out first))
                yield return ArticleLoadResult.Fail(new ArticleLoadFailure(article.Id, result.Path,
                    $"same url as {first} ({url}): the same article given twice is read once"));
            else
            {
                byId[article.Id] = result.Path;
                if (url is { Length: > 0 }) byUrl[url] = result.Path;
                yield return result;
            }
        }
    }

    /// <summary>
    /// Enumerates <paramref name="articles"/> as they are, throwing when one has the id of an earlier one: the library's
    /// guard, so a caller that builds articles by hand cannot merge two of them by accident.
    /// </summary>
    public static IEnumerable<Article> EnsureUnique(IEnumerable<Article> articles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            if (!seen.Add(article.Id))
                throw new ArgumentException(
                    $"Two articles have the id '{article.Id}' (the second is article {index + 1} of the batch). Each article needs its own id: " +
                    "their claims would otherwise be merged and a disagreement between them lost.", nameof(articles));
            index++;
            yield return article;
        }
    }

    private static string WithoutExtension(string relative)
    {
        relative = relative.Replace('\\', '/');
        int slash = relative.LastIndexOf('/');
        var name = relative[(slash + 1)..];
        var stem = Path.GetFileNameWithoutExtension(name);
        return relative[..(slash + 1)] + (stem.Length > 0 ? stem : name);
    }

    private static bool AllDiffer(IEnumerable<string> ids)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        return ids.All(set.Add);
    }

    private static string Suffix(string[] segments, int count)
    {
        count = Math.Min(count, segments.Length);
        var parts = segments[^count..].ToArray();
        parts[^1] = WithoutExtension(parts[^1]);
        return string.Join('/', parts);
    }
}
