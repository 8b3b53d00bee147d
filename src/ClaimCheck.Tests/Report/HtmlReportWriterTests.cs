using ClaimCheck.Claims;
using ClaimCheck.Report;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Report;

public sealed class HtmlReportWriterTests
{
    internal static string Write(ClaimCheckReport report)
    {
        var writer = new StringWriter();
        HtmlReportWriter.Default.Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void Write_HostileQuote_IsEscapedEverywhere()
    {
        const string quote = "<script>alert('x')</script> Militia said 300 <b>fighters</b> & \"more\" massed near Goma.";
        var hostile = ReportSamples.CountA with
        {
            Evidence = new Evidence("goma<img src=x onerror=alert(1)>", 0, quote, new TextSpan(41, 3), new TextSpan(0, quote.Length)),
        };
        var report = ReportSamples.Report(ReportSamples.Distance with { Claims = [hostile, ReportSamples.DistanceA] }) with { Claims = [hostile] };

        var html = Write(report);

        html.Should().NotContain("<script>").And.NotContain("<img").And.NotContain("<b>fighters");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Militia said <mark>300</mark> &lt;b&gt;fighters&lt;/b&gt; &amp; &quot;more&quot; massed near Goma.");
    }

    [Fact]
    public void Highlighted_SpanInsideSentence_MarksTheFigure()
    {
        // DistanceA: the figure "60 km" at article offset 122, sentence starting at 100: quote offset 22.
        HtmlReportWriter.Highlighted(ReportSamples.DistanceA).Should().Be("The camp at Tawila is <mark>60 km</mark> from El Fasher, the UN said.");
    }

    [Fact]
    public void Write_Discrepancy_HasSidesNumberLineAndNoScripts()
    {
        var html = Write(ReportSamples.Report(ReportSamples.Distance));

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<article class=\"discrepancy\" id=\"d-5e1f0a27\" data-class=\"contradiction\">");
        html.Should().Contain("<svg class=\"numberline\"").And.Contain("<div class=\"sides\">");
        html.Should().NotContain("<script").And.NotContain("http://").And.NotContain("https://");
    }

    [Fact]
    public void Write_SameReportTwice_IsByteIdentical() =>
        Write(ReportSamples.Report(ReportSamples.Distance)).Should().Be(Write(ReportSamples.Report(ReportSamples.Distance)));
}

public sealed class HtmlReportLayoutTests
{
    private static readonly ClaimCheckReport Sample = ReportLayoutSamples.Report();
    private static readonly string Html = HtmlReportWriterTests.Write(Sample);
    private static readonly string FloodTitle = System.Net.WebUtility.HtmlEncode(ReportLayoutSamples.Ministry.Describe());

    [Fact]
    public void Write_SyndicatedCopies_OneCardWithTheCountInsteadOfForty()
    {
        var flood = Html[Html.IndexOf("id=\"d-0f100d5a\"", StringComparison.Ordinal)..Html.IndexOf("id=\"d-5e1f0a27\"", StringComparison.Ordinal)];

        System.Text.RegularExpressions.Regex.Count(flood, "<div class=\"claim\"").Should().Be(2);
        flood.Should().Contain("&times; 40 copies, in outlet-01-syndicated-wire-copy, outlet-02-syndicated-wire-copy, outlet-03-syndicated-wire-copy, outlet-04-syndicated-wire-copy, outlet-05-syndicated-wire-copy and 35 more articles");
        System.Text.RegularExpressions.Regex.Count(flood, "<circle ").Should().Be(2, "one chart row per group of copies");
    }

    [Fact]
    public void Write_Contents_LinksEverySectionAndDiscrepancy()
    {
        Html.Should().Contain("<nav class=\"toc\" aria-label=\"Contents\">")
            .And.Contain($"<li><a href=\"#d-0f100d5a\">{FloodTitle}</a> &middot; contradiction</li>")
            .And.Contain($"<li><a href=\"#quantities\">Quantities claimed more than once</a> ({Sample.Quantities.Length})</li>")
            .And.Contain("<li><a href=\"#sources\">Claims by source</a> (43)</li>")
            .And.Contain("<li><a href=\"#articles\">Articles</a> (3)</li>");
        Html.Should().Contain("<section id=\"quantities\">").And.Contain("<section id=\"sources\">").And.Contain("<section id=\"articles\">");
    }

