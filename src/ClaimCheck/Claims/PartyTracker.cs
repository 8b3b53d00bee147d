using ClaimCheck.Recognize.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Resolves the armed party a distance is about: the nearest party named before the figure in its sentence
/// (an armed group or government from the entity recognizer, else a side word such as "rebels" or "troops"),
/// with pronouns ("they", "them") referring back to the last party named, in this sentence or an earlier one.
/// </summary>
internal sealed class PartyTracker
{
    private string? _last;
    // The mentions of the sentence last asked about: its figures and then Observe ask about the same sentence.
    private SentenceContext? _mentionsOf;
    private List<Mention> _mentions = [];

    /// <summary>The canonical party the figure at <paramref name="offset"/> is about, or null when none is named.</summary>
    public string? PartyBefore(SentenceContext context, int offset)
    {
        var mentions = Mentions(context);
        int nearest = mentions.Count - 1;
        while (nearest >= 0 && mentions[nearest].End > offset) nearest--;
        if (nearest < 0) return null;
        if (mentions[nearest].Name is { } named) return named;
        // The nearest mention is a pronoun: the party named before it in this sentence, else the last one named earlier.
        for (int j = nearest - 1; j >= 0; j--)
            if (mentions[j].End <= offset && mentions[j].Name is { } earlier) return earlier;
        return _last;
    }

    /// <summary>Remembers the last party named in the sentence, for pronouns in later sentences.</summary>
    public void Observe(SentenceContext context)
    {
        foreach (var m in Mentions(context))
            if (m.Name is not null) _last = m.Name;
    }

    /// <summary>Whether a party word or pronoun stands between two offsets.</summary>
    public static bool PartyBetween(SentenceContext context, int from, int to) =>
        context.Parties.Any(p => p.Span.Start >= from && p.Span.End <= to) ||
        context.Pronouns.Any(p => p.Span.Start >= from && p.Span.End <= to) ||
        context.Entities.Any(e => IsParty(e) && e.Span.Start >= from && e.Span.End <= to);

    private readonly record struct Mention(int Start, int End, string? Name);

    private List<Mention> Mentions(SentenceContext context)
    {
        if (ReferenceEquals(context, _mentionsOf)) return _mentions;
        var list = new List<Mention>();
        foreach (var g in context.Entities)
            if (IsParty(g)) list.Add(new(g.Span.Start, g.Span.End, g.Canonical));
        int groups = list.Count;
        foreach (var p in context.Parties)
        {
            bool qualified = false, owned = false, named = false;
            for (int i = 0; i < groups; i++)
            {
                // "Taliban forces", "Russian troops": the named group right before the side word is the party.
                qualified |= list[i].End <= p.Span.Start && context.WordsBetween(list[i].End, p.Span.Start) == 0;
                // "M23 rebels" as one name: the side word is part of the group's name.
                named |= TextSpan.FromBounds(list[i].Start, list[i].End).Overlaps(p.Span);
            }
            // "its forces", "their fighters": the side word belongs to whoever the pronoun refers to.
            foreach (var r in context.Pronouns)
                owned |= r.Span.End <= p.Span.Start && context.WordsBetween(r.Span.End, p.Span.Start) == 0;
            if (!qualified && !owned && !named) list.Add(new(p.Span.Start, p.Span.End, p.Value));
        }
        foreach (var p in context.Pronouns) list.Add(new(p.Span.Start, p.Span.End, null));
        list.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        (_mentionsOf, _mentions) = (context, list);
        return list;
    }

    private static bool IsParty(EntityMention e) =>
        e.Kind == EntityKind.Organisation && e.Role == SourceKind.ArmedGroup;
}
