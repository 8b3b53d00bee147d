using System.Collections.Immutable;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>
/// Finds the attribution cues of one sentence: "according to X", "citing X", "X said/reported/estimated...",
/// "X put the figure at", "X's figures show", "..., said X", "X told Reuters". A cue counts only when its source
/// can be named: "an estimated 12,000" or "were reported killed" have no speaker and attribute nothing.
/// </summary>
internal sealed partial class CueFinder
{
    private static readonly string[] Prepositions = ["in", "at", "to", "from", "by", "with", "on", "near", "after", "since", "during", "that", "which", "who", "as", "about", "over", "said", "says"];
    private static readonly string[] ClauseOpeners = ["who", "whose", "which", "a", "an", "the", "citing", "quoting", "one", "himself", "herself", "itself", "speaking", "now", "formerly", "also",
        "released", "published", "issued", "compiled", "updated", "seen", "dated", "obtained", "shared"];

    private readonly string _text;
    private readonly SentenceWordList _words;
    private readonly IReadOnlyList<QuoteRegion> _quotes;
    private readonly List<EntityMention> _mentions;

    // Built once per sentence so that every lookup below is constant or logarithmic: the cost stays linear in the
    // sentence's length however many cues it holds.
    private readonly EntityMention?[] _endingAt;
    private readonly int[] _clauseEnd;
    private readonly SourceResolver _resolver;
    private readonly AttributionVocabulary _v;

    public CueFinder(string text, SentenceWordList words, IReadOnlyList<QuoteRegion> quotes, List<EntityMention> mentions, SourceResolver resolver, AttributionVocabulary vocabulary)
    {
        _text = text;
        _words = words;
        _quotes = quotes;
        _mentions = mentions;
        _endingAt = new EntityMention?[words.Count];
        foreach (var m in mentions)
        {
            int k = WordAt(m.Span.End - 1);
            if (m.Span.End > words[k].Start && m.Span.End <= words[k].End) _endingAt[k] ??= m;
        }
        _clauseEnd = new int[words.Count];
        for (int k = words.Count - 1, next = int.MaxValue; k >= 0; k--)
            _clauseEnd[k] = next = words.Lower(k) is "," or ";" ? words[k].Start : next;
        _resolver = resolver;
        _v = vocabulary;
    }

    /// <summary>
    /// The first word at which <see cref="Find"/> can find a cue, or -1: a cue begins only at a speech verb or at the
    /// first word of a "source after" phrase, so a sentence with neither has none and needs no finder.
    /// </summary>
    public static int FirstCueStart(SentenceWordList words, AttributionVocabulary vocabulary)
    {
        var starts = vocabulary.CueStarts;
        for (int i = 0; i < words.Count; i++)
            if (!words[i].IsPunctuation && starts.Contains(words.Lower(i))) return i;
        return -1;
    }

