using ClaimCheck.Report;

namespace ClaimCheck.Tests.Report;

public sealed class YamlReportWriterTests
{
    private static string Write(ClaimCheckReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        YamlReportWriter.Default.Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void Write_OneDiscrepancy_PrintsTheDocumentedShape()
    {
        var yaml = Write(ReportSamples.Report(ReportSamples.Distance));

        // Worked out from docs/report-format.md: schema_version first, summary, articles, discrepancies with their claims.
        yaml.Should().StartWith("""
            # ClaimCheck report. Edit 'status' (open, confirmed, dismissed) and 'note' of a discrepancy;
            # run again with --previous this-file to keep your edits. Format: docs/report-format.md
            schema_version: "2.0"
            summary:
              articles: 2
              failed: 1
              claims: 3
              discrepancies: 1
              new: 1
              disappeared: 0
            articles:
            - id: sudan-wire
              path: news/sudan-wire.txt
              status: ok
              outlet: Sudan Wire
              published: 2024-05-02
              claims: 2
            - id: darfur-daily
              path: news/darfur-daily.md
              status: ok
              outlet: Darfur Daily
              published: 2024-05-04
              claims: 1
            - id: scan
              path: news/scan.txt
              status: failed
              error: binary content (NUL byte at byte 4), not a text article
              claims: 0
            discrepancies:
            - id: d-5e1f0a27
              class: contradiction
              severity: 0.73
              quantity:
                description: distance from Tawila to El Fasher
                key: distance:distance:length:between=el fasher|tawila
              explanation: OCHA puts Tawila 60 km from El Fasher; officials quoted by Darfur Daily say about 40 km. Both cannot hold.
              status: open
              new: true
              note: null
              claims:
              - kind: distance
                concept: distance
                quantity: distance from Tawila to El Fasher
                dimension: length
                key: distance:distance:length:between=el fasher|tawila
                article: sudan-wire
                published: 2024-05-02
                source:
                  name: OCHA
                  display: OCHA
                  kind: un_agency
                  chain: [OCHA]
                  cue: the UN said
                as_written: 60 km
                quote: The camp at Tawila is 60 km from El Fasher, the UN said.
                scope: {from: Tawila, to: El Fasher}
                value: 60
                low: 60
                high: 60
                low_inclusive: true
                high_inclusive: true
                unit: km
                written_unit: km
                qualifier: exact
                span: {start: 122, length: 5}
                sentence: {index: 3, start: 100, length: 56}
            """.Replace("\r\n", "\n") + "\n");
    }

    [Fact]
    public void Write_Quantities_ShowTheRangeAsTheSourcesWroteIt()
    {
        var report = ReportSamples.Report(ReportSamples.Distance) with
        {
            Quantities = [.. ClaimCheck.Compare.ClaimComparer.Default.Summarize([ReportSamples.DistanceA, ReportSamples.DistanceB])],
        };

        var yaml = Write(report);

        // "40 km" and "60 km" as written, smallest first; min is what "about 40 km" allows (36), not a figure anyone wrote.
        yaml.Should().Contain("  range_as_written: 40 km to 60 km\n  min: 36\n");
    }

    [Fact]
    public void Write_QuoteWithColonHashAndQuotes_ParsesBackToTheSameText()
    {
        var yaml = Write(ReportSamples.Report(ReportSamples.Distance));

        var report = ClaimCheckReportReader.Read(new StringReader(yaml));

        report.Claims[2].Evidence.Quote.Should().Be(ReportSamples.QuoteB);
    }

    [Fact]
    public void Write_SameReportTwice_IsByteIdentical()
    {
        Write(ReportSamples.Report(ReportSamples.Distance)).Should().Be(Write(ReportSamples.Report(ReportSamples.Distance)));
    }

    [Fact]
    public void Write_UnderAnotherCulture_NumbersStayInvariant()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var yaml = Write(ReportSamples.Report(ReportSamples.Distance));
            yaml.Should().Contain("severity: 0.73").And.Contain("low: 3500000");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("1.0", true)]
    [InlineData("yes", true)]
    [InlineData("Null", true)]
    [InlineData("-5", true)]
    [InlineData("", true)]
    [InlineData("2024-05-02", true)]
    [InlineData("0x1F", true)]
    [InlineData("60 km", false)]
    [InlineData("1,200 people", false)]
    [InlineData("Khartoum", false)]
    [InlineData("km", false)]
    public void LooksLikeNonString_ScalarsAYamlReaderWouldRetype_AreQuoted(string text, bool expected) =>
        YamlTree.LooksLikeNonString(text).Should().Be(expected);
}
