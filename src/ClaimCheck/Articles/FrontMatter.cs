namespace ClaimCheck.Articles;

/// <summary>Splits an optional YAML front matter block (between <c>---</c> lines at the very top) from a Markdown body.</summary>
internal static class FrontMatter
{
    /// <summary>Finds the block; <paramref name="bodyStart"/> is where the body begins (0 when there is no front matter).</summary>
    public static bool TrySplit(string text, out string yaml, out int bodyStart)
    {
        yaml = "";
        bodyStart = 0;
        if (!text.StartsWith("---", StringComparison.Ordinal)) return false;
        int firstBreak = text.IndexOf('\n');
        if (firstBreak < 0 || text.AsSpan(3, firstBreak - 3).Trim().Length != 0) return false;
        int pos = firstBreak + 1;
        while (pos <= text.Length)
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(pos, end - pos).TrimEnd();
            if (line is "---" or "...")
            {
                yaml = text[(firstBreak + 1)..pos];
                bodyStart = Math.Min(end + 1, text.Length);
                return true;
            }
            pos = end + 1;
        }
        return false; // an opening line with no closing one is a horizontal rule, not front matter
    }
}
