using System.Collections.Immutable;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;

namespace ClaimCheck.Attribution;

/// <summary>
/// Turns entity mentions, pronouns ("he said") and definite descriptions ("the monitor added") into sources,
/// looking back over the sentence and the sentences before it (a source named two sentences earlier still speaks).
/// </summary>
internal sealed class SourceResolver(SegmentedArticle document, IReadOnlyList<EntityMention> entities, AttributionVocabulary vocabulary)
{
    private const int SentencesBack = 3;
    private readonly string _text = document.NormalizedText;

    public SourceRef FromMention(EntityMention m)
    {
        var (body, voice) = BodyBefore(m);
        // "UNHCR spokesperson Olga Sarrado", "Kremlin spokesman Dmitry Peskov": the body speaks through its spokesperson.
        if (voice && body is not null && m.Kind == EntityKind.Person)
            return FromMention(body) with { Position = m.Span.Start, Speaker = m.Canonical };
        return new SourceRef(m.Canonical, KindOf(m), m.Span.Start, body is null ? [] : [body.Canonical]);
    }

    private static SourceKind KindOf(EntityMention m) =>
        m.Role != SourceKind.Unknown ? m.Role
        : m.Kind switch { EntityKind.Person => SourceKind.Witness, EntityKind.Place => SourceKind.Government, _ => SourceKind.Unknown };

    /// <summary>
    /// "Kremlin spokesman Dmitry Peskov", "the UN's World Food Program": the body named right before the source, and
    /// whether a spokesperson's title stands between them.
    /// </summary>
    private (EntityMention? Body, bool Voice) BodyBefore(EntityMention m)
    {
        var titles = EntityWords.PersonTitles;
        int i = m.Span.Start;
        int guard = 0;
        bool voice = false;
        Span<char> buffer = stackalloc char[WordLookups.LowerBuffer];
        while (i > 0 && guard++ < 6)
        {
            int end = i;
            while (end > 0 && _text[end - 1] == ' ') end--;
            int start = end;
            while (start > 0 && (char.IsLetterOrDigit(_text[start - 1]) || _text[start - 1] is '-' or '\'')) start--;
            if (start == end) break;
            var word = _text.AsSpan(start, end - start);
            var before = EntityEndingAt(end, m.Span.Start);
            if (before is { Kind: EntityKind.Organisation } org) return (org, voice);
            bool owner = word.EndsWith("'s", StringComparison.Ordinal);
            var bare = WordLookups.Lower(owner ? word[..^2] : word, buffer);
            if (!titles.Contains(bare) && !owner) break;
            voice |= vocabulary.Spokespeople.Contains(bare);
            i = start;
        }
        return (null, false);
    }

    private EntityMention? EntityEndingAt(int end, int before)
    {
        // The name right before another one is among the last few that start before it: no scan of the article.
        int from = FirstStartingAt(entities, Math.Min(end, before)) - 1;
        for (int i = from; i >= 0 && i > from - 4; i--)
        {
            var e = entities[i];
            int gap = end - e.Span.End;
            if (gap is 0 or 2 && (gap == 0 || _text.AsSpan(e.Span.End, 2).Equals("'s", StringComparison.OrdinalIgnoreCase))) return e;
        }
        return null;
    }

    /// <summary>The entity a pronoun or a definite description refers to, or null.</summary>
    /// <param name="word">"he", "she", "it", "they", or a generic noun ("monitor", "agency", "ministry").</param>
    /// <param name="position">Article offset of the word.</param>
    /// <param name="within">When the word stands in a quotation: the quotation's bounds; antecedents must lie inside.</param>
    public SourceRef? Resolve(ReadOnlySpan<char> word, int position, (int Start, int End)? within)
    {
        var wanted = EntityKind.Organisation;
        SourceKind? kind = null;
        bool agency = false, group = false;
        if (vocabulary.PersonPronouns.Contains(word)) wanted = EntityKind.Person;
        else if (vocabulary.OrganisationPronouns.Contains(word)) { }
        else if (vocabulary.GenericSources.TryGetValue(word, out var generic)) (kind, agency, group) = (generic, word is "agency" or "agencies", word is "group");
        else return null;

        var sentence = document.SentenceAt(position);
        int earliest = sentence is null ? 0 : document.Sentences[Math.Max(0, sentence.Index - SentencesBack)].Span.Start;
        if (within is { } w) earliest = Math.Max(earliest, w.Start);
        EntityMention? any = null;
        for (int i = LastStartingBefore(position); i >= 0; i--)
        {
            var e = entities[i];
            if (e.Span.End > position) continue;
            if (e.Span.Start < earliest) break;
            if (e.Kind != wanted || kind is { } k && !Compatible(agency, group, k, e.Role)) continue;
            if (IsSpeaker(e)) return FromMention(e);
            any ??= e;
        }
        return any is null ? null : FromMention(any);
    }

    private int LastStartingBefore(int position) => FirstStartingAt(entities, position) - 1;

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/> in mentions kept in text order.</summary>
    public static int FirstStartingAt(IReadOnlyList<EntityMention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Whether a body of <paramref name="role"/> is what a generic noun of <paramref name="kind"/> names ("the agency", "the group").</summary>
    private static bool Compatible(bool agency, bool group, SourceKind kind, SourceKind role) =>
        role == kind
        || agency && role is SourceKind.UnAgency or SourceKind.NewsAgency or SourceKind.Government
        || kind == SourceKind.Monitor && group && role is SourceKind.ArmedGroup or SourceKind.Expert
        || kind == SourceKind.Official && role == SourceKind.Government
        || kind == SourceKind.Government && role == SourceKind.Official;

    /// <summary>Whether a mention is the subject of a verb of saying ("X said", "X, a resident, told").</summary>
    public bool IsSpeaker(EntityMention e)
    {
        int i = e.Span.End;
        if (i + 1 < _text.Length && _text[i] == ',')
        {
            int next = _text.IndexOf(',', i + 1, Math.Min(120, _text.Length - i - 1));
            if (next < 0) return false;
            i = next + 1;
        }
        Span<char> buffer = stackalloc char[WordLookups.LowerBuffer];
        for (int words = 0; words < 4 && i < _text.Length; words++)
        {
            while (i < _text.Length && _text[i] == ' ') i++;
            int start = i;
            while (i < _text.Length && char.IsLetter(_text[i])) i++;
            if (start == i) return false;
            var w = WordLookups.Lower(_text.AsSpan(start, i - start), buffer);
            if (vocabulary.SpeechVerbs.Contains(w)) return true;
            if (!vocabulary.VerbFillers.Contains(w)) return false;
        }
        return false;
    }
}
