using ClaimCheck.Articles;
using ClaimCheck.Pipeline;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// The claim spec: hand-checked news sentences from many domains and outlets (Data/claims/*.txt), each with the exact
/// claims a careful fact-checker reads in it, or none (page furniture, IDs, scores, ages, model names, years).
/// </summary>
public class ClaimDataTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in ClaimDataCases.Load()) data.Add(c.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_DataSentence_GivesExactClaims(string id)
    {
        var c = ClaimDataCases.Load().Single(x => x.ToString() == id);
        var article = new Article("t", c.Sentence, new ArticleMetadata(Outlet: "Test Wire", Published: c.Published));
        var claims = ClaimCheckPipeline.Default.Analyze(article).Claims;
        claims.Select(ClaimDataCases.Describe).Should().BeEquivalentTo(c.Expected, o => o.WithoutStrictOrdering(), c.Sentence);
        if (c.Source is { } source)
            claims.Select(x => x.Source.Name).Should().AllBe(source, "the source of: " + c.Sentence);
    }

    [Fact]
    public void Load_DataFiles_HoldAtLeast300Sentences_AndAtLeast80WithNoClaim()
    {
        var all = ClaimDataCases.Load().ToList();
        all.Should().HaveCountGreaterThanOrEqualTo(300);
        all.Count(c => c.Expected.Count == 0).Should().BeGreaterThanOrEqualTo(80);
        all.GroupBy(c => c.Sentence).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("each sentence is one case");
    }
}
