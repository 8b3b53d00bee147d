using System.Collections.Immutable;
using ClaimCheck.Compare;

namespace ClaimCheck.Report;

internal static partial class ReportTree
{
    /// <summary>The consolidated view, one entry per quantity claimed more than once: each source's value side by
    /// side, the range, the most conservative figure and the number of independent sources. Derived from the
    /// claims, so it is written but not read back (the reader recomputes it).</summary>
    public static ReportList Quantities(ImmutableArray<QuantitySummary> summaries) => new(summaries.Select(SummaryNode));

    private static ReportNode SummaryNode(QuantitySummary s)
    {
        var values = ReportList.Of(s.Claims, ValueNode);
        var conservative = s.MostConservative;
        var map = new ReportMap()
            .Add("quantity", new ReportMap().Add("description", s.Description).Add("key", s.Key.ToString()))
            .Add("unit", s.Unit)
            // As written first: a reader compares "30 km" with "45 km", not with the 29.5 that "30 km" allows.
            .Add("range_as_written", RangeAsWritten(s))
            .Add("min", s.Min)
            .Add("max", s.Max)
            .Add("most_conservative", new ReportMap()
                .Add("as_written", conservative.Value.AsWritten)
                .Add("source", conservative.Source.Display)
                .Add("article", conservative.Evidence.ArticleId))
            .Add("independent_sources", s.IndependentSources)
            .Add("related_scopes", RelatedScopes(s));
        if (s.OtherRelatedScopes > 0) map.Add("other_related_scopes", s.OtherRelatedScopes);
        return map.Add("values", values);
    }

    private static ReportNode ValueNode(Claims.Claim c) => new ReportMap(6)
        .Add("source", c.Source.Display)
        .Add("article", c.Evidence.ArticleId)
        .Add("published", c.Published)
        .Add("as_written", c.Value.AsWritten)
        .Add("low", c.Value.Low)
        .Add("high", c.Value.High);

    /// <summary>"30 km to 45 km (28 mi)": the smallest and the largest figure as the sources wrote them, by central value.</summary>
    private static string RangeAsWritten(QuantitySummary s)
    {
        var ordered = s.Claims.OrderBy(c => ValueInterval.Central(c.Value)).ToList();
        string low = ordered[0].Value.AsWritten, high = ordered[^1].Value.AsWritten;
        return low == high ? low : $"{low} to {high}";
    }

    private static ReportList RelatedScopes(QuantitySummary s)
    {
        var list = new ReportList { Compact = true };
        foreach (var k in s.RelatedScopes) list.Add(new ReportScalar(k.ToString(), ScalarKind.String));
        return list;
    }
}
