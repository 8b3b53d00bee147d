using System.Collections.Immutable;
using ClaimCheck.Articles;
using ClaimCheck.Compare;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Report;

/// <summary>
/// A developing story over five runs, each with --previous: the desk's review of a discrepancy survives articles being
/// added and removed, because a discrepancy's id is its quantity, not its list of claims.
/// </summary>
public sealed class DevelopingStoryTests
{
    private static readonly Article Un = new("un", "At least 9,000 people fled Tawila on Monday, the UN said.", new ArticleMetadata(Published: new(2024, 5, 6)));
    private static readonly Article Army = new("army", "Some 2,000 people fled Tawila on Monday, the army said.", new ArticleMetadata(Published: new(2024, 5, 6)));
    private static readonly Article Ngo = new("ngo", "About 15,000 people fled Tawila on Monday, aid workers said.", new ArticleMetadata(Published: new(2024, 5, 6)));
    private static readonly Article Quake = new("quake", "The quake destroyed 300 homes in Sumbawa, officials said.", new ArticleMetadata(Published: new(2024, 5, 7)));

    private static ClaimCheckReport Run(ClaimCheckReport? previous, params Article[] articles)
    {
        var report = ClaimCheckPipeline.Default.Check(articles);
        if (previous is null) return report;
        // The previous report goes through YAML, as a journalist's edited file does.
        var writer = new StringWriter();
        YamlReportWriter.Default.Write(previous, writer);
        return ReportReview.Carry(report, ClaimCheckReportReader.Read(new StringReader(writer.ToString())));
    }

    private static ClaimCheckReport Review(ClaimCheckReport report, string id, ReviewStatus status, string note) => report with
    {
        Review = report.Review with { ById = report.Review.ById.SetItem(id, new DiscrepancyReview(status, note, IsNew: false)) },
    };

    [Fact]
    public void Carry_FiveRunsOfOneStory_KeepTheReviewAndSayWhatChanged()
    {
        // Run 1: two sources disagree on how many fled Tawila; the desk confirms it.
        var run1 = Run(null, Un, Army);
        var d = run1.Discrepancies.Should().ContainSingle().Subject;
        run1.Review.For(d.Id).IsNew.Should().BeTrue();
        run1 = Review(run1, d.Id, ReviewStatus.Confirmed, "Called the army press office.");

        // Run 2: a third source on the same quantity: same id, review kept, one claim added.
        var run2 = Run(run1, Un, Army, Ngo);
        run2.Discrepancies.Should().ContainSingle().Which.Id.Should().Be(d.Id);
        run2.Review.For(d.Id).Should().Be(new DiscrepancyReview(ReviewStatus.Confirmed, "Called the army press office.", IsNew: false) { Change = "1 claim added" });

        // Run 3: an unrelated article: nothing changes for this discrepancy.
        var run3 = Run(run2, Un, Army, Ngo, Quake);
        run3.Review.For(d.Id).Should().Be(new DiscrepancyReview(ReviewStatus.Confirmed, "Called the army press office.", IsNew: false));

        // Run 4: the UN's article is withdrawn: the army and the NGO still disagree; one claim is no longer found.
        var run4 = Run(run3, Army, Ngo, Quake);
        run4.Discrepancies.Should().ContainSingle().Which.Id.Should().Be(d.Id);
        run4.Review.For(d.Id).Change.Should().Be("1 claim no longer found");
        run4.Review.For(d.Id).Status.Should().Be(ReviewStatus.Confirmed);

        // Run 5: the army's article is withdrawn, the UN's is back: "at least 9,000" and "about 15,000" agree. The
        // discrepancy is listed as disappeared, with the desk's note.
        var run5 = Run(run4, Un, Ngo, Quake);
        run5.Discrepancies.Should().BeEmpty();
        run5.Review.Disappeared.Select(x => x.Id).Should().Equal(d.Id);
        run5.Review.For(d.Id).Note.Should().Be("Called the army press office.");
    }

    [Fact]
    public void Carry_QuantityKeyChanged_ReviewGoesToTheSuccessorWithANote()
    {
        var run1 = Run(null, Un, Army);
        var old = run1.Discrepancies.Single();
        run1 = Review(run1, old.Id, ReviewStatus.Dismissed, "Different days.");
        // The same statements, now keyed differently (as after a gazetteer change): a new id, the old review.
        var moved = old with { Id = "d-feedfeed01", Key = old.Key with { Scope = "place=tawila camp" } };
        var current = run1 with { Discrepancies = [moved], Review = ReportReview.Empty };

        var carried = ReportReview.Carry(current, run1);

        var review = carried.Review.For(moved.Id);
        review.Status.Should().Be(ReviewStatus.Dismissed);
        review.Note.Should().Be("Different days.");
        review.IsNew.Should().BeFalse();
        review.CarriedFrom.Should().Equal(old.Id);
        review.Change.Should().Be($"continues {old.Id} (its quantity is now {moved.Key})");
        carried.Review.Disappeared.Should().BeEmpty();
    }

    [Fact]
    public void Carry_TwoDiscrepanciesMergeWithDifferentReviews_SuccessorIsOpenWithBothNotes()
    {
        var a = ReportSamples.Distance;
        var b = new Discrepancy("d-0000bbbb", a.Key with { Scope = "between=el fasher|tawila camp" }, DiscrepancyClass.Contradiction, "x", 0.5,
            [ReportSamples.CountA]);
        var previous = ReportSamples.Report(a, b) with
        {
            Review = ReportReview.Empty with
            {
                ById = ImmutableDictionary<string, DiscrepancyReview>.Empty
                    .Add(a.Id, new DiscrepancyReview(ReviewStatus.Confirmed, "Map checked."))
                    .Add(b.Id, new DiscrepancyReview(ReviewStatus.Dismissed, "Other camp.")),
            },
        };
        var merged = new Discrepancy("d-0000cccc", a.Key, DiscrepancyClass.Contradiction, "y", 0.6, [.. a.Claims, ReportSamples.CountA]);

        var review = ReportReview.Carry(ReportSamples.Report(merged), previous).Review.For(merged.Id);

        review.Status.Should().Be(ReviewStatus.Open);
        review.Note.Should().Be("Map checked. | Other camp.");
        review.CarriedFrom.Should().BeEquivalentTo([a.Id, b.Id]);
        review.Change.Should().StartWith("merged from ").And.EndWith("; their reviews differed, so this one is open again");
    }
}
