using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Compare;

/// <summary>Builds claims by hand for comparer tests: the values below are what a reader takes from the text.</summary>
internal static class ClaimFactory
{
    private static int _offset;

    public static ClaimValue Km(string written, double value, Qualifier q = Qualifier.Exact, double? low = null, double? high = null, string? conversion = null, double? conversionKm = null) =>
        new(written, value, low ?? (q is Qualifier.MoreThan or Qualifier.AtLeast or Qualifier.Exact ? value : null), high ?? (q is Qualifier.Exact or Qualifier.LessThan or Qualifier.AtMost ? value : null), "km", q, conversion)
        { ConversionValue = conversionKm };

    public static ClaimValue People(string written, double? value, Qualifier q = Qualifier.Exact, double? low = null, double? high = null) =>
        new(written, value, low ?? value, high ?? (q is Qualifier.MoreThan or Qualifier.AtLeast ? null : value), "people", q);

    public static Claim Distance(string from, string to, ClaimValue value, string article, string source = "Outlet", SourceKind kind = SourceKind.Outlet, bool party = false) =>
        DistanceClaim(from, to, value, Source.Of(source, kind), Evidence(article), party);

    public static Claim Count(string ev, ClaimValue value, string article, string source = "Outlet", SourceKind kind = SourceKind.Outlet, string? where = null, DateOnly? published = null) =>
        CountClaim(ev, "people", where, value, Source.Of(source, kind), Evidence(article)) with { Published = published };

    /// <summary>A distance claim as the claim builder makes it: from a place (or a party) to a place, in km.</summary>
    public static Claim DistanceClaim(string from, string to, ClaimValue value, Source source, Evidence evidence, bool party = false) => new()
    {
        Kind = ClaimKind.Distance,
        Concept = "distance",
        Dimension = "length",
        Scope = [new(party ? ScopeRole.Party : ScopeRole.From, from), new(ScopeRole.To, to)],
        Description = $"distance from {from} to {to}",
        Value = value,
        Source = source,
        Evidence = evidence,
    };

    /// <summary>A count claim as the claim builder makes it: a concept, a counted noun and an optional place.</summary>
    public static Claim CountClaim(string concept, string counted, string? where, ClaimValue value, Source source, Evidence evidence) => new()
    {
        Kind = ClaimKind.Count,
        Concept = concept,
        Dimension = "count/" + counted,
        Scope = where is null ? [] : [new(ScopeRole.Place, where)],
        Description = $"number of {counted} {concept}" + (where is null ? "" : $" in {where}"),
        Value = value,
        Source = source,
        Evidence = evidence,
    };

    public static DateMention Day(int y, int m, int d) => new() { Text = "day", Start = 0, Length = 3, Earliest = new(y, m, d), Latest = new(y, m, d) };

    internal static Evidence Evidence(string article)
    {
        int start = Interlocked.Add(ref _offset, 10);
        return new Evidence(article, 0, "quote", new TextSpan(start, 5), new TextSpan(0, 100));
    }
}
