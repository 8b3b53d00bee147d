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
        foreach (var c in ClaimDataCases.Load().Where(c => c.Gap is null)) data.Add(c.ToString());
        return data;
    }

    public static TheoryData<string> Gaps()
    {
        var data = new TheoryData<string>();
        foreach (var c in ClaimDataCases.Load().Where(c => c.Gap is not null)) data.Add(c.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Gaps))]
    public void Analyze_KnownGap_StillMissesTheExpectedClaims_MoveItOutWhenFixed(string id)
    {
        var c = ClaimDataCases.Load().Single(x => x.ToString() == id);
        Actual(c).Should().NotBe(Lines(c.Expected), "the gap is closed ({0}): remove the 'gap:' line", c.Gap);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_DataSentence_GivesExactClaims(string id)
    {
        var c = ClaimDataCases.Load().Single(x => x.ToString() == id);
        var claims = Analyze(c);
        Lines(claims.Select(ClaimDataCases.Describe)).Should().Be(Lines(c.Expected), c.Sentence);
        if (c.Source is { } source)
            claims.Select(x => x.Source.Name).Should().AllBe(source, "the source of: " + c.Sentence);
    }

    private static System.Collections.Immutable.ImmutableArray<ClaimCheck.Claims.Claim> Analyze(ClaimDataCases.Case c) =>
        ClaimCheckPipeline.Default.Analyze(new Article("t", c.Sentence, new ArticleMetadata(Outlet: "Test Wire", Published: c.Published))).Claims;

    private static string Actual(ClaimDataCases.Case c) => Lines(Analyze(c).Select(ClaimDataCases.Describe));

    private static string Lines(IEnumerable<string> xs) => string.Join(" | ", xs.Order(StringComparer.Ordinal));

    [Fact]
    public void Load_DataFiles_HoldAtLeast300Sentences_AndAtLeast80WithNoClaim()
    {
        var all = ClaimDataCases.Load().ToList();
        all.Should().HaveCountGreaterThanOrEqualTo(300);
        all.Count(c => c.Expected.Count == 0).Should().BeGreaterThanOrEqualTo(80);
        all.GroupBy(c => c.Sentence).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty("each sentence is one case");
    }
}
