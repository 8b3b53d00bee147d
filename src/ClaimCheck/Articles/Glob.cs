namespace ClaimCheck.Articles;

/// <summary>A small file glob: <c>*</c> and <c>?</c> within a path segment, <c>**</c> for any depth of folders.</summary>
/// <remarks>Matching is a hand-written wildcard scan (no regular expressions), ordinal and case-sensitive like the file systems we run on.</remarks>
internal static class Glob
{
    public static bool IsPattern(string input) => input.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>The files matching <paramref name="pattern"/>, sorted ordinally.</summary>
    public static List<string> Match(string pattern)
    {
        var parts = pattern.Replace('\\', '/').Split('/');
        int first = Array.FindIndex(parts, IsPattern);
        string root = Root(pattern);
        var results = new List<string>();
        if (Directory.Exists(root)) Walk(root, parts, first, results, prefix: first == 0 ? "" : root);
        results.Sort(StringComparer.Ordinal);
        return results;
    }

    /// <summary>The folder a pattern starts from: its path up to the first segment with a wildcard ("news" for "news/**/*.html").</summary>
    public static string Root(string pattern)
    {
        var parts = pattern.Replace('\\', '/').Split('/');
        int first = Array.FindIndex(parts, IsPattern);
        if (first <= 0) return first == 0 ? "." : pattern;
        var root = string.Join('/', parts[..first]);
        return root.Length == 0 ? "/" : root;
    }

    /// <summary>
    /// Whether a found file is left out by one of the <c>--exclude</c> globs: a glob with a <c>/</c> is matched against
    /// the path relative to the input root (<c>drafts/**</c>, <c>**/index.html</c>); one without is matched against
    /// every folder and file name on that path (<c>drafts</c>, <c>*.min.html</c>).
    /// </summary>
    public static bool IsExcluded(string relativePath, IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0) return false;
        var segments = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var pattern in patterns)
        {
            var parts = pattern.Replace('\\', '/').Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            if (parts.Length == 1 && parts[0] != "**" ? segments.Any(s => IsMatch(s, parts[0])) : IsPathMatch(segments, 0, parts, 0)) return true;
        }
        return false;
    }

    /// <summary>Segment-wise match where <c>**</c> stands for any number of folders; memo-free but bounded by the few <c>**</c> of a pattern.</summary>
    private static bool IsPathMatch(string[] path, int i, string[] pattern, int p)
    {
        if (p == pattern.Length) return i == path.Length;
        if (pattern[p] == "**")
        {
            for (int k = i; k <= path.Length; k++)
                if (IsPathMatch(path, k, pattern, p + 1)) return true;
            return false;
        }
        return i < path.Length && IsMatch(path[i], pattern[p]) && IsPathMatch(path, i + 1, pattern, p + 1);
    }

    private static void Walk(string dir, string[] parts, int index, List<string> results, string prefix)
    {
        string part = parts[index];
        bool last = index == parts.Length - 1;
        if (part == "**")
        {
            if (last) { AddAll(dir, results, prefix); return; }
            Walk(dir, parts, index + 1, results, prefix);
            foreach (var sub in Directory.EnumerateDirectories(dir))
                Walk(sub, parts, index, results, Join(prefix, Path.GetFileName(sub)));
            return;
        }
        if (last)
        {
            foreach (var file in Directory.EnumerateFiles(dir))
                if (IsMatch(Path.GetFileName(file), part)) results.Add(Join(prefix, Path.GetFileName(file)));
            return;
        }
        foreach (var sub in Directory.EnumerateDirectories(dir))
        {
            var name = Path.GetFileName(sub);
            if (IsMatch(name, part)) Walk(sub, parts, index + 1, results, Join(prefix, name));
        }
    }

    private static void AddAll(string dir, List<string> results, string prefix)
    {
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            results.Add(Join(prefix, Path.GetRelativePath(dir, file).Replace('\\', '/')));
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix.EndsWith('/') ? prefix + name : prefix + "/" + name;

    /// <summary>Wildcard match with one back-tracking point: linear in practice, O(n·m) at worst, never exponential.</summary>
    internal static bool IsMatch(string name, string pattern)
    {
        int n = 0, p = 0, starP = -1, starN = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n])) { n++; p++; }
            else if (p < pattern.Length && pattern[p] == '*') { starP = p++; starN = n; }
            else if (starP >= 0) { p = starP + 1; n = ++starN; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
