using System.Collections.Immutable;
using ClaimCheck.Compare;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Report;

public sealed class ReviewCarryTests
{
    private static readonly Discrepancy Kept = ReportSamples.Distance;

    private static readonly Discrepancy Gone = new("d-0000aaaa", ReportSamples.CountA.Key, DiscrepancyClass.EvolvingFigure,
        "IOM's count rose from 3.5 million to 4 million in two days.", 0.2, [ReportSamples.CountA]);

    // Another quantity, other statements: nothing ties it to the previous run.
    private static readonly Discrepancy Fresh = new("d-1111bbbb", ReportSamples.DistanceB.Key with { Scope = "between=goma|sake" }, DiscrepancyClass.VagueVersusPrecise,
        "Two figures.", 0.2, [ReportSamples.DistanceB with { Evidence = ReportSamples.DistanceB.Evidence with { ArticleId = "goma-post" } }]);

    [Fact]
    public void Carry_SameId_KeepsStatusAndNoteAndIsNotNew()
    {
        var previous = ReportSamples.Report(Kept, Gone) with
        {
            Review = ReportReview.Empty with
            {
                ById = ImmutableDictionary<string, DiscrepancyReview>.Empty
                    .Add(Kept.Id, new DiscrepancyReview(ReviewStatus.Dismissed, "Road vs straight line.", IsNew: true))
                    .Add(Gone.Id, new DiscrepancyReview(ReviewStatus.Confirmed, "Checked with IOM.")),
            },
        };
        var current = ReportSamples.Report(Kept, Fresh);

        var carried = ReportReview.Carry(current, previous);

        carried.Review.For(Kept.Id).Should().Be(new DiscrepancyReview(ReviewStatus.Dismissed, "Road vs straight line.", IsNew: false));
        carried.Review.For(Fresh.Id).Should().Be(new DiscrepancyReview(ReviewStatus.Open, null, IsNew: true));
        carried.Review.Disappeared.Select(d => d.Id).Should().Equal(Gone.Id);
        carried.Review.For(Gone.Id).Should().Be(new DiscrepancyReview(ReviewStatus.Confirmed, "Checked with IOM.", IsNew: false));
    }

    [Fact]
    public void Write_CarriedReport_ListsDisappearedWithTheirNotes()
    {
        var previous = ReportSamples.Report(Gone) with
        {
            Review = ReportReview.Empty with { ById = ImmutableDictionary<string, DiscrepancyReview>.Empty.Add(Gone.Id, new DiscrepancyReview(ReviewStatus.Confirmed, "Checked with IOM.")) },
        };
        var carried = ReportReview.Carry(ReportSamples.Report(), previous);
        var yaml = new StringWriter();

        YamlReportWriter.Default.Write(carried, yaml);

        var back = ClaimCheckReportReader.Read(new StringReader(yaml.ToString()));
        back.Discrepancies.Should().BeEmpty();
        back.Review.Disappeared.Select(d => d.Id).Should().Equal(Gone.Id);
        back.Review.For(Gone.Id).Note.Should().Be("Checked with IOM.");
        yaml.ToString().Should().Contain("  disappeared: 1\n");
    }
}
