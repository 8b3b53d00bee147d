using System.Collections.Immutable;
using ClaimCheck.Compare;

namespace ClaimCheck.Report;

internal static partial class ReportTree
{
    /// <summary>The consolidated view, one entry per quantity claimed more than once: each source's value side by
    /// side, the range, the most conservative figure and the number of independent sources. Derived from the
    /// claims, so it is written but not read back (the reader recomputes it).</summary>
    public static void WriteQuantities(ReportSink sink, ImmutableArray<QuantitySummary> summaries)
    {
        sink.StartList("quantities");
        foreach (var summary in summaries) WriteSummary(sink, summary);
        sink.End();
    }

    private static void WriteSummary(ReportSink sink, QuantitySummary s)
    {
        var conservative = s.MostConservative;
        sink.StartMap();
        sink.StartMap("quantity");
        sink.Field("description", s.Description).Field("key", s.Key.ToString());
        sink.End();
        sink.Field("unit", s.Unit)
            // As written first: a reader compares "30 km" with "45 km", not with the 29.5 that "30 km" allows.
            .Field("range_as_written", RangeAsWritten(s))
            .Field("min", s.Min)
            .Field("max", s.Max);
        sink.StartMap("most_conservative");
        sink.Field("as_written", conservative.Value.AsWritten)
            .Field("source", conservative.Source.Display)
            .Field("article", conservative.Evidence.ArticleId);
        sink.End();
        sink.Field("independent_sources", s.IndependentSources);
        sink.StartList("related_scopes", compact: true);
        foreach (var k in s.RelatedScopes) sink.Scalar(new ScalarValue(k.ToString(), ScalarKind.String));
        sink.End();
        if (s.OtherRelatedScopes > 0) sink.Field("other_related_scopes", s.OtherRelatedScopes);
        var claims = s.Claims;
        sink.Key("values");
        sink.List(claims.Length, (values, i) => WriteValue(values, claims[i]));
        sink.End();
    }

    private static void WriteValue(ReportSink sink, Claims.Claim c)
    {
        sink.StartMap();
        sink.Field("source", c.Source.Display)
            .Field("article", c.Evidence.ArticleId)
            .Field("published", c.Published)
            .Field("as_written", c.Value.AsWritten)
            .Field("low", c.Value.Low)
            .Field("high", c.Value.High);
        sink.End();
    }

    /// <summary>"30 km to 45 km (28 mi)": the smallest and the largest figure as the sources wrote them, by central value.</summary>
    /// <remarks>As a stable sort would give them: the first of the smallest and the last of the largest.</remarks>
    private static string RangeAsWritten(QuantitySummary s)
    {
        Claims.Claim lowest = s.Claims[0], highest = lowest;
        double min = ValueInterval.Central(lowest.Value), max = min;
        foreach (var c in s.Claims.AsSpan(1, s.Claims.Length - 1))
        {
            double central = ValueInterval.Central(c.Value);
            // CompareTo, as the sort does: NaN before every number.
            if (central.CompareTo(min) < 0) (min, lowest) = (central, c);
            if (central.CompareTo(max) >= 0) (max, highest) = (central, c);
        }
        string low = lowest.Value.AsWritten, high = highest.Value.AsWritten;
        return low == high ? low : $"{low} to {high}";
    }
}
