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
    /// <remarks>Adds to <paramref name="places"/> (the sentence's named places, in order) and returns it.</remarks>
    public List<EntityMention> WithAnaphora(SentenceContext context, List<EntityMention> places, List<PhraseMatcher<string>.Match> anaphora)
    {
        if (anaphora.Count == 0) return places;
        foreach (var a in anaphora)
        {
            if (ResolvedElsewhere(context, places, a.Span)) continue;
            string? resolved = a.Value switch
            {
                "capital" => CapitalOf(LastBefore(places, a.Span.Start, country: true) ?? _country),
                "city" or "port" => LastBefore(places, a.Span.Start, country: false) ?? _city ?? _any,
                "town" => LastBefore(places, a.Span.Start, country: false) ?? _town ?? _city ?? _any,
                // A point a distance is measured from that no gazetteer holds ("the epicentre", "the front line"): its own name.
                var point => point,
            };
            if (resolved is not null)
                places.Add(new EntityMention(a.Span.Slice(context.Text), a.Span, EntityKind.Place, resolved));
        }
        places.Sort(static (x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return places;
    }

    /// <summary>Whether a place word is a named place's already: the name overlaps it, or stands right after it as its apposition ("the capital, Kabul").</summary>
    private static bool ResolvedElsewhere(SentenceContext context, List<EntityMention> places, TextSpan word)
    {
        foreach (var p in places)
            if (p.Span.Start >= word.End && context.WordsBetween(word.End, p.Span.Start) <= 1 && p.Span.Start - word.End <= 3)
                return true;
        foreach (var p in places)
            if (p.Span.Overlaps(word)) return true;
        return false;
    }

    /// <summary>The last place (in list order) ending before <paramref name="offset"/> that is a country, or is not one.</summary>
    private string? LastBefore(List<EntityMention> places, int offset, bool country)
    {
        for (int i = places.Count - 1; i >= 0; i--)
            if (places[i].Span.End <= offset && IsCountry(places[i].Canonical) == country) return places[i].Canonical;
        return null;
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

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _types = Types.GetValue(gazetteer, static _ => new(StringComparer.Ordinal));

    private string? TypeOf(string name) => _types.GetOrAdd(name, static (n, g) => g.Resolve(n)?.Type, gazetteer);
}
