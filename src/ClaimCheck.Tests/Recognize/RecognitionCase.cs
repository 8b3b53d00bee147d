namespace ClaimCheck.Tests.Recognize;

/// <summary>
/// Reads the recognition data files (Data/recognition/*.txt): a sentence line ("s: ...") followed by one line per
/// expected result ("q: ..." or "d: ..."); a sentence with no result lines expects nothing. "ref: yyyy-mm-dd" (or
/// "ref: none") sets the publication date for the date sentences that follow. '#' starts a comment line.
/// </summary>
public static class RecognitionCases
{
    public sealed record Case(string File, int Line, string Sentence, DateOnly? Reference, IReadOnlyList<string> Expected);

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "recognition");

    public static IEnumerable<Case> Load(string prefix, char kind)
    {
        foreach (var path in Directory.GetFiles(Folder, prefix + "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            DateOnly? reference = null;
            Case? current = null;
            List<string> expected = [];
            for (int i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.StartsWith("s: ", StringComparison.Ordinal))
                {
                    if (current is not null) yield return current with { Expected = expected };
                    expected = [];
                    current = new Case(Path.GetFileName(path), i + 1, line[3..], reference, expected);
                }
                else if (line.StartsWith("ref: ", StringComparison.Ordinal))
                    reference = line[5..].Trim() == "none" ? null : DateOnly.Parse(line[5..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                else if (line.Length > 2 && line[0] == kind && line[1] == ':')
                    expected.Add(line[2..].Trim());
                else if (line.Trim().Length > 0 && !line.StartsWith('#'))
                    throw new FormatException($"{path}:{i + 1}: unexpected line '{line}'");
            }
            if (current is not null) yield return current with { Expected = expected };
        }
    }

    /// <summary>Parses an interval "lo..hi": '(' before lo makes it exclusive, ')' after hi likewise; an empty side is unbounded.</summary>
    public static (double? Low, bool LowInclusive, double? High, bool HighInclusive) Interval(string text)
    {
        int dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0) throw new FormatException($"Bad interval '{text}'");
        string lo = text[..dots].Trim(), hi = text[(dots + 2)..].Trim();
        bool lowInc = !lo.StartsWith('('), highInc = !hi.EndsWith(')');
        lo = lo.TrimStart('('); hi = hi.TrimEnd(')');
        return (lo.Length == 0 ? null : Number(lo), lowInc, hi.Length == 0 ? null : Number(hi), highInc);
    }

    public static double? Number(string text) => text == "-" ? null : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
