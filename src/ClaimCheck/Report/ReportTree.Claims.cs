using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Report;

internal static partial class ReportTree
{
    /// <summary>One claim, readable on its own: who, in which article, the words as written, the quote, then the normalised value.</summary>
    public static ReportMap ClaimNode(Claim claim)
    {
        var v = claim.Value;
        var e = claim.Evidence;
        var chain = new ReportList { Compact = true };
        foreach (var link in claim.Source.Chain) chain.Add(new ReportScalar(link, ScalarKind.String));
        var map = new ReportMap(24)
            .Add("kind", SnakeCase.Of(claim.Kind))
            .Add("concept", claim.Concept)
            .Add("quantity", claim.Describe())
            .Add("dimension", claim.Dimension)
            .Add("key", claim.Key.ToString())
            .Add("article", e.ArticleId)
            .Add("published", claim.Published)
            .Add("source", new ReportMap(6)
                .Add("name", claim.Source.Name)
                .Add("display", claim.Source.Display)
                .Add("owner", claim.Source.Owner)
                .Add("kind", SnakeCase.Of(claim.Source.Kind))
                .Add("chain", chain)
                .Add("cue", claim.Source.Cue))
            .Add("as_written", v.AsWritten)
            .Add("quote", e.Quote);
        var scope = new ReportMap { Compact = true };
        foreach (var entry in claim.Scope) scope.Add(SnakeCase.Of(entry.Role), entry.Name);
        map.Add("scope", scope);
        if (claim.Kind == ClaimKind.Date)
            map.Add("value", Day(v.Value)).Add("low", Day(v.Low)).Add("high", Day(v.High));
        else
            map.Add("value", v.Value).Add("low", v.Low).Add("high", v.High);
        map
            .Add("low_inclusive", v.LowInclusive)
            .Add("high_inclusive", v.HighInclusive)
            .Add("unit", v.Unit)
            .Add("written_unit", v.WrittenUnit)
            .Add("qualifier", SnakeCase.Of(v.Qualifier))
            .Add("conversion", v.Conversion);
        if (claim.RefersTo is { } date)
        {
            map.Add("refers_to", new ReportMap()
                .Add("text", date.Text)
                .Add("start", date.Start)
                .Add("length", date.Length)
                .Add("earliest", date.Earliest)
                .Add("latest", date.Latest)
                .Add("relative", date.IsRelative));
        }
        map.Add("span", new ReportMap { Compact = true }.Add("start", e.Span.Start).Add("length", e.Span.Length));
        map.Add("sentence", new ReportMap { Compact = true }
            .Add("index", e.SentenceIndex).Add("start", e.SentenceSpan.Start).Add("length", e.SentenceSpan.Length));
        return map;
    }

    private static DateOnly? Day(double? dayNumber) => dayNumber is { } d ? DateOnly.FromDayNumber((int)d) : null;

    private static double? DayNumber(ReportMap m, string key) => m.Date(key) is { } d ? d.DayNumber : null;

    public static Claim ReadClaim(ReportMap m)
    {
        var kind = SnakeCase.Parse<ClaimKind>(m.RequiredString("kind"), "kind");
        var s = m.Map("source") ?? throw new ReportFormatException("claim: missing 'source'");
        var chain = s.List("chain").Select(n => (n as ReportScalar)?.Text ?? throw new ReportFormatException("'chain' holds only names")).ToImmutableArray();
        var name = s.RequiredString("name");
        var source = new Source(name, SnakeCase.Parse<SourceKind>(s.String("kind") ?? "unknown", "source kind"), chain.IsEmpty ? [name] : chain, s.String("cue"))
        {
            Owner = s.String("owner"),
        };
        if (s.String("display") is { } display) source = source with { Display = display };
        bool isDate = kind == ClaimKind.Date;
        var value = new ClaimValue(
            m.RequiredString("as_written"),
            isDate ? DayNumber(m, "value") : m.Double("value"),
            isDate ? DayNumber(m, "low") : m.Double("low"),
            isDate ? DayNumber(m, "high") : m.Double("high"),
            m.String("unit") ?? "",
            SnakeCase.Parse<Qualifier>(m.String("qualifier") ?? "exact", "qualifier"), m.String("conversion"))
        {
            LowInclusive = m.Bool("low_inclusive", true),
            HighInclusive = m.Bool("high_inclusive", true),
            WrittenUnit = m.String("written_unit"),
        };
        var span = m.Map("span");
        var sentence = m.Map("sentence");
        var evidence = new Evidence(
            m.RequiredString("article"),
            sentence?.Int("index") ?? 0,
            m.String("quote") ?? "",
            new TextSpan(span?.Int("start") ?? 0, span?.Int("length") ?? 0),
            new TextSpan(sentence?.Int("start") ?? 0, sentence?.Int("length") ?? 0));
        DateMention? refersTo = m.Map("refers_to") is { } r
            ? new DateMention
            {
                Text = r.RequiredString("text"),
                Start = r.Int("start"),
                Length = r.Int("length"),
                Earliest = r.Date("earliest"),
                Latest = r.Date("latest"),
                IsRelative = r.Bool("relative", false),
            }
            : null;
        var scope = ImmutableArray.CreateBuilder<ScopeEntry>();
        if (m.Map("scope") is { } sm)
            foreach (var (role, node) in sm.Entries)
                scope.Add(new ScopeEntry(SnakeCase.Parse<ScopeRole>(role, "scope role"),
                    (node as ReportScalar)?.Text ?? throw new ReportFormatException($"scope '{role}' should be a name")));
        var claim = new Claim
        {
            Kind = kind,
            Concept = m.RequiredString("concept"),
            Dimension = m.RequiredString("dimension"),
            Scope = scope.ToImmutable(),
            Description = m.String("quantity") ?? m.RequiredString("concept"),
            Value = value,
            Source = source,
            Evidence = evidence,
        };
        return claim with { RefersTo = refersTo, Published = m.Date("published") };
    }

    public static ClaimKey ParseKey(string text)
    {
        try { return ClaimKey.Parse(text); }
        catch (FormatException e) { throw new ReportFormatException(e.Message); }
    }
}
