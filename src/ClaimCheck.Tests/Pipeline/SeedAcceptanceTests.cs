using ClaimCheck.Articles;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Pipeline;

/// <summary>
/// The five sample articles (seeds/) and the disagreements a reader finds in them by hand: Homs-Hama 25 km (000)
/// against 40 km (004); 50,000 displaced (002, UN) against more than 280,000 (004, WFP); the rebels 20 km from
/// Damascus according to HTS against 10 km according to the Syrian Observatory, in one sentence of 001.
/// </summary>
public class SeedAcceptanceTests
{
    private static readonly Lazy<ClaimCheckReport> Report = new(() =>
    {
        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();
        articles.Should().HaveCount(5);
        return ClaimCheckPipeline.Default.Check(articles);
    });

    private static Discrepancy With(Func<Claim, bool> first, Func<Claim, bool> second) =>
        Report.Value.Discrepancies.Should().ContainSingle(d => d.Claims.Any(first) && d.Claims.Any(second)).Subject;

    private static bool In(Claim c, string articlePrefix, string asWritten) =>
        c.Evidence.ArticleId.StartsWith(articlePrefix, StringComparison.Ordinal) && c.Value.AsWritten.Contains(asWritten, StringComparison.Ordinal);

    [Fact]
    public void Seeds_HomsHama25KmVs40Km_FlaggedAsUnitConfusion()
    {
        var d = With(c => In(c, "000", "25 km"), c => In(c, "004", "40 km"));
        d.Class.Should().Be(DiscrepancyClass.UnitConfusion);
        d.Claims.Should().AllSatisfy(c => c.Kind.Should().Be(ClaimKind.Distance));
        d.Claims.Should().AllSatisfy(c => new[] { c.In(ScopeRole.From), c.In(ScopeRole.To) }.Should().BeEquivalentTo("Homs", "Hama"));
    }

    [Fact]
    public void Seeds_Displaced50000Vs280000_FlaggedAsEvolvingFigureWithSources()
    {
        var d = With(c => In(c, "002", "50,000"), c => In(c, "004", "280,000"));
        d.Class.Should().Be(DiscrepancyClass.EvolvingFigure);
        d.Claims.Single(c => In(c, "002", "50,000")).Source.Name.Should().Be("United Nations");
        d.Claims.Single(c => In(c, "004", "280,000")).Source.Name.Should().Be("World Food Programme");
        d.Claims.Single(c => In(c, "004", "280,000")).Value.Qualifier.Should().Be(ClaimCheck.Recognize.Quantities.Qualifier.MoreThan);
    }

    [Fact]
    public void Seeds_Damascus20KmHtsVs10KmSohr_FlaggedAsConflictInArticle()
    {
        var d = With(c => In(c, "001", "20 km"), c => In(c, "001", "10 km"));
        d.Class.Should().Be(DiscrepancyClass.ConflictInArticle);
        d.Claims.Single(c => In(c, "001", "20 km")).Source.Name.Should().Be("Hayat Tahrir al-Sham");
        d.Claims.Single(c => In(c, "001", "10 km")).Source.Name.Should().Be("Syrian Observatory for Human Rights");
        d.Claims.Should().AllSatisfy(c => c.In(ScopeRole.To).Should().Be("Damascus"));
    }

    [Fact]
    public void Seeds_ConversionInParentheses_IsNotAConflict()
    {
        Report.Value.Discrepancies.Should().NotContain(d => d.Class == DiscrepancyClass.InconsistentConversion);
        var homs = Report.Value.Claims.Single(c => In(c, "004", "40 km"));
        homs.Value.Conversion.Should().Be("25 mi");
    }

    [Fact]
    public void Seeds_Rebels10KmFromHama_NotComparedWithDamascus()
    {
        var hama = Report.Value.Claims.Where(c => c.Kind == ClaimKind.Distance).Single(c => In(c, "002", "10 kilometers"));
        hama.In(ScopeRole.To).Should().Be("Hama");
        hama.Source.Name.Should().Be("Associated Press");
        Report.Value.Discrepancies.Should().NotContain(d => d.Claims.Contains(hama));
    }

    [Fact]
    public void Seeds_OnlyTheThreeRealDisagreements_AreFlagged()
    {
        Report.Value.Discrepancies.Should().HaveCount(3, string.Join("\n", Report.Value.Discrepancies.Select(d => d.Explanation)));
    }

    [Fact]
    public void Seeds_SameInputTwice_SameReport()
    {
        var again = ClaimCheckPipeline.Default.Check(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))));
        again.Discrepancies.Select(d => d.Id).Should().Equal(Report.Value.Discrepancies.Select(d => d.Id));
    }
}
