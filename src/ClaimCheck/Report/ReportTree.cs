using System.Collections.Immutable;
using ClaimCheck.Compare;

namespace ClaimCheck.Report;

/// <summary>Maps a report to its document tree and back. The field list is documented in docs/report-format.md.</summary>
internal static partial class ReportTree
{
    public static ReportMap From(ClaimCheckReport report)
    {
        var root = new ReportMap().Add("schema_version", report.SchemaVersion);
        var review = report.Review;
        var summary = new ReportMap()
            .Add("articles", report.Articles.Count(a => a.Status == ArticleStatus.Ok))
            .Add("failed", report.Articles.Count(a => a.Status == ArticleStatus.Failed))
            .Add("claims", report.Claims.Length)
            .Add("discrepancies", report.Discrepancies.Length)
            .Add("new", report.Discrepancies.Count(d => review.For(d.Id).IsNew))
            .Add("disappeared", review.Disappeared.Length);
        root.Add("summary", summary);
        root.Add("articles", new ReportList(report.Articles.Select(ArticleNode)));
        root.Add("discrepancies", Discrepancies(report.Discrepancies, review));
        root.Add("disappeared", Discrepancies(review.Disappeared, review));
        root.Add("quantities", Quantities(report.Quantities));
        root.Add("claims", ReportList.Of(report.Claims, ClaimNode));
        return root;
    }

    private static ReportNode ArticleNode(ArticleEntry a) => new ReportMap(7)
        .Add("id", a.Id)
        .Add("path", a.Path)
        .Add("status", SnakeCase.Of(a.Status))
        .Add("error", a.Error)
        .Add("outlet", a.Outlet)
        .Add("published", a.Published)
        .Add("claims", a.ClaimCount);

    private static ReportList Discrepancies(ImmutableArray<Discrepancy> discrepancies, ReportReview review) =>
        new(discrepancies.Select(d => (ReportNode)DiscrepancyNode(d, review)));

    private static ReportMap DiscrepancyNode(Discrepancy d, ReportReview review)
    {
        var r = review.For(d.Id);
        var claims = new ReportList();
        foreach (var c in d.Claims) claims.Add(ClaimNode(c));
        var map = new ReportMap()
            .Add("id", d.Id)
            .Add("class", SnakeCase.Of(d.Class))
            .Add("severity", Math.Round(d.Severity, 2, MidpointRounding.AwayFromZero))
            .Add("quantity", new ReportMap()
                .Add("description", d.Claims.IsDefaultOrEmpty ? d.Key.ToString() : d.Claims[0].Describe())
                .Add("key", d.Key.ToString()))
            .Add("explanation", d.Explanation)
            .Add("status", SnakeCase.Of(r.Status))
            .Add("new", r.IsNew)
            .AddAlways("note", r.Note)
            .Add("change", r.Change);
        if (CarriedFrom(r) is { } from) map.Add("carried_from", from);
        map.Add("claims", claims);
        if (d.OtherClaims > 0) map.Add("other_claims", d.OtherClaims);
        return map;
    }

    private static ReportList? CarriedFrom(DiscrepancyReview r)
    {
        if (r.CarriedFrom.IsDefaultOrEmpty) return null;
        var list = new ReportList { Compact = true };
        foreach (var id in r.CarriedFrom) list.Add(new ReportScalar(id, ScalarKind.String));
        return list;
    }

    public static ClaimCheckReport ToReport(ReportMap root)
    {
        var version = root.RequiredString("schema_version");
        if (!version.StartsWith("2.", StringComparison.Ordinal))
            throw new ReportFormatException($"schema_version {version} is not supported (this version reads 2.x; a 1.x report was written by ClaimCheck before the general claim model: run once without --previous)");
        var articles = root.List("articles").Select(n => AsMap(n, "articles")).Select(m => new ArticleEntry(
            m.RequiredString("id"),
            m.String("path"),
            SnakeCase.Parse<ArticleStatus>(m.RequiredString("status"), "status"),
            m.String("error"),
            m.String("outlet"),
            m.Date("published"),
            m.Int("claims"))).ToImmutableArray();
        var reviews = ImmutableDictionary.CreateBuilder<string, DiscrepancyReview>(StringComparer.Ordinal);
        var discrepancies = ReadDiscrepancies(root, "discrepancies", reviews);
        var disappeared = ReadDiscrepancies(root, "disappeared", reviews);
        var claims = root.List("claims").Select(n => ReadClaim(AsMap(n, "claims"))).ToImmutableArray();
        return new ClaimCheckReport(version, articles, claims, discrepancies)
        {
            Review = new ReportReview(reviews.ToImmutable(), disappeared),
            Quantities = [.. ClaimComparer.Default.Summarize(claims)],
        };
    }

    private static ImmutableArray<Discrepancy> ReadDiscrepancies(ReportMap root, string section, ImmutableDictionary<string, DiscrepancyReview>.Builder reviews)
    {
        var result = ImmutableArray.CreateBuilder<Discrepancy>();
        foreach (var node in root.List(section))
        {
            var m = AsMap(node, section);
            var id = m.RequiredString("id");
            var quantity = m.Map("quantity") ?? throw new ReportFormatException($"discrepancy {id}: missing 'quantity'");
            var claims = m.List("claims").Select(n => ReadClaim(AsMap(n, "claims"))).ToImmutableArray();
            result.Add(new Discrepancy(
                id,
                ParseKey(quantity.RequiredString("key")),
                SnakeCase.Parse<DiscrepancyClass>(m.RequiredString("class"), "class"),
                m.String("explanation") ?? "",
                m.Double("severity") ?? 0,
                claims) { OtherClaims = m.Int("other_claims") });
            reviews[id] = new DiscrepancyReview(
                SnakeCase.Parse<ReviewStatus>(m.String("status") ?? "open", "status"),
                string.IsNullOrEmpty(m.String("note")) ? null : m.String("note"),
                m.Bool("new", fallback: false))
            {
                Change = m.String("change"),
                CarriedFrom = [.. m.List("carried_from").Select(n => (n as ReportScalar)?.Text ?? throw new ReportFormatException("'carried_from' holds only ids"))],
            };
        }
        return result.ToImmutable();
    }

    internal static ReportMap AsMap(ReportNode node, string section) =>
        node as ReportMap ?? throw new ReportFormatException($"every entry of '{section}' should be a mapping");
}
