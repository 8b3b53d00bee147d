namespace ClaimCheck.Benchmarks;

/// <summary>The sentence sets measured: the seed articles cut into sentences, and the recognition test sentences.</summary>
internal static class Sentences
{
    public static string[] Seeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds");
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .SelectMany(Split)
            .ToArray();
    }

    public static string[] TestSentences()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "recognition");
        return Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(l => l.StartsWith("s: ", StringComparison.Ordinal))
            .Select(l => l[3..])
            .ToArray();
    }

    // A plain cut at ". " before a capital: the benchmark measures the recognizers, not the segmenter.
    private static IEnumerable<string> Split(string line)
    {
        int start = 0;
        for (int i = 0; i + 2 < line.Length; i++)
        {
            if (line[i] is '.' or '?' or '!' && line[i + 1] == ' ' && char.IsUpper(line[i + 2]))
            {
                yield return line[start..(i + 1)];
                start = i + 2;
            }
        }
        if (line.Length - start > 1) yield return line[start..].Trim();
    }
}
