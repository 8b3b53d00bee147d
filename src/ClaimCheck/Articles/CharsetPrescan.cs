namespace ClaimCheck.Articles;

/// <summary>
/// Finds the charset an HTML page declares in its head: <c>&lt;meta charset="..."&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=..."&gt;</c>, as the HTML prescan does.
/// </summary>
/// <remarks>Works on the head decoded as Latin-1 (every byte one character), so it runs before the encoding is known.</remarks>
internal static class CharsetPrescan
{
    /// <summary>The declared charset label, trimmed and unquoted, or null when the page declares none.</summary>
    public static string? Find(string head)
    {
        int at = 0;
        while ((at = head.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = head.IndexOf('>', at);
            if (end < 0) end = head.Length;
            var tag = head.AsSpan(at, end - at);
            int charset = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (charset >= 0 && Value(tag[(charset + "charset".Length)..]) is { Length: > 0 } label) return label;
            at = end;
        }
        return null;
    }

    private static string? Value(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.IsEmpty || rest[0] != '=') return null;
        rest = rest[1..].TrimStart().TrimStart("\"'");
        int stop = rest.IndexOfAny("\"'; \t\r\n/>");
        return (stop < 0 ? rest : rest[..stop]).ToString();
    }
}
