namespace ClaimCheck.Articles;

/// <summary>
/// Reads metadata written as flat <c>key: value</c> lines with plain values (what nearly every front matter and
/// sidecar file is) without the YAML deserializer, which costs tens of microseconds a call and far more on its first.
/// </summary>
/// <remarks>
/// Exact or nothing: it accepts only text whose meaning in YAML is beyond doubt (lower-case keys at the start of
/// their line, each once, values that are plain scalars on one line) and answers false for anything else (quotes,
/// comments, block scalars, anchors, tags, nested maps, continuation lines, null words, tabs, unusual characters),
/// which <see cref="MetadataYaml"/> then gives to the full YAML parser, so results and error messages are unchanged.
/// </remarks>
internal static class FlatMetadata
{
    /// <summary>Reads <paramref name="yaml"/> when it has the flat shape; false leaves it to the YAML parser.</summary>
    public static bool TryRead(string yaml, out MetadataYaml.Fields? fields)
    {
        var read = new MetadataYaml.Fields();
        fields = read;
        bool any = false;
        int seen = 0; // one bit per known key, so that a repeated key goes to the parser
        var rest = yaml.AsSpan();
        while (!rest.IsEmpty)
        {
            // Only '\n' and "\r\n" end a line here; every other break or control character fails the checks below.
            int end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (line.EndsWith('\r')) line = line[..^1];
            if (line.IsEmpty) continue;
            int colon = KeyLength(line);
            if (colon <= 0) return false;
            var after = line[(colon + 1)..];
            if (!after.IsEmpty && after[0] != ' ') return false; // "key:value" is a plain scalar, not a key
            var value = after.Trim(' ');
            if (!value.IsEmpty && !IsPlainValue(value)) return false;
            int bit = line[..colon] switch
            {
                "id" => 1, "title" => 2, "outlet" => 4, "url" => 8, "published" => 16, _ => 0,
            };
            if (bit != 0)
            {
                if ((seen & bit) != 0) return false;
                seen |= bit;
                // An empty value is YAML's null, as for the deserializer.
                string? text = value.IsEmpty ? null : value.ToString();
                switch (bit)
                {
                    case 1: read.Id = text; break;
                    case 2: read.Title = text; break;
                    case 4: read.Outlet = text; break;
                    case 8: read.Url = text; break;
                    default: read.Published = text; break;
                }
            }
            any = true;
        }
        return any; // no key at all: an empty or odd document, the parser's business
    }

    /// <summary>The length of a key of lower-case letters, digits and underscores followed by ':'; 0 for any other line.</summary>
    private static int KeyLength(ReadOnlySpan<char> line)
    {
        if (line[0] is < 'a' or > 'z') return 0;
        for (int i = 1; i < line.Length; i++)
        {
            char c = line[i];
            if (c == ':') return i;
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')) return 0;
        }
        return 0;
    }

    /// <summary>
    /// Whether <paramref name="value"/> (trimmed, not empty) is a one-line plain scalar that YAML reads as this very
    /// text: no indicator first, no ": " or " #" inside, no null word, only characters YAML reads as themselves.
    /// </summary>
    private static bool IsPlainValue(ReadOnlySpan<char> value)
    {
        if (value[0] is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>'
            or '\'' or '"' or '%' or '@' or '`' or '~')
            return false;
        if (value is "null" or "Null" or "NULL") return false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == ':' && (i + 1 == value.Length || value[i + 1] == ' ')) return false;
            if (c == '#' && value[i - 1] == ' ') return false;
            if (!IsOrdinary(c)) return false;
        }
        return true;
    }

    // Printable ASCII and the BMP's printable range, without YAML's line breaks (U+0085, U+2028, U+2029), the byte
    // order mark and surrogates: anything else is rare enough to leave to the parser.
    private static bool IsOrdinary(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and < '\u2028') or (> '\u2029' and < '\uD800') or (>= '\uE000' and < '\uFEFF') or (> '\uFEFF' and <= '\uFFFD');
}