    /// <summary>The cues of the sentence, in order; <paramref name="from"/> skips words known not to begin one.</summary>
    public List<Cue> Find(int from = 0)
    {
        var cues = new List<Cue>();
        var starts = _v.CueStarts;
        for (int i = from; i < _words.Count; i++)
        {
            var w = _words[i];
            if (w.IsPunctuation || !starts.Contains(Lower(w))) continue;
            if (PhraseAt(i) is { } phrase)
            {
                int after = i + phrase.Length;
                if (NounPhraseAfter(after) is { } source)
                {
                    bool citing = phrase[0] is "citing" or "quoting";
                    cues.Add(new Cue(w.Start, _words[after - 1].End, Slice(i, after - 1), source, CueDirection.Both, Region(w.Start), citing, [], []));
                }
                i = after - 1;
                continue;
            }
            if (!_v.SpeechVerbs.Contains(Lower(w)) || w.Capitalised && i == 0) continue;
            // "court records show", "police reports suggest": the first is the document, the second the verb.
            if (_v.DocumentNouns.Contains(Lower(w)) && (i + 1 >= _words.Count || _words[i + 1].IsPunctuation || _v.SpeechVerbs.Contains(Lower(i + 1)))) continue;
            if (_v.WeakVerbs.Contains(Lower(w)) && !FigureIntroducedAfter(i)) continue;
            if (SubjectBefore(i, out int subjectStart, out var inner) is { } subject)
            {
                bool attached = Attached(subjectStart);
                var outer = Lower(w).StartsWith("told", StringComparison.Ordinal) || Lower(w).StartsWith("tell", StringComparison.Ordinal) ? Carrier(i + 1) : null;
                cues.Add(new Cue(w.Start, w.End, Slice(i, i), subject, attached ? CueDirection.Both : CueDirection.Forward, Region(w.Start), false,
                    inner is null ? [] : [inner], outer is null ? [] : [outer], ScopeEnd(subjectStart, i)));
            }
            else if (i > 0 && _words[i - 1].IsPunctuation && Lower(i - 1) is "," or "\"" && NounPhraseAfter(i + 1) is { } inverted)
            {
                cues.Add(new Cue(w.Start, w.End, Slice(i, i), inverted, CueDirection.Backward, Region(w.Start), false, [], []));
            }
        }
        return cues;
    }

    // "..., the UN said", "..., Mayor Klitschko wrote": a reporting clause set off after what it reports.
    private bool Attached(int subjectStart)
    {
        int k = subjectStart - 1;
        for (int steps = 0; k >= 0 && steps < 4 && !_words[k].IsPunctuation; steps++, k--)
            if (!EntityWords.PersonTitles.Contains(Lower(k)) && !_words[k].Capitalised && !_v.Determiners.Contains(Lower(k))) return false;
        return k >= 0 && _words[k].IsPunctuation && Lower(k) is "," or "\"" or "'";
    }

    // "The quake, which officials said was the strongest in a century, destroyed 6,000 buildings": a cue inside a
    // relative clause speaks only up to the clause's end.
    private int ScopeEnd(int subjectStart, int verb)
    {
        if (subjectStart == 0 || Lower(subjectStart - 1) is not ("which" or "who" or "whom" or "that")) return int.MaxValue;
        return verb + 1 < _words.Count ? _clauseEnd[verb + 1] : int.MaxValue;
    }

    public int Region(int offset) => SentenceWords.RegionOf(_quotes, offset);

    public IReadOnlyList<QuoteRegion> Quotes => _quotes;

    private ReadOnlySpan<char> Lower(int k) => _words.Lower(k);

    private ReadOnlySpan<char> Lower(Word w) => _words.Lower(w);

    private string Slice(int from, int to) => _text[_words[from].Start.._words[to].End];

    private string[]? PhraseAt(int i)
    {
        if (!_v.SourceAfterByFirstWord.TryGetValue(Lower(i), out var candidates)) return null;
        foreach (var phrase in candidates)
        {
            if (i + phrase.Length > _words.Count) continue;
            bool all = true;
            for (int k = 0; k < phrase.Length && all; k++) all = !_words[i + k].IsPunctuation && Lower(i + k).SequenceEqual(phrase[k]);
            if (all) return phrase;
        }
        return null;
    }

    // "put the toll at 300", "put them as close as 10 km", "found that": a weak verb attributes only when it introduces a figure or a clause.
    private bool FigureIntroducedAfter(int i)
    {
        if (i + 1 < _words.Count && Lower(i + 1) is "that") return true;
        for (int k = i + 1; k < Math.Min(_words.Count, i + 8); k++)
        {
            if (_words[k].IsPunctuation) return false;
            if (Lower(k) is "at" or "as") return true;
        }
        return false;
    }

