using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Report;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Report;

/// <summary>
/// A report shaped like the ones that broke the layout: a wire figure syndicated by forty outlets, a source with a
/// very long name, large counts and an open-ended one, a distance in km, and the consolidated quantities.
/// </summary>
internal static class ReportLayoutSamples
{
    private const string MinistryQuote = "About 12,000 people fled Khartoum, the disaster management ministry said.";

    private const string WireQuote = "More than 250,000 people have fled Khartoum, according to the International Federation of Red Cross and Red Crescent Societies.";

    // Built from the sample count so that they depend only on what every claim has (value, source, evidence).
    private static Claim Wire(string articleId) => ReportSamples.CountA with
    {
        Value = new ClaimValue("More than 250,000 people", 250_000, 250_000, null, "people", Qualifier.MoreThan) { LowInclusive = false },
        Source = Source.Of("International Federation of Red Cross and Red Crescent Societies", SourceKind.Monitor, "according to"),
        Evidence = new Evidence(articleId, 2, WireQuote, new TextSpan(200, 24), new TextSpan(200, WireQuote.Length)),
    };

    public static Claim Ministry => ReportSamples.CountA with
    {
        Value = new ClaimValue("about 12,000 people", 12_000, 11_500, 12_500, "people", Qualifier.Approximately),
        Source = Source.Of("disaster management ministry", SourceKind.Government, "said"),
        Evidence = new Evidence("khartoum_daily_2024_06_21_displacement_update_from_the_ministry", 0, MinistryQuote, new TextSpan(0, 19), new TextSpan(0, MinistryQuote.Length)),
    };

    public static ClaimCheckReport Report()
    {
        Claim[] wires = [.. Enumerable.Range(1, 40).Select(i => Wire($"outlet-{i:00}-syndicated-wire-copy"))];
        Claim[] counts = [Ministry, .. wires];
        var flood = new Discrepancy("d-0f100d5a", Ministry.Key, DiscrepancyClass.Contradiction,
            "The disaster management ministry puts the number of people who fled Khartoum at about 12,000; the IFRC says more than 250,000. Both cannot hold.",
            0.81, [.. counts]);
        Claim[] claims = [.. counts, ReportSamples.DistanceA, ReportSamples.DistanceB];
        return ReportSamples.Report(flood, ReportSamples.Distance) with
        {
            Claims = [.. claims],
            Quantities = [.. ClaimComparer.Default.Summarize(claims)],
        };
    }
}
