using Xunit.Abstractions;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>
/// End-to-end evaluation on story sets none of the engine's authors tuned for (Data/eval/&lt;story&gt;): prints claim
/// recall, discrepancy recall and precision, with every miss and why, to the test output and to eval-report.txt beside
/// the test assembly. See docs/evaluation.md for the command and the figures.
/// </summary>
[Trait("Category", "Evaluation")]
public class DiscrepancyEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<StoryEvaluation>> Runs =
        new(() => StoryEvaluation.Stories().Select(s => StoryEvaluation.Run(s)).ToList());

    [Fact]
    public void Annotations_EveryFigureStandsInItsArticle()
    {
        Runs.Value.Should().HaveCountGreaterThanOrEqualTo(3);
        foreach (var s in Runs.Value)
        {
            var refs = s.Expected.Claims.Cast<FigureRef>()
                .Concat(s.Expected.Disagreements.Concat(s.Expected.NotFlagged).Concat(s.Expected.Acceptable).SelectMany(p => new[] { p.A, p.B }));
            foreach (var f in refs) s.Invoking(x => x.Locate(f)).Should().NotThrow();
            s.Expected.Disagreements.Select(d => d.Class).Should().OnlyContain(c => KnownClasses.Contains(c), $"{s.Story} uses the report's class names");
        }
    }

    [Fact]
    public void Evaluation_PrintsTable_AndStaysAboveRegressionFloor()
    {
        var text = EvaluationReport.Write(Runs.Value);
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "eval-report.txt"), text);
        var total = Runs.Value.Select(s => s.Score()).Aggregate((a, b) => a + b);

        // REGRESSION FLOOR, not a target: set just under what was measured on 2026-12-03 (docs/evaluation.md) so that a
        // change which loses claims or flags fewer real disagreements fails here. Raise it when the engine improves.
        total.ClaimRecall.Should().BeGreaterThanOrEqualTo(FloorClaimRecall, text);
        total.DisagreementsFlagged.Should().BeGreaterThanOrEqualTo(FloorDisagreementsFlagged, text);
        total.Precision.Should().BeGreaterThanOrEqualTo(FloorPrecision, text);
    }

    // Measured 2026-12-03 on cyclone, earthquake, strike, wildfire: claim recall 105/182 = 0.58, 10 of 34
    // disagreements flagged, precision 11/16 = 0.69 (first run, blind). After the fixes that run's misses led to (so no
    // longer a blind figure): 136/182 = 0.75, 22 of 34 (17 with the right class), precision 18/19 = 0.95.
    private const double FloorClaimRecall = 0.72;
    private const int FloorDisagreementsFlagged = 20;
    private const double FloorPrecision = 0.85;

    private static readonly HashSet<string> KnownClasses =
        ["contradiction", "evolving_figure", "unit_confusion", "conflict_in_article", "vague_versus_precise", "inconsistent_conversion"];
}