    private SourceRef? SubjectBefore(int verb, out int subjectStart, out SourceRef? inner)
    {
        subjectStart = verb;
        inner = null;
        int k = verb - 1;
        while (k >= 0 && !_words[k].IsPunctuation && _v.VerbFillers.Contains(Lower(k)))
        {
            if (_v.PassiveAuxiliaries.Contains(Lower(k))) return null; // "were reported killed": nobody speaks
            k--;
        }
        if (k < 0) return null;
        if (Lower(k) is ",")
        {
            int open = k - 1;
            while (open >= 0 && open > k - 25 && Lower(open) is not ("," or "\"")) open--;
            if (open < 0 || Lower(open) is not "," || open + 1 >= k) return null;
            var first = Lower(open + 1);
            var named = MentionIn(_words[open + 1].Start, _words[k - 1].End);
            // "An M23 spokesman, Lawrence Kanyuka, said": the body named before the apposition speaks through the person.
            if (named is { Kind: EntityKind.Person } voice && WordAt(named.Span.Start) == open + 1 && open >= 1 && _v.Spokespeople.Contains(Lower(open - 1))
                && OrganisationIn(Math.Max(0, open - 5), open - 1) is { } owner)
            {
                subjectStart = WordAt(owner.Span.Start);
                return Determined(_resolver.FromMention(owner) with { Speaker = voice.Canonical, Position = voice.Span.Start }, ref subjectStart);
            }
            // "The UN agency for Palestinian refugees, UNRWA, said": the apposition is the name.
            if (named is not null && WordAt(named.Span.Start) == open + 1 && MentionEndingAt(k - 1) == named)
            {
                subjectStart = open + 1;
                return _resolver.FromMention(named);
            }
            if (!ClauseOpeners.Contains(first) && !EntityWords.PersonTitles.Contains(first)) return null;
            // "Jane Doe, a spokeswoman for the World Food Programme, said": the body speaks through the person.
            if (open >= 1 && MentionEndingAt(open - 1) is { Kind: EntityKind.Person } speaker && SpokespersonApposition(open) is { } body)
            {
                subjectStart = WordAt(speaker.Span.Start);
                return _resolver.FromMention(body) with { Speaker = speaker.Canonical, Position = speaker.Span.Start };
            }
            if (first is "citing" or "quoting") inner = NounPhraseAfter(open + 2);
            int before = open - 1;
            // "Hezbollah's military wing, the Radwan Force, claimed": an unnamed head before a named apposition.
            if (named is not null && first is "the" && before >= 0 && MentionEndingAt(before) is null && !_words[before].Capitalised)
            {
                subjectStart = open + 1;
                return _resolver.FromMention(named);
            }
            k = before;
            if (k < 0) return null;
        }
        if (Lower(k) is ")" && k >= 2 && Lower(k - 2) is "(") k -= 3; // "the Commission (KPU) said"
        if (k < 0 || _words[k].IsPunctuation) return null;
        if (QualifiedSubjectEndingAt(k, out int qualifiedStart) is { } anonymous)
        {
            subjectStart = qualifiedStart;
            return anonymous;
        }
        if (MentionEndingAt(k) is { } m)
        {
            subjectStart = WordAt(m.Span.Start);
            var named = _resolver.FromMention(m);
            bool place = m.Kind == EntityKind.Place;
            // "Pollster Datafolha found": a capitalised description at the sentence start is not part of the name.
            if (subjectStart == 0 && WordAt(m.Span.End - 1) > 0 && m.Role == SourceKind.Unknown && _v.GenericSources.TryGetValue(Lower(0), out var described))
                named = SourceRef.Of(_text[_words[1].Start..m.Span.End], described, _words[1].Start);
            // "the University of Tokyo said": a place at the end of an organisation's name is not the speaker.
            if (place && OrganisationEndingWith(subjectStart) is { } body)
            {
                (named, subjectStart, place) = (body.Source, body.Start, false);
            }
            // "the governor of Hatay said", "a spokesman for the Houthis said": the speaker is the governor, not the place.
            int p = subjectStart - 1;
            if (p >= 0 && Lower(p) is "the") p--;
            if (p >= 1 && Lower(p) is "of" or "in" or "from" or "at" or "for" && _v.GenericSources.TryGetValue(Lower(p - 1), out var headKind))
            {
                int head = p - 1;
                while (head > 0 && head > p - 4 && IsModifier(_words[head - 1])) head--;
                // "a spokeswoman for the International Organization for Migration said": the body itself speaks.
                if (!place && _v.Spokespeople.Contains(Lower(p - 1)))
                {
                    subjectStart = head > 0 && _v.Determiners.Contains(Lower(head - 1)) ? head - 1 : head;
                    return named;
                }
                var generic = Generic(head, k, headKind, out subjectStart);
                return place ? generic with { Owner = named.Name } : generic with { Affiliations = [named.Name] };
            }
            return Determined(named, ref subjectStart);
        }
        if (_v.DocumentNouns.Contains(Lower(k)) && !_v.GenericSources.ContainsKey(Lower(k)))
        {
            // "HTS reports suggested", "Human Rights Watch's latest report says": the document's owner speaks.
            for (int j = k - 1; j >= 0 && j >= k - 3; j--)
            {
                if (MentionEndingAt(j) is { } owner) { subjectStart = WordAt(owner.Span.Start); return Determined(_resolver.FromMention(owner), ref subjectStart); }
                // "court records show", "police data suggest": an unnamed owner names the document.
                if (_v.GenericSources.TryGetValue(Lower(j), out var ownerKind))
                {
                    int start = j;
                    while (start > 0 && start > j - 3 && IsModifier(_words[start - 1])) start--;
                    return Generic(start, k, ownerKind, out subjectStart);
                }
                if (!IsModifier(_words[j]) || _words[j].Capitalised) break;
            }
            return null;
        }
        var word = Lower(k);
        if (_v.PersonPronouns.Contains(word) || _v.OrganisationPronouns.Contains(word))
        {
            subjectStart = k;
            return _resolver.Resolve(word, _words[k].Start, QuoteBounds(_words[k].Start));
        }
        if (_v.GenericSources.TryGetValue(word, out var kind))
        {
            int start = k;
            while (start > 0 && start > k - 4 && IsModifier(_words[start - 1])) start--;
            subjectStart = start;
            if (start > 0 && Lower(start - 1) is "the" && start == k && _resolver.Resolve(word, _words[k].Start, QuoteBounds(_words[k].Start)) is { } known)
            {
                subjectStart = start - 1;
                return known;
            }
            var source = Generic(start, k, kind, out subjectStart);
            // "a spokesman for the federation said", "officials at the ministry said": the phrase opens before the body.
            int p = subjectStart - 1;
            if (p >= 1 && Lower(p) is "of" or "for" or "at" or "from" && _v.GenericSources.TryGetValue(Lower(p - 1), out var headKind))
            {
                int head = p - 1;
                while (head > 0 && head > p - 4 && IsModifier(_words[head - 1])) head--;
                if (_v.Spokespeople.Contains(Lower(p - 1)))
                {
                    subjectStart = head > 0 && _v.Determiners.Contains(Lower(head - 1)) ? head - 1 : head;
                    return source;
                }
                return Generic(head, k, headKind, out subjectStart);
            }
            return source;
        }
        if (QualifiedByPhraseEndingAt(k, out int phraseStart) is { } qualified)
        {
            subjectStart = phraseStart;
            return qualified;
        }
        if (_words[k].Capitalised && !EntityWords.Stopwords.Contains(word))
        {
            int start = k;
            while (start > 0 && _words[start - 1].Capitalised && !_words[start - 1].IsPunctuation) start--;
            subjectStart = start;
            // "Pollster Datafolha found": a sentence-initial description is not part of the name, it gives the kind.
            var described = SourceKind.Witness;
            if (start < k && _v.GenericSources.TryGetValue(Lower(start), out var descriptor)) (described, start) = (descriptor, start + 1);
            return SourceRef.Of(_text[_words[start].Start.._words[k].End], described, _words[start].Start);
        }
        return null;
    }
}
