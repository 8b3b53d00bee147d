using System.Collections.Immutable;
using ClaimCheck.Compare;

namespace ClaimCheck.Report;

/// <summary>Writes a report's document (into a <see cref="ReportSink"/>) and reads it back from a node tree. The field
/// list is documented in docs/report-format.md.</summary>
internal static partial class ReportTree
{
    /// <summary>The report as a node tree; its claims are made as the tree is walked.</summary>
    public static ReportNode From(ClaimCheckReport report) => ReportNodeBuilder.Build(sink => Write(report, sink));

    /// <summary>Writes the report's document into <paramref name="sink"/>.</summary>
    public static void Write(ClaimCheckReport report, ReportSink sink)
    {
        var review = report.Review;
        sink.StartMap();
        sink.Field("schema_version", report.SchemaVersion);
        sink.StartMap("summary");
        sink.Field("articles", report.Articles.Count(a => a.Status == ArticleStatus.Ok))
            .Field("failed", report.Articles.Count(a => a.Status == ArticleStatus.Failed))
            .Field("claims", report.Claims.Length)
            .Field("discrepancies", report.Discrepancies.Length)
            .Field("new", report.Discrepancies.Count(d => review.For(d.Id).IsNew))
            .Field("disappeared", review.Disappeared.Length);
        sink.End();
        // Only the claims and each quantity's values are lists a sink may format side by side: a stretch of another list
        // (of quantities, each with all its values) can be large enough to cost more than it saves.
        sink.StartList("articles");
        foreach (var article in report.Articles) WriteArticle(sink, article);
        sink.End();
        WriteDiscrepancies(sink, "discrepancies", report.Discrepancies, review);
        WriteDiscrepancies(sink, "disappeared", review.Disappeared, review);
        WriteQuantities(sink, report.Quantities);
        var claims = report.Claims;
        sink.Key("claims");
        sink.List(claims.Length, (s, i) => WriteClaim(s, claims[i]));
        sink.End();
    }

    private static void WriteArticle(ReportSink sink, ArticleEntry a)
    {
        sink.StartMap();
        sink.Field("id", a.Id)
            .Field("path", a.Path)
            .Field("status", SnakeCase.Of(a.Status))
            .Field("error", a.Error)
            .Field("outlet", a.Outlet)
            .Field("published", a.Published)
            .Field("claims", a.ClaimCount);
        sink.End();
    }

    private static void WriteDiscrepancies(ReportSink sink, string key, ImmutableArray<Discrepancy> discrepancies, ReportReview review)
    {
        sink.StartList(key);
        foreach (var d in discrepancies) WriteDiscrepancy(sink, d, review);
        sink.End();
    }

    private static void WriteDiscrepancy(ReportSink sink, Discrepancy d, ReportReview review)
    {
        var r = review.For(d.Id);
        sink.StartMap();
        sink.Field("id", d.Id)
            .Field("class", SnakeCase.Of(d.Class))
            .Field("severity", Math.Round(d.Severity, 2, MidpointRounding.AwayFromZero));
        sink.StartMap("quantity");
        sink.Field("description", d.Claims.IsDefaultOrEmpty ? d.Key.ToString() : d.Claims[0].Describe())
            .Field("key", d.Key.ToString());
        sink.End();
        sink.Field("explanation", d.Explanation)
            .Field("status", SnakeCase.Of(r.Status))
            .Field("new", r.IsNew)
            .FieldAlways("note", r.Note)
            .Field("change", r.Change);
        if (!r.CarriedFrom.IsDefaultOrEmpty)
        {
            sink.StartList("carried_from", compact: true);
            foreach (var id in r.CarriedFrom) sink.Scalar(ScalarValue.String(id));
            sink.End();
        }
        sink.StartList("claims");
        foreach (var c in d.Claims) WriteClaim(sink, c);
        sink.End();
        if (d.OtherClaims > 0) sink.Field("other_claims", d.OtherClaims);
        sink.End();
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
