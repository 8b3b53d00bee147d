using ClaimCheck.Articles;
using ClaimCheck.Compare;
using ClaimCheck.Pipeline;

namespace ClaimCheck.Tests.Pipeline;

/// <summary>The library's surface as a developer meets it: options through the builder, clear argument errors.</summary>
public sealed class PipelineApiTests
{
    private static readonly Article[] TwoFigures =
    [
        new("a", "Floods displaced 10,000 people in Sylhet, officials said."),
        new("b", "Floods displaced 10,500 people in Sylhet, the Red Crescent said."),
    ];

    [Fact]
    public void ConfigureComparison_WiderTolerance_NoLongerFlagsACloseFigure()
    {
        // 10,000 and 10,500 differ by about 5%: flagged at the default 2% tolerance, not at 5%.
        new ClaimCheckPipelineBuilder().Build().Check(TwoFigures).Discrepancies.Should().ContainSingle();

        var tolerant = new ClaimCheckPipelineBuilder().ConfigureComparison(o => o with { Tolerance = 0.05 }).Build();

        tolerant.Check(TwoFigures).Discrepancies.Should().BeEmpty();
    }

    [Fact]
    public void ConfigureComparison_CallsCompose()
    {
        var builder = new ClaimCheckPipelineBuilder()
            .ConfigureComparison(o => o with { Tolerance = 0.05 })
            .ConfigureComparison(o => o with { MinSeverity = 0.3 });
        ComparisonOptions? seen = null;
        builder.ConfigureComparison(o => seen = o);

        seen.Should().Be(ComparisonOptions.Default with { Tolerance = 0.05, MinSeverity = 0.3 });
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void ConfigureComparison_ToleranceOutOfRange_NamesTheSetting(double tolerance)
    {
        var act = () => new ClaimCheckPipelineBuilder().ConfigureComparison(o => o with { Tolerance = tolerance });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Tolerance");
    }

    [Fact]
    public void Article_NullOrBlankId_IsRefused()
    {
        ((Action)(() => _ = new Article(null!, "text"))).Should().Throw<ArgumentNullException>().WithParameterName("Id");
        ((Action)(() => _ = new Article("  ", "text"))).Should().Throw<ArgumentException>().WithParameterName("Id");
        ((Action)(() => _ = new Article("a", null!))).Should().Throw<ArgumentNullException>().WithParameterName("Text");
    }
}
