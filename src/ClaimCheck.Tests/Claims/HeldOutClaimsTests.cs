using System.Globalization;
using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// Claim recall and precision on a held-out mini corpus (Data/heldout): six short articles in six domains and outlets'
/// styles, each with the claims a careful reader sees ("NAME.claims.txt", written before the engine was run on it).
/// A claim counts as found only when its description (kind, concept, scope, value, unit, qualifier) is exactly the
/// annotated one. The figures are printed and written into docs/claims.md; the floors below keep them from slipping.
/// </summary>
public class HeldOutClaimsTests(ITestOutputHelper output)
{
    private const double RecallFloor = 0.70;
    private const double PrecisionFloor = 0.80;

    [Fact]
    public void Analyze_HeldOutArticles_RecallAndPrecisionStayAboveTheirFloors()
    {
        int expectedTotal = 0, actualTotal = 0, matchedTotal = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "heldout"), "*.txt")
                     .Where(p => !p.EndsWith(".claims.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var (published, expected) = ReadAnnotation(Path.ChangeExtension(path, ".claims.txt"));
            var article = new Article(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), new ArticleMetadata(Outlet: "Held-out", Published: published));
            var actual = ClaimCheckPipeline.Default.Analyze(article).Claims.Select(ClaimDataCases.Describe).ToList();
            var unmatched = new List<string>(actual);
            var missed = expected.Where(e => !unmatched.Remove(e)).ToList();
            int matched = expected.Count - missed.Count;
            output.WriteLine($"{article.Id}: recall {matched}/{expected.Count}, precision {matched}/{actual.Count}");
            foreach (var m in missed) output.WriteLine($"  missed: {m}");
            foreach (var u in unmatched) output.WriteLine($"  not annotated: {u}");
            (expectedTotal, actualTotal, matchedTotal) = (expectedTotal + expected.Count, actualTotal + actual.Count, matchedTotal + matched);
        }
        double recall = (double)matchedTotal / expectedTotal, precision = actualTotal == 0 ? 1 : (double)matchedTotal / actualTotal;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TOTAL: recall {matchedTotal}/{expectedTotal} = {recall:0.00}, precision {matchedTotal}/{actualTotal} = {precision:0.00}"));
        recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
        precision.Should().BeGreaterThanOrEqualTo(PrecisionFloor);
    }

    private static (DateOnly? Published, List<string> Claims) ReadAnnotation(string path)
    {
        DateOnly? published = null;
        var claims = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("published: ", StringComparison.Ordinal)) published = DateOnly.Parse(line[11..].Trim(), CultureInfo.InvariantCulture);
            else if (line.StartsWith("c: ", StringComparison.Ordinal)) claims.Add(line[3..].Trim());
            else if (line.Trim().Length > 0 && !line.StartsWith('#')) throw new FormatException($"{path}: unexpected line '{line}'");
        }
        return (published, claims);
    }
}
