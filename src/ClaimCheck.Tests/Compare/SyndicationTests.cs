using ClaimCheck.Articles;
using ClaimCheck.Compare;
using ClaimCheck.Pipeline;

namespace ClaimCheck.Tests.Compare;

/// <summary>Wire copy republished by several outlets is one statement: one source for independence, never its own rival.</summary>
public sealed class SyndicationTests
{
    private const string Wire = "Floods killed 120 people in Derna on Sunday, officials said.";
    private const string WireUnattributed = "The storm destroyed 4,000 homes in Benghazi.";

    [Fact]
    public void Check_SameWireSentenceInThreeOutlets_CountsAsOneSource()
    {
        var report = ClaimCheckPipeline.Default.Check([
            new Article("outlet-a", Wire), new Article("outlet-b", Wire), new Article("outlet-c", "Headline. " + Wire),
            new Article("outlet-d", "The floods killed 300 people in Derna, the Red Crescent said."),
        ]);

        var summary = report.Quantities.Should().ContainSingle().Subject;
        summary.Claims.Should().HaveCount(4);
        summary.IndependentSources.Should().Be(2, "three copies of one wire sentence quoting officials, and the Red Crescent");
        report.Discrepancies.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.EvolvingFigure, "a death toll grows and no dates are known");
    }

    [Fact]
    public void Check_UnattributedSentenceSyndicated_CountsOnceAndAnotherWordingCountsAgain()
    {
        var report = ClaimCheckPipeline.Default.Check([
            new Article("a", WireUnattributed), new Article("b", WireUnattributed),
            new Article("c", "Some 4,000 homes were destroyed in Benghazi by the storm."),
        ]);

        var summary = report.Quantities.Should().ContainSingle().Subject;
        summary.IndependentSources.Should().Be(2, "two copies of one sentence, and one differently written sentence");
        report.Discrepancies.Should().BeEmpty();
    }
}
