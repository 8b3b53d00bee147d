using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Compare;

namespace ClaimCheck.Report;

public sealed partial class HtmlReportWriter
{
    // Up to this many sources, every source's claims are shown open; past it, each source is a line to unfold.
    private const int OpenSources = 8;

    /// <summary>The consolidated view: per quantity claimed more than once, its range, most conservative figure, independent sources and values.</summary>
    private static void Quantities(StringBuilder h, ImmutableArray<QuantitySummary> quantities)
    {
        h.Append("<section id=\"quantities\">\n<h2>Quantities claimed more than once</h2>\n");
        if (quantities.IsDefaultOrEmpty) h.Append("<p>No quantity is claimed more than once.</p>\n");
        for (int i = 0; i < (quantities.IsDefault ? 0 : quantities.Length); i++)
        {
            var q = quantities[i];
            var conservative = q.MostConservative;
            h.Append(CultureInfo.InvariantCulture, $"<article class=\"quantity\" id=\"q-{i + 1}\">\n<h3>{E(q.Description)}</h3>\n<p class=\"meta\">");
            h.Append(CultureInfo.InvariantCulture, $"{Range(q.Min, q.Max, q.Unit)} &middot; most conservative: <b>{E(conservative.Value.AsWritten)}</b> ({E(conservative.Source.Display)}, article {E(conservative.Evidence.ArticleId)})");
            h.Append(CultureInfo.InvariantCulture, $" &middot; {q.IndependentSources} independent {(q.IndependentSources == 1 ? "source" : "sources")}</p>\n");
            Chart(h, ClaimGroup.Of(q.Claims), q.Unit, legend: true);
            if (!q.RelatedScopes.IsDefaultOrEmpty)
                h.Append(CultureInfo.InvariantCulture, $"<p class=\"copies\">Not compared with the same count in other scopes: {E(string.Join(", ", q.RelatedScopes))}</p>");
            h.Append("</article>\n");
        }
        h.Append("</section>\n");
    }

    /// <summary>"range 10,800 to 12,500 people", "at least 10,800 people (no upper bound)", "up to 40 km".</summary>
    internal static string Range(double? min, double? max, string unit)
    {
        static string N(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
        return (min, max) switch
        {
            (double lo, double hi) => E($"range {N(lo)} to {N(hi)} {unit}"),
            (double lo, null) => E($"at least {N(lo)} {unit} (no upper bound)"),
            (null, double hi) => E($"up to {N(hi)} {unit}"),
            _ => "no bounds",
        };
    }

    /// <summary>Every claim, grouped by its source (most claims first); a source's repeated claims (syndicated copies) once each, with a count.</summary>
    private static void ClaimsBySource(StringBuilder h, ImmutableArray<Claim> claims)
    {
        h.Append("<section id=\"sources\">\n<h2>Claims by source</h2>\n");
        if (claims.IsDefaultOrEmpty) h.Append("<p>No claims.</p>\n");
        var sources = (claims.IsDefault ? [] : claims).GroupBy(c => c.Source.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        bool open = sources.Count <= OpenSources;
        for (int s = 0; s < sources.Count; s++)
        {
            var source = sources[s];
            var first = source.First().Source;
            int count = source.Count();
            h.Append(CultureInfo.InvariantCulture, $"<details class=\"source\" id=\"s-{s + 1}\"{(open ? " open" : "")}><summary><b>{E(source.Key)}</b> ");
            h.Append(CultureInfo.InvariantCulture, $"<span class=\"meta\">{E(SnakeCase.Of(first.Kind).Replace('_', ' '))} &middot; {count} {(count == 1 ? "claim" : "claims")}</span></summary>\n<ul class=\"claims\">\n");
            foreach (var (c, copies, articles) in ClaimGroup.Of(source))
            {
                h.Append(CultureInfo.InvariantCulture, $"<li><span class=\"value\">{E(c.Value.AsWritten)}</span> &middot; {E(c.Describe())} <span class=\"copies\">");
                h.Append(copies > 1 ? Copies(copies, articles) : "article " + E(c.Evidence.ArticleId));
                h.Append("</span><blockquote>").Append(Highlighted(c)).Append("</blockquote></li>\n");
            }
            h.Append("</ul></details>\n");
        }
        h.Append("</section>\n");
    }

    private static void Articles(StringBuilder h, ClaimCheckReport report)
    {
        h.Append("<section id=\"articles\">\n<h2>Articles</h2>\n<table class=\"articles\"><tr><th>Id</th><th>Status</th><th>Outlet</th><th>Published</th><th>Claims</th><th>Path</th></tr>\n");
        foreach (var a in report.Articles)
        {
            var status = a.Status == ArticleStatus.Ok ? "ok" : $"<span class=\"failed\">failed: {E(a.Error ?? "")}</span>";
            var published = a.Published is DateOnly p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            h.Append(CultureInfo.InvariantCulture,
                $"<tr><td data-label=\"Id\">{E(a.Id)}</td><td data-label=\"Status\">{status}</td><td data-label=\"Outlet\">{E(a.Outlet ?? "")}</td><td data-label=\"Published\">{published}</td><td data-label=\"Claims\">{a.ClaimCount}</td><td data-label=\"Path\">{E(a.Path ?? "")}</td></tr>\n");
        }
        h.Append("</table>\n</section>\n");
    }
}
