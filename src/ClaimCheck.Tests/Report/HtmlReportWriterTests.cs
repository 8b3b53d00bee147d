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
