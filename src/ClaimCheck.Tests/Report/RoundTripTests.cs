using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Report;

public sealed class RoundTripTests
{
    private static ClaimCheckReport RoundTrip(ClaimCheckReport report, IReportWriter writer)
    {
        var text = new StringWriter();
        writer.Write(report, text);
        return ClaimCheckReportReader.Read(new StringReader(text.ToString()));
    }

    public static TheoryData<string> Formats => new() { "yaml", "json" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_WrittenReport_LoadsBackIntoTheSameModel(string format)
    {
        var withDate = ReportSamples.CountA with
        {
            RefersTo = new DateMention { Text = "on Thursday", Start = 340, Length = 11, Earliest = new DateOnly(2024, 5, 2), Latest = new DateOnly(2024, 5, 2), IsRelative = true },
        };
        var discrepancy = ReportSamples.Distance with { Severity = 0.73 };
        var original = ReportSamples.Report(discrepancy) with { Claims = [ReportSamples.DistanceA, withDate, ReportSamples.DistanceB] };

        var back = RoundTrip(original, ReportWriters.ForFormat(format)!);

        back.SchemaVersion.Should().Be("1.1");
        back.Articles.Should().Equal(original.Articles);
        back.Claims.Should().Equal(original.Claims);
        back.Discrepancies.Should().ContainSingle();
        var d = back.Discrepancies[0];
        d.Should().Be(discrepancy); // id, class and claims
        d.Key.Should().Be(discrepancy.Key);
        d.Explanation.Should().Be(discrepancy.Explanation);
        d.Severity.Should().Be(0.73);
        back.Review.For(d.Id).Should().Be(new DiscrepancyReview(ReviewStatus.Open, null, IsNew: true));
    }

    [Fact]
    public void Read_YamlAndJsonOfOneReport_GiveEqualModels()
    {
        var report = ReportSamples.Report(ReportSamples.Distance);

        var fromYaml = RoundTrip(report, YamlReportWriter.Default);
        var fromJson = RoundTrip(report, JsonReportWriter.Default);

        fromJson.Claims.Should().Equal(fromYaml.Claims);
        fromJson.Articles.Should().Equal(fromYaml.Articles);
        fromJson.Discrepancies.Should().Equal(fromYaml.Discrepancies);
    }

    [Fact]
    public void Read_JournalistEditedStatusAndNote_AreRead()
    {
        var text = new StringWriter();
        YamlReportWriter.Default.Write(ReportSamples.Report(ReportSamples.Distance), text);
        var edited = text.ToString()
            .Replace("  status: open\n", "  status: confirmed\n", StringComparison.Ordinal)
            .Replace("  note: null\n", "  note: 'Called OCHA: they measured by road.'\n", StringComparison.Ordinal);

        var back = ClaimCheckReportReader.Read(new StringReader(edited));

        back.Review.For("d-5e1f0a27").Should().Be(new DiscrepancyReview(ReviewStatus.Confirmed, "Called OCHA: they measured by road.", IsNew: true));
    }

    [Fact]
    public void TryRead_WrongSchemaVersion_SaysWhich()
    {
        ClaimCheckReportReader.TryRead(new StringReader("schema_version: \"2.0\"\n"), out _, out var problem).Should().BeFalse();

        problem.Should().Be("schema_version 2.0 is not supported (this version reads 1.x)");
    }

    [Fact]
    public void TryRead_UnknownStatus_ListsTheAllowedOnes()
    {
        var yaml = "schema_version: \"1.0\"\ndiscrepancies:\n- id: d-1\n  class: contradiction\n  quantity: {key: 'count:killed|people|*'}\n  status: maybe\n";

        ClaimCheckReportReader.TryRead(new StringReader(yaml), out _, out var problem).Should().BeFalse();

        problem.Should().Be("'status' must be one of open, confirmed, dismissed, not 'maybe'");
    }

    [Fact]
    public void Read_ClaimKeyOfAParty_KeepsItsSubject()
    {
        var party = ReportSamples.DistanceA with { From = "rebel columns", FromIsParty = true };
        var report = ReportSamples.Report() with { Claims = [party] };

        var back = RoundTrip(report, YamlReportWriter.Default);

        back.Claims.Should().ContainSingle().Which.Key.Should().Be(new ClaimKey(ClaimKind.Distance, "party:rebel columns|el fasher"));
    }
}
