using ClaimCheck.Tests.Compare;
using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Report;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Report;

/// <summary>Hand-built claims and discrepancies: the recognizers are other stages' work, the writers only print.</summary>
internal static class ReportSamples
{
    // "The camp at Tawila is 60 km from El Fasher, the UN said." : "60 km" starts at 22.
    public const string QuoteA = "The camp at Tawila is 60 km from El Fasher, the UN said.";

    // "40 km" starts at 24. Special characters on purpose: a colon-space, a hash, quotes and a leading dash must stay valid YAML.
    public const string QuoteB = "Officials: \"Tawila lies 40 km west\" # of El Fasher - or so they say.";

    public static Claim DistanceA => ClaimFactory.DistanceClaim("Tawila", "El Fasher",
        new ClaimValue("60 km", 60, 60, 60, "km", Qualifier.Exact) { WrittenUnit = "km" },
        Source.Of("OCHA", SourceKind.UnAgency, "the UN said"),
        new Evidence("sudan-wire", 3, QuoteA, new TextSpan(122, 5), new TextSpan(100, QuoteA.Length))) with { Published = new DateOnly(2024, 5, 2) };

    public static Claim DistanceB => ClaimFactory.DistanceClaim("Tawila", "El Fasher",
        new ClaimValue("40 km", 40, 40, 40, "km", Qualifier.Approximately) { WrittenUnit = "km" },
        new Source("officials", SourceKind.Official, ["officials", "Darfur Daily"], "Officials:"),
        new Evidence("darfur-daily", 0, QuoteB, new TextSpan(24, 5), new TextSpan(0, QuoteB.Length))) with { Published = new DateOnly(2024, 5, 4) };

    public static Claim CountA => ClaimFactory.CountClaim("displaced", "people", "Khartoum",
        new ClaimValue("more than 3.5 million people", 3_500_000, 3_500_000, null, "people", Qualifier.MoreThan) { LowInclusive = false },
        Source.Of("IOM", SourceKind.UnAgency, "according to"),
        new Evidence("sudan-wire", 5, "More than 3.5 million people have fled Khartoum, according to IOM.", new TextSpan(300, 28), new TextSpan(300, 67)))
        with { Published = new DateOnly(2024, 5, 2) };

    public static Discrepancy Distance => new("d-5e1f0a27", DistanceA.Key, DiscrepancyClass.Contradiction,
        "OCHA puts Tawila 60 km from El Fasher; officials quoted by Darfur Daily say about 40 km. Both cannot hold.", 0.7349,
        [DistanceA, DistanceB]);

    public static ClaimCheckReport Report(params Discrepancy[] discrepancies) => new(
        ClaimCheckReport.CurrentSchemaVersion,
        [
            new ArticleEntry("sudan-wire", "news/sudan-wire.txt", ArticleStatus.Ok, null, "Sudan Wire", new DateOnly(2024, 5, 2), 2),
            new ArticleEntry("darfur-daily", "news/darfur-daily.md", ArticleStatus.Ok, null, "Darfur Daily", new DateOnly(2024, 5, 4), 1),
            new ArticleEntry("scan", "news/scan.txt", ArticleStatus.Failed, "binary content (NUL byte at byte 4), not a text article"),
        ],
        [DistanceA, CountA, DistanceB],
        [.. discrepancies]);
}
