using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Resolves the armed party a distance is about: the nearest party named before the figure in its sentence
/// (an armed group or government from the entity recognizer, else a side word such as "rebels" or "troops"),
/// with pronouns ("they", "them") referring back to the last party named, in this sentence or an earlier one.
/// </summary>
/// <remarks>
/// Sentences are read for their parties only when a pronoun needs the last party named before them: most articles never
/// ask, so most sentences are never read for it.
/// </remarks>
/// <param name="contextOf">The context of a sentence remembered without one (a sentence with no figure and no date).</param>
internal sealed class PartyTracker(Func<Sentence, List<EntityMention>, SentenceContext> contextOf)
{
    // The contexts kept in _unread: beyond these, the oldest is read for its last party and let go, so that a long
    // article (a live blog of thousands of figures) does not keep every sentence's context, words and matches alive to
    // its end, which made the collector's work grow faster than the article.
    private const int ContextsKept = 32;

    private string? _last;
    // The sentences observed since _last was brought up to date, oldest first.
    private readonly List<Observed> _unread = [];
    private int _contexts;
    private int _oldestContext;
    // The mentions of the sentence last asked about: its figures ask about the same sentence.
    private SentenceContext? _mentionsOf;
    private List<Mention> _mentions = [];

    /// <summary>A sentence observed: with its context, or without one (made when asked), or already read
    /// (<paramref name="Read"/>, the last party it names in <paramref name="LastParty"/>).</summary>
    private readonly record struct Observed(SentenceContext? Context, Sentence Sentence, List<EntityMention> Entities, bool Read = false, string? LastParty = null);

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
        return LastNamed();
    }

    /// <summary>Remembers a sentence whose last party named is the one pronouns in later sentences refer to.</summary>
    public void Observe(SentenceContext context)
    {
        _unread.Add(new(context, context.Sentence, context.Entities));
        if (++_contexts <= ContextsKept) return;
        // Which party a sentence names does not depend on when it is read (not on the places remembered since).
        while (_unread[_oldestContext].Context is null) _oldestContext++;
        var oldest = _unread[_oldestContext];
        _unread[_oldestContext++] = oldest with { Context = null, Read = true, LastParty = LastParty(Find(oldest.Context!)) };
        _contexts--;
    }

    /// <summary>Remembers a sentence that has no context of its own.</summary>
    public void Observe(Sentence sentence, List<EntityMention> entities) => _unread.Add(new(null, sentence, entities));

    /// <summary>The last party named in the sentences observed, read from the newest back to the first that names one.</summary>
    private string? LastNamed()
    {
        for (int i = _unread.Count - 1; i >= 0; i--)
        {
            var observed = _unread[i];
            var party = observed.Read ? observed.LastParty : LastParty(Find(observed.Context ?? contextOf(observed.Sentence, observed.Entities)));
            if (party is null) continue;
            _last = party;
            break;
        }
        _unread.Clear();
        (_contexts, _oldestContext) = (0, 0);
        return _last;
    }

    /// <summary>The last party named among a sentence's mentions, or null.</summary>
    private static string? LastParty(List<Mention> mentions)
    {
        int last = mentions.FindLastIndex(static m => m.Name is not null);
        return last < 0 ? null : mentions[last].Name;
    }

    /// <summary>Whether a party word or pronoun stands between two offsets.</summary>
    public static bool PartyBetween(SentenceContext context, int from, int to) =>
        context.Parties.Any(p => p.Span.Start >= from && p.Span.End <= to) ||
        context.Pronouns.Any(p => p.Span.Start >= from && p.Span.End <= to) ||
        context.Entities.Any(e => IsParty(e) && e.Span.Start >= from && e.Span.End <= to);

    private readonly record struct Mention(int Start, int End, string? Name);

    private List<Mention> Mentions(SentenceContext context)
    {
        if (!ReferenceEquals(context, _mentionsOf)) (_mentionsOf, _mentions) = (context, Find(context));
        return _mentions;
    }

    private static List<Mention> Find(SentenceContext context)
    {
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
        return list;
    }

    private static bool IsParty(EntityMention e) =>
        e.Kind == EntityKind.Organisation && e.Role == SourceKind.ArmedGroup;
}
