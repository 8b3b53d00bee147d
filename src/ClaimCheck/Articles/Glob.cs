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
        string root = first == 0 ? "." : string.Join('/', parts[..first]);
        if (root.Length == 0) root = "/";
        var results = new List<string>();
        if (Directory.Exists(root)) Walk(root, parts, first, results, prefix: first == 0 ? "" : root);
        results.Sort(StringComparer.Ordinal);
        return results;
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