    [Fact]
    public void Write_Quantities_RangeMostConservativeAndLegend()
    {
        var quantities = Html[Html.IndexOf("<section id=\"quantities\">", StringComparison.Ordinal)..Html.IndexOf("<section id=\"sources\">", StringComparison.Ordinal)];

        var flood = Sample.Quantities.Single(q => q.Key == ReportLayoutSamples.Ministry.Key);
        quantities.Should().Contain($"<h3>{System.Net.WebUtility.HtmlEncode(flood.Description)}</h3>")
            .And.Contain("most conservative: <b>about 12,000 people</b> (the disaster management ministry, article khartoum_daily_2024_06_21_displacement_update_from_the_ministry)")
            .And.Contain("<ol class=\"legend\">")
            .And.Contain("International Federation of Red Cross and Red Crescent Societies: <b>More than 250,000 people</b> <span class=\"copies\">&times; 40 copies");
    }

    [Fact]
    public void Write_ClaimsBySource_MostClaimsFirstCopiesCollapsed()
    {
        var sources = Html[Html.IndexOf("<section id=\"sources\">", StringComparison.Ordinal)..Html.IndexOf("<section id=\"articles\">", StringComparison.Ordinal)];

        sources.Should().Contain("<details class=\"source\" id=\"s-1\" open><summary><b>International Federation of Red Cross and Red Crescent Societies</b> <span class=\"meta\">monitor &middot; 40 claims</span></summary>");
        System.Text.RegularExpressions.Regex.Count(sources, "<li>").Should().Be(4, "40 copies are one line; the ministry, OCHA and the officials one each");
    }

    [Fact]
    public void Write_Chart_IsAsWideAsItsCardWithRoundTicksAndUnits()
    {
        Html.Should().Contain("<svg class=\"numberline\" role=\"img\" aria-label=\"reported values, in people\" width=\"100%\"");
        Html.Should().Contain(">0</text>").And.Contain(">100k</text>").And.Contain(">300k</text>").And.Contain("<text class=\"unit\"");
        Html.Should().Contain(">40 km</text>").And.Contain(">45 km</text>").And.Contain(">60 km</text>");
    }

    [Theory]
    [InlineData(10_800d, 300_000d, "people", "range 10,800 to 300,000 people")]
    [InlineData(10_800d, null, "people", "at least 10,800 people (no upper bound)")]
    [InlineData(null, 40.5, "km", "up to 40.5 km")]
    public void Range_SaysWhatTheBoundsAre(double? min, double? max, string unit, string expected) =>
        HtmlReportWriter.Range(min, max, unit).Should().Be(expected);
}

public sealed class AxisTicksTests
{
    [Theory]
    [InlineData(12_000, 250_000, new[] { 0d, 100_000, 200_000, 300_000 })]       // far apart: from zero
    [InlineData(40, 60, new[] { 40d, 45, 50, 55, 60 })]                           // close: round ends around the values
    [InlineData(24.5, 40.5, new[] { 20d, 25, 30, 35, 40, 45 })]
    [InlineData(1_200_000, 1_250_000, new[] { 1_200_000d, 1_220_000, 1_240_000, 1_260_000 })]
    [InlineData(0.3, 0.7, new[] { 0d, 0.2, 0.4, 0.6, 0.8 })]
    [InlineData(-3, 5, new[] { -4d, -2, 0, 2, 4, 6 })]                            // a temperature below zero
    [InlineData(7, 7, new[] { 0d, 2, 4, 6, 8 })]                                  // one value
    public void For_GivesRoundTicksCoveringTheValues(double low, double high, double[] expected) =>
        AxisTicks.For(low, high).Ticks.Should().Equal(expected);

    [Theory]
    [InlineData(300_000, "people", "300k")]
    [InlineData(3_500_000, "people", "3.5M")]
    [InlineData(2_000_000_000, "dollars", "2bn")]
    [InlineData(1_500, "km", "1,500 km")]
    [InlineData(45, "%", "45%")]
    [InlineData(2.5, "°C", "2.5 °C")]
    public void Label_IsShortRoundAndHasAShortUnit(double value, string unit, string expected) =>
        AxisTicks.Label(value, unit).Should().Be(expected);
}
