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
        var map = new ReportMap()
            .Add("kind", SnakeCase.Of(claim.Kind))
            .Add("quantity", claim.Describe())
            .Add("key", claim.Key.ToString())
            .Add("article", e.ArticleId)
            .Add("published", claim.Published)
            .Add("source", new ReportMap()
                .Add("name", claim.Source.Name)
                .Add("kind", SnakeCase.Of(claim.Source.Kind))
                .Add("chain", chain)
                .Add("cue", claim.Source.Cue))
            .Add("as_written", v.AsWritten)
            .Add("quote", e.Quote)
            .Add("value", v.Value)
            .Add("low", v.Low)
            .Add("high", v.High)
            .Add("low_inclusive", v.LowInclusive)
            .Add("high_inclusive", v.HighInclusive)
            .Add("unit", v.Unit)
            .Add("written_unit", v.WrittenUnit)
            .Add("qualifier", SnakeCase.Of(v.Qualifier))
            .Add("conversion", v.Conversion);
        switch (claim)
        {
            case DistanceClaim d:
                map.Add("from", d.From).Add("to", d.To).Add("from_is_party", d.FromIsParty);
                break;
            case CountClaim c:
                map.Add("event", c.Event).Add("counted", c.Counted).Add("where", c.Where);
                break;
        }
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

    public static Claim ReadClaim(ReportMap m)
    {
        var kind = SnakeCase.Parse<ClaimKind>(m.RequiredString("kind"), "kind");
        var s = m.Map("source") ?? throw new ReportFormatException("claim: missing 'source'");
        var chain = s.List("chain").Select(n => (n as ReportScalar)?.Text ?? throw new ReportFormatException("'chain' holds only names")).ToImmutableArray();
        var name = s.RequiredString("name");
        var source = new Source(name, SnakeCase.Parse<SourceKind>(s.String("kind") ?? "unknown", "source kind"), chain.IsEmpty ? [name] : chain, s.String("cue"));
        var value = new ClaimValue(
            m.RequiredString("as_written"), m.Double("value"), m.Double("low"), m.Double("high"), m.String("unit") ?? "",
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
        Claim claim = kind switch
        {
            ClaimKind.Distance => new DistanceClaim
            {
                From = m.RequiredString("from"),
                To = m.RequiredString("to"),
                FromIsParty = m.Bool("from_is_party", false),
                Value = value, Source = source, Evidence = evidence,
            },
            ClaimKind.Count => new CountClaim
            {
                Event = m.RequiredString("event"),
                Counted = m.RequiredString("counted"),
                Where = m.String("where"),
                Value = value, Source = source, Evidence = evidence,
            },
            _ => throw new ReportFormatException($"claims of kind '{kind}' cannot be read back yet"),
        };
        return claim with { RefersTo = refersTo, Published = m.Date("published") };
    }

    public static ClaimKey ParseKey(string text)
    {
        int colon = text.IndexOf(':');
        if (colon <= 0) throw new ReportFormatException($"quantity key '{text}' should look like 'kind:subject'");
        return new ClaimKey(SnakeCase.Parse<ClaimKind>(text[..colon], "quantity key"), text[(colon + 1)..]);
    }
}
