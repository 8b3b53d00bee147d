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
    public static void WriteClaim(ReportSink sink, Claim claim)
    {
        var v = claim.Value;
        var e = claim.Evidence;
        sink.StartMap();
        sink.Field("kind", SnakeCase.Of(claim.Kind))
            .Field("concept", claim.Concept)
            .Field("quantity", claim.Describe())
            .Field("dimension", claim.Dimension)
            .Field("key", claim.Key.ToString())
            .Field("article", e.ArticleId)
            .Field("published", claim.Published);
        sink.StartMap("source");
        sink.Field("name", claim.Source.Name)
            .Field("display", claim.Source.Display)
            .Field("owner", claim.Source.Owner)
            .Field("kind", SnakeCase.Of(claim.Source.Kind));
        sink.StartList("chain", compact: true);
        foreach (var link in claim.Source.Chain) sink.Scalar(new ScalarValue(link, ScalarKind.String));
        sink.End();
        sink.Field("cue", claim.Source.Cue);
        sink.End();
        sink.Field("as_written", v.AsWritten)
            .Field("quote", e.Quote);
        sink.StartMap("scope", compact: true);
        foreach (var entry in claim.Scope) sink.Field(SnakeCase.Of(entry.Role), entry.Name);
        sink.End();
        if (claim.Kind == ClaimKind.Date)
            sink.Field("value", Day(v.Value)).Field("low", Day(v.Low)).Field("high", Day(v.High));
        else
            sink.Field("value", v.Value).Field("low", v.Low).Field("high", v.High);
        sink.Field("low_inclusive", v.LowInclusive)
            .Field("high_inclusive", v.HighInclusive)
            .Field("unit", v.Unit)
            .Field("written_unit", v.WrittenUnit)
            .Field("qualifier", SnakeCase.Of(v.Qualifier))
            .Field("conversion", v.Conversion);
        if (claim.RefersTo is { } date)
        {
            sink.StartMap("refers_to");
            sink.Field("text", date.Text)
                .Field("start", date.Start)
                .Field("length", date.Length)
                .Field("earliest", date.Earliest)
                .Field("latest", date.Latest)
                .Field("relative", date.IsRelative);
            sink.End();
        }
        sink.StartMap("span", compact: true);
        sink.Field("start", e.Span.Start).Field("length", e.Span.Length);
        sink.End();
        sink.StartMap("sentence", compact: true);
        sink.Field("index", e.SentenceIndex).Field("start", e.SentenceSpan.Start).Field("length", e.SentenceSpan.Length);
        sink.End();
        sink.End();
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
