using System.Globalization;
using ClaimCheck.Claims;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// Reads the claim data files (Data/claims/*.txt), one domain each: "s: " a sentence, then one "c: " line per expected
/// claim in the <see cref="Describe"/> format (no "c: " line: the sentence must give no claim), and optionally
/// "src: " the source every claim of the sentence must have. "ref: yyyy-mm-dd" (or "ref: none") sets the publication
/// date for the sentences that follow. "gap: " says why the engine does not give the expected claims yet (a limit of
/// another stage, named in the report): the case stays in the spec and is checked to fail until someone closes the gap.
/// '#' starts a comment line.
/// </summary>
public static class ClaimDataCases
{
    public sealed record Case(string File, int Line, string Sentence, DateOnly? Published, IReadOnlyList<string> Expected, string? Source, string? Gap = null)
    {
        public override string ToString() => $"{File}:{Line}";
    }

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "claims");

    public static IEnumerable<Case> Load()
    {
        foreach (var path in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
            foreach (var c in Read(path)) yield return c;
    }

    public static IEnumerable<Case> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        DateOnly? published = null;
        Case? current = null;
        List<string> expected = [];
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("s: ", StringComparison.Ordinal))
            {
                if (current is not null) yield return current with { Expected = expected };
                expected = [];
                current = new Case(Path.GetFileName(path), i + 1, line[3..], published, expected, null);
            }
            else if (line.StartsWith("ref: ", StringComparison.Ordinal))
                published = line[5..].Trim() == "none" ? null : DateOnly.Parse(line[5..].Trim(), CultureInfo.InvariantCulture);
            else if (line.StartsWith("c: ", StringComparison.Ordinal) && current is not null)
                expected.Add(line[3..].Trim());
            else if (line.StartsWith("src: ", StringComparison.Ordinal) && current is not null)
                current = current with { Source = line[5..].Trim() };
            else if (line.StartsWith("gap: ", StringComparison.Ordinal) && current is not null)
                current = current with { Gap = line[5..].Trim() };
            else if (line.Trim().Length > 0 && !line.StartsWith('#'))
                throw new FormatException($"{path}:{i + 1}: unexpected line '{line}'");
        }
        if (current is not null) yield return current with { Expected = expected };
    }

    /// <summary>
    /// A claim as the data files write it: the format of <see cref="ClaimSentencesTests.Describe"/>, with dates as ISO days
    /// ("date date_began * 2025-03-03 exact") and a count that is a part of a larger one marked "subset".
    /// </summary>
    public static string Describe(Claim c) => c.Kind switch
    {
        ClaimKind.Date => $"date {c.Concept} {Scope(c)} {Day(c.Value.Low)}{(c.Value.Low == c.Value.High ? "" : ".." + Day(c.Value.High))} {c.Value.Qualifier.ToString().ToLowerInvariant()}",
        ClaimKind.Count when c.In(ScopeRole.Subset) is not null => ClaimSentencesTests.Describe(c) + " subset",
        _ => ClaimSentencesTests.Describe(c),
    };

    private static string Scope(Claim c) => c.Scope.IsDefaultOrEmpty ? "*" : string.Join(",", c.Scope.Select(s => $"{s.Role.ToString().ToLowerInvariant()}={s.Name}"));

    private static string Day(double? dayNumber) =>
        dayNumber is { } d ? DateOnly.FromDayNumber((int)d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "?";
}
