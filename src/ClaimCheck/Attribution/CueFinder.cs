using System.Collections.Immutable;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>
/// Finds the attribution cues of one sentence: "according to X", "citing X", "X said/reported/estimated...",
/// "X put the figure at", "X's figures show", "..., said X", "X told Reuters". A cue counts only when its source
/// can be named: "an estimated 12,000" or "were reported killed" have no speaker and attribute nothing.
/// </summary>
internal sealed class CueFinder
{
    private static readonly string[] Prepositions = ["in", "at", "to", "from", "by", "with", "on", "near", "after", "since", "during", "that", "which", "who", "as", "about", "over", "said", "says"];
    private static readonly string[] ClauseOpeners = ["who", "whose", "which", "a", "an", "the", "citing", "quoting", "one", "himself", "herself", "itself", "speaking", "now", "formerly", "also",
        "released", "published", "issued", "compiled", "updated", "seen", "dated", "obtained", "shared"];

    private readonly string _text;
    private readonly List<Word> _words;
    private readonly List<QuoteRegion> _quotes;
    private readonly List<EntityMention> _mentions;
    private readonly SourceResolver _resolver;
    private readonly AttributionVocabulary _v;

    public CueFinder(string text, List<Word> words, List<QuoteRegion> quotes, List<EntityMention> mentions, SourceResolver resolver, AttributionVocabulary vocabulary)
    {
        _text = text;
        _words = words;
        _quotes = quotes;
        _mentions = mentions;
        _resolver = resolver;
        _v = vocabulary;
    }

