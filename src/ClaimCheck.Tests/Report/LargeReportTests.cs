using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Report;

/// <summary>
/// A report of thousands of claims is written as it is walked (the JSON writer passes on every 64 KB) and reads back
/// whole; a discrepancy over more than 24 claims lists the ones that stand for the rest and counts the others.
/// </summary>
public sealed class LargeReportTests
{
    private static readonly Lazy<ClaimCheckReport> Report = new(() =>
    {
        // 1,500 wire reports of one strike in Lagos, each its own figure: every two that differ by more than 2% conflict.
        var articles = Enumerable.Range(0, 1500).Select(i => new Article($"w{i:D4}",
            $"Police arrested {200 + i * 3} protesters in Lagos on Friday, the agency said.", new ArticleMetadata(Outlet: $"Paper {i % 40}")));
        return ClaimCheckPipeline.Default.Check(articles);
    });

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void Write_ThousandsOfClaims_ReadsBackTheSameClaimsAndCounts(string format)
    {
        var text = new StringWriter { NewLine = "\n" };
        ReportWriters.ForFormat(format)!.Write(Report.Value, text);
        text.ToString().Length.Should().BeGreaterThan(1 << 20, "well past the JSON writer's 64 KB drain");

        var back = ClaimCheckReportReader.Read(new StringReader(text.ToString()));

        back.Claims.Should().Equal(Report.Value.Claims);
        var d = back.Discrepancies.Should().ContainSingle().Subject;
        // The extremes, the most credible and one claim per source: 24 at most.
        d.Claims.Length.Should().BeInRange(2, 24);
        d.Claims.Select(c => c.Value.AsWritten).Should().Contain(["200 protesters", "4697 protesters"]);
        d.OtherClaims.Should().Be(1500 - d.Claims.Length);
        d.Should().Be(Report.Value.Discrepancies[0]);
    }
}
