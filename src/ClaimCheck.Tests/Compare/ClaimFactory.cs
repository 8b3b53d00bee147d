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

    public static DistanceClaim Distance(string from, string to, ClaimValue value, string article, string source = "Outlet", SourceKind kind = SourceKind.Outlet, bool party = false) =>
        new() { From = from, To = to, FromIsParty = party, Value = value, Source = Source.Of(source, kind), Evidence = Evidence(article) };

    public static CountClaim Count(string ev, ClaimValue value, string article, string source = "Outlet", SourceKind kind = SourceKind.Outlet, string? where = null, DateOnly? published = null) =>
        new() { Event = ev, Counted = "people", Where = where, Value = value, Source = Source.Of(source, kind), Evidence = Evidence(article), Published = published };

    public static DateMention Day(int y, int m, int d) => new() { Text = "day", Start = 0, Length = 3, Earliest = new(y, m, d), Latest = new(y, m, d) };

    private static Evidence Evidence(string article)
    {
        int start = Interlocked.Add(ref _offset, 10);
        return new Evidence(article, 0, "quote", new TextSpan(start, 5), new TextSpan(0, 100));
    }
}
