using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Claims;

/// <summary>
/// Resolves the armed party a distance is about: the nearest party named before the figure in its sentence
/// (an armed group or government from the entity recognizer, else a side word such as "rebels" or "troops"),
/// with pronouns ("they", "them") referring back to the last party named, in this sentence or an earlier one.
/// </summary>
internal sealed class PartyTracker
{
    private string? _last;

    /// <summary>The canonical party the figure at <paramref name="offset"/> is about, or null when none is named.</summary>
    public string? PartyBefore(SentenceContext context, int offset)
    {
        var mentions = Mentions(context).Where(m => m.End <= offset).ToList();
        if (mentions.Count == 0) return null;
        if (mentions[^1].Name is { } named) return named;
        // The nearest mention is a pronoun: the party named before it in this sentence, else the last one named earlier.
        for (int j = mentions.Count - 2; j >= 0; j--)
            if (mentions[j].Name is { } earlier) return earlier;
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

    private IEnumerable<Mention> Mentions(SentenceContext context)
    {
        var list = new List<Mention>();
        var groups = context.Entities.Where(IsParty).ToList();
        foreach (var g in groups) list.Add(new(g.Span.Start, g.Span.End, g.Canonical));
        foreach (var p in context.Parties)
        {
            // "HTS forces", "Russian troops": the named group right before the side word is the party.
            bool qualified = groups.Any(g => g.Span.End <= p.Span.Start && context.WordsBetween(g.Span.End, p.Span.Start) == 0);
            // "its forces", "their fighters": the side word belongs to whoever the pronoun refers to.
            bool owned = context.Pronouns.Any(r => r.Span.End <= p.Span.Start && context.WordsBetween(r.Span.End, p.Span.Start) == 0);
            // "M23 rebels" as one name: the side word is part of the group's name.
            bool named = groups.Any(g => g.Span.Overlaps(p.Span));
            if (!qualified && !owned && !named) list.Add(new(p.Span.Start, p.Span.End, p.Value));
        }
        foreach (var p in context.Pronouns) list.Add(new(p.Span.Start, p.Span.End, null));
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return list;
    }

    private static bool IsParty(EntityMention e) =>
        e.Kind == EntityKind.Organisation && e.Role == SourceKind.ArmedGroup;
}