    public List<Cue> Find()
    {
        var cues = new List<Cue>();
        for (int i = 0; i < _words.Count; i++)
        {
            var w = _words[i];
            if (w.IsPunctuation) continue;
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
            if (!_v.SpeechVerbs.Contains(w.Lower) || w.Capitalised && i == 0) continue;
            if (_v.WeakVerbs.Contains(w.Lower) && !FigureIntroducedAfter(i)) continue;
            if (SubjectBefore(i, out int subjectStart, out var inner) is { } subject)
            {
                bool attached = Attached(subjectStart);
                var outer = w.Lower.StartsWith("told", StringComparison.Ordinal) || w.Lower.StartsWith("tell", StringComparison.Ordinal) ? Carrier(i + 1) : null;
                cues.Add(new Cue(w.Start, w.End, Slice(i, i), subject, attached ? CueDirection.Both : CueDirection.Forward, Region(w.Start), false,
                    inner is null ? [] : [inner], outer is null ? [] : [outer], ScopeEnd(subjectStart, i)));
            }
            else if (i > 0 && _words[i - 1] is { IsPunctuation: true, Lower: "," or "\"" } && NounPhraseAfter(i + 1) is { } inverted)
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
            if (!EntityVocabulary.Default.PersonTitles.Contains(_words[k].Lower) && !_words[k].Capitalised && !_v.Determiners.Contains(_words[k].Lower)) return false;
        return k >= 0 && _words[k] is { IsPunctuation: true, Lower: "," or "\"" or "'" };
    }

    // "The quake, which officials said was the strongest in a century, destroyed 6,000 buildings": a cue inside a
    // relative clause speaks only up to the clause's end.
    private int ScopeEnd(int subjectStart, int verb)
    {
        if (subjectStart == 0 || _words[subjectStart - 1].Lower is not ("which" or "who" or "whom" or "that")) return int.MaxValue;
        for (int k = verb + 1; k < _words.Count; k++)
            if (_words[k].Lower is "," or ";") return _words[k].Start;
        return int.MaxValue;
    }

    public int Region(int offset) => SentenceWords.RegionOf(_quotes, offset);

    public IReadOnlyList<QuoteRegion> Quotes => _quotes;

    private string Slice(int from, int to) => _text[_words[from].Start.._words[to].End];

    private string[]? PhraseAt(int i)
    {
        foreach (var phrase in _v.SourceAfter)
        {
            if (i + phrase.Length > _words.Count) continue;
            bool all = true;
            for (int k = 0; k < phrase.Length && all; k++) all = !_words[i + k].IsPunctuation && _words[i + k].Lower == phrase[k];
            if (all) return phrase;
        }
        return null;
    }

    // "put the toll at 300", "put them as close as 10 km": a weak verb attributes only when it introduces a figure.
    private bool FigureIntroducedAfter(int i)
    {
        for (int k = i + 1; k < Math.Min(_words.Count, i + 8); k++)
        {
            if (_words[k].IsPunctuation) return false;
            if (_words[k].Lower is "at" or "as") return true;
        }
        return false;
    }

    private SourceRef? SubjectBefore(int verb, out int subjectStart, out SourceRef? inner)
    {
        subjectStart = verb;
        inner = null;
        int k = verb - 1;
        while (k >= 0 && !_words[k].IsPunctuation && _v.VerbFillers.Contains(_words[k].Lower))
        {
            if (_v.PassiveAuxiliaries.Contains(_words[k].Lower)) return null; // "were reported killed": nobody speaks
            k--;
        }
        if (k < 0) return null;
        if (_words[k].Lower == ",")
        {
            int open = k - 1;
            while (open >= 0 && open > k - 25 && _words[open].Lower is not ("," or "\"")) open--;
            if (open < 0 || _words[open].Lower != "," || open + 1 >= k) return null;
            string first = _words[open + 1].Lower;
            var named = MentionIn(_words[open + 1].Start, _words[k - 1].End);
            // "The UN agency for Palestinian refugees, UNRWA, said": the apposition is the name.
            if (named is not null && WordAt(named.Span.Start) == open + 1 && MentionEndingAt(k - 1) == named)
            {
                subjectStart = open + 1;
                return _resolver.FromMention(named);
            }
            if (!ClauseOpeners.Contains(first) && !EntityVocabulary.Default.PersonTitles.Contains(first)) return null;
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
        if (_words[k].Lower == ")" && k >= 2 && _words[k - 2].Lower == "(") k -= 3; // "the Commission (KPU) said"
        if (k < 0 || _words[k].IsPunctuation) return null;
        if (MentionEndingAt(k) is { } m)
        {
            subjectStart = WordAt(m.Span.Start);
            // "the governor of Hatay said", "a spokesman for the Houthis said": the speaker is the governor, not the place.
            int p = subjectStart - 1;
            if (p >= 0 && _words[p].Lower is "the") p--;
            if (p >= 1 && _words[p].Lower is "of" or "in" or "from" or "at" or "for" && _v.GenericSources.TryGetValue(_words[p - 1].Lower, out var headKind))
            {
                int head = p - 1;
                while (head > 0 && head > p - 4 && IsModifier(_words[head - 1])) head--;
                var generic = Generic(head, k, headKind, out subjectStart);
                return m.Kind == EntityKind.Place ? generic : generic with { Affiliations = [m.Canonical] };
            }
            return Determined(_resolver.FromMention(m), ref subjectStart);
        }
        if (_v.DocumentNouns.Contains(_words[k].Lower) && !_v.GenericSources.ContainsKey(_words[k].Lower))
        {
            // "HTS reports suggested", "Human Rights Watch's latest report says": the document's owner speaks.
            for (int j = k - 1; j >= 0 && j >= k - 3; j--)
            {
                if (MentionEndingAt(j) is { } owner) { subjectStart = WordAt(owner.Span.Start); return Determined(_resolver.FromMention(owner), ref subjectStart); }
                if (!IsModifier(_words[j]) || _words[j].Capitalised) break;
            }
            return null;
        }
        string word = _words[k].Lower;
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
            if (start > 0 && _words[start - 1].Lower == "the" && start == k && _resolver.Resolve(word, _words[k].Start, QuoteBounds(_words[k].Start)) is { } known)
            {
                subjectStart = start - 1;
                return known;
            }
            return Generic(start, k, kind, out subjectStart);
        }
        if (_words[k].Capitalised && !EntityVocabulary.Default.Stopwords.Contains(word))
        {
            int start = k;
            while (start > 0 && _words[start - 1].Capitalised && !_words[start - 1].IsPunctuation) start--;
            subjectStart = start;
            return SourceRef.Of(_text[_words[start].Start.._words[k].End], SourceKind.Witness, _words[start].Start);
        }
        return null;
    }

    /// <summary>An unnamed source: the noun phrase from word <paramref name="from"/> to <paramref name="to"/> ("military monitor", "Iraqi and Syrian sources").</summary>
    private SourceRef Generic(int from, int to, SourceKind kind, out int subjectStart)
    {
        subjectStart = from > 0 && _v.Determiners.Contains(_words[from - 1].Lower) ? from - 1 : from;
        string name = _text[_words[from].Start.._words[to].End];
        // "a UN agency said": an unnamed body of a named organisation is of that organisation's kind.
        if (MentionIn(_words[from].Start, _words[to].End) is { Kind: EntityKind.Organisation, Role: SourceKind.UnAgency }) kind = SourceKind.UnAgency;
        bool sentenceInitial = from == 0 || _words[from - 1].IsPunctuation && from == 1;
        if (sentenceInitial && _words[from].Capitalised && _v.GenericSources.ContainsKey(_words[from].Lower))
            name = char.ToLowerInvariant(name[0]) + name[1..];
        return SourceRef.Of(name, kind, _words[from].Start);
    }

    private SourceRef Determined(SourceRef source, ref int subjectStart)
    {
        if (subjectStart > 0 && _v.Determiners.Contains(_words[subjectStart - 1].Lower)) subjectStart--;
        return source;
    }

    private bool IsModifier(Word w) =>
        !w.IsPunctuation && !_v.Determiners.Contains(w.Lower) && !Prepositions.Contains(w.Lower) && !_v.VerbFillers.Contains(w.Lower)
        && !_v.SpeechVerbs.Contains(w.Lower) && !_v.DenialVerbs.Contains(w.Lower) && w.Lower is not ("of" or "for" or "but" or "that");

    /// <summary>The source named by the noun phrase starting at word <paramref name="i"/>: a person first, else the first named body, else a pronoun or a generic noun.</summary>
    private SourceRef? NounPhraseAfter(int i)
    {
        while (i < _words.Count && _v.Determiners.Contains(_words[i].Lower) && _words[i].Lower is "the" or "a" or "an") i++;
        int end = i;
        while (end < _words.Count && end < i + 12 && !_words[end].IsPunctuation && !Prepositions.Contains(_words[end].Lower)
               && !(_words[end].Lower == "and" && end > i && !_words[end - 1].Capitalised)) end++;
        if (end == i) return null;
        int from = _words[i].Start, to = _words[end - 1].End;
        EntityMention? person = null, other = null;
        foreach (var m in _mentions)
        {
            if (m.Span.Start < from || m.Span.End > to + 2) continue;
            if (m.Kind == EntityKind.Person) person = m;
            else other ??= m;
        }
        if ((person ?? other) is { } named) return _resolver.FromMention(named);
        string first = _words[i].Lower;
        if (first is "his" or "her" or "its" or "their")
            return _resolver.Resolve(first is "his" or "her" ? "he" : "it", _words[i].Start, QuoteBounds(_words[i].Start));
        for (int k = i; k < end; k++)
            if (_v.GenericSources.TryGetValue(_words[k].Lower, out var kind))
                return SourceRef.Of(_text[_words[i].Start.._words[k].End], kind, _words[i].Start);
        // "according to the latest figures from the health ministry": the document's author follows it.
        if (end < _words.Count && _words[end].Lower is "from" or "by" && _v.DocumentNouns.Contains(_words[end - 1].Lower))
            return NounPhraseAfter(end + 1);
        // "according to DeepState, a Ukrainian analytical group": a name nobody listed, described after it.
        if (_words[i].Capitalised && !EntityVocabulary.Default.Stopwords.Contains(first))
        {
            int last = i;
            while (last + 1 < end && _words[last + 1].Capitalised) last++;
            return SourceRef.Of(_text[_words[i].Start.._words[last].End], DescribedKind(last + 1), _words[i].Start);
        }
        return null;
    }

    private SourceKind DescribedKind(int k)
    {
        if (k + 1 >= _words.Count || _words[k].Lower != "," || _words[k + 1].Lower is not ("a" or "an" or "the")) return SourceKind.Unknown;
        for (int j = k + 2; j < _words.Count && j < k + 10 && !_words[j].IsPunctuation; j++)
            if (_v.GenericSources.TryGetValue(_words[j].Lower, out var kind)) return kind;
        return SourceKind.Unknown;
    }

    private EntityMention? MentionIn(int from, int to)
    {
        foreach (var m in _mentions)
            if (m.Span.Start >= from && m.Span.End <= to) return m;
        return null;
    }

    /// <summary>"told Reuters", "told Agence France-Presse": the news agency or outlet that carries the words.</summary>
    private SourceRef? Carrier(int i)
    {
        if (i >= _words.Count) return null;
        foreach (var m in _mentions)
            if (m.Span.Start >= _words[i].Start && m.Span.Start < _words[i].End + 1 && m.Role is SourceKind.NewsAgency or SourceKind.Outlet)
                return _resolver.FromMention(m);
        return null;
    }

    private EntityMention? MentionEndingAt(int k)
    {
        var w = _words[k];
        foreach (var m in _mentions)
            if (m.Span.End > w.Start && m.Span.End <= w.End) return m;
        return null;
    }

    private int WordAt(int offset)
    {
        for (int k = 0; k < _words.Count; k++)
            if (_words[k].End > offset) return k;
        return _words.Count - 1;
    }

    private (int Start, int End)? QuoteBounds(int offset)
    {
        int r = Region(offset);
        return r < 0 ? null : (_quotes[r].Start, _quotes[r].End);
    }
}
