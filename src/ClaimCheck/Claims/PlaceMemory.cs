using ClaimCheck.Recognize.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// The places an article has named so far, by type, so that "the capital" (the capital of the country last named),
/// "the city" or "the town" (the last one named) resolve to the place they stand for. One per article.
/// </summary>
internal sealed class PlaceMemory(Gazetteer gazetteer, ClaimVocabulary vocabulary)
{
    private string? _country, _city, _town, _any;

    /// <summary>The sentence's places in text order, with each place word replaced by the place it stands for (when known).</summary>
    public List<EntityMention> WithAnaphora(SentenceContext context, IEnumerable<EntityMention> named, List<PhraseMatcher<string>.Match> anaphora)
    {
        var places = named.ToList();
        if (anaphora.Count == 0) return places;
        foreach (var a in anaphora)
        {
            // A name standing right after the place word is its apposition ("the capital, Kabul"): the name itself is already a place.
            if (places.Any(p => p.Span.Start >= a.Span.End && context.WordsBetween(a.Span.End, p.Span.Start) <= 1 && p.Span.Start - a.Span.End <= 3))
                continue;
            if (places.Any(p => p.Span.Overlaps(a.Span))) continue;
            var earlier = places.Where(p => p.Span.End <= a.Span.Start).ToList();
            string? resolved = a.Value switch
            {
                "capital" => CapitalOf(earlier.Select(p => p.Canonical).LastOrDefault(IsCountry) ?? _country),
                "city" or "port" => earlier.Select(p => p.Canonical).LastOrDefault(n => !IsCountry(n)) ?? _city ?? _any,
                "town" => earlier.Select(p => p.Canonical).LastOrDefault(n => !IsCountry(n)) ?? _town ?? _city ?? _any,
                // A point a distance is measured from that no gazetteer holds ("the epicentre", "the front line"): its own name.
                var point => point,
            };
            if (resolved is not null)
                places.Add(new EntityMention(a.Span.Slice(context.Text), a.Span, EntityKind.Place, resolved));
        }
        places.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return places;
    }

    /// <summary>"Haiti's capital": the capital of the country named right before it, as a place of its own.</summary>
    public void AddOwnedCapitals(SentenceContext context, List<EntityMention> places)
    {
        for (int i = 0, n = places.Count; i < n; i++)
        {
            var p = places[i];
            if (!ScopeFinder.IsPossessive(context.Text, p.Span.End) || !IsCountry(p.Canonical)) continue;
            var next = context.Words.FirstOrDefault(w => w.Start > p.Span.End + 1);
            if (next.Length == 0 || !next.Slice(context.Text).Equals("capital", StringComparison.OrdinalIgnoreCase)) continue;
            if (CapitalOf(p.Canonical) is { } capital) places.Add(new EntityMention(next.Slice(context.Text), next, EntityKind.Place, capital));
        }
        places.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
    }

    /// <summary>Remembers the places the sentence names.</summary>
    public void Observe(IEnumerable<EntityMention> places)
    {
        foreach (var p in places)
        {
            if (p.Kind != EntityKind.Place) continue;
            switch (TypeOf(p.Canonical))
            {
                case "country": _country = p.Canonical; continue;
                case "city" or "capital": _city = p.Canonical; break;
                case "town" or "village": _town = p.Canonical; break;
                case "province" or "region" or "state" or "river" or "road" or "sea" or "lake" or "mountain": continue;
                default: _town ??= p.Canonical; _city ??= p.Canonical; break;
            }
            _any = p.Canonical;
        }
    }

    private string? CapitalOf(string? country) =>
        country is not null && vocabulary.Capitals.TryGetValue(ClaimKey.Norm(country), out var capital) ? capital : null;

    private bool IsCountry(string name) => TypeOf(name) == "country";

    // Resolving a name through the gazetteer tokenizes and matches it: done once per gazetteer and name, not per article.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Gazetteer, System.Collections.Concurrent.ConcurrentDictionary<string, string?>> Types = new();

    private string? TypeOf(string name) =>
        Types.GetValue(gazetteer, static _ => new(StringComparer.Ordinal)).GetOrAdd(name, static (n, g) => g.Resolve(n)?.Type, gazetteer);
}
