using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>Noun phrases that name a source: unnamed bodies, anonymous sources, spokespeople of a body.</summary>
internal sealed partial class CueFinder
{
    /// <summary>An unnamed source: the noun phrase from word <paramref name="from"/> to <paramref name="to"/> ("military monitor", "Iraqi and Syrian sources").</summary>
    private SourceRef Generic(int from, int to, SourceKind kind, out int subjectStart)
    {
        subjectStart = from > 0 && _v.Determiners.Contains(Lower(from - 1)) ? from - 1 : from;
        // "a UNHCR spokeswoman", "an M23 spokesman": whoever speaks for a named body is that body.
        if (_v.Spokespeople.Contains(Lower(to)) && OrganisationIn(from, to) is { } body) return _resolver.FromMention(body);
        // "the London-based group", "two officials": where a source is based and how many there are is not who it is.
        while (from < to && (IsLocationWord(_words[from]) || _v.CountingWords.Contains(Lower(from)))) from++;
        to = QualifiedEnd(to);
        string name = NameOf(from, to);
        // "a UN agency said": an unnamed body of a named organisation is of that organisation's kind.
        if (kind is SourceKind.Government or SourceKind.Official && MentionIn(_words[from].Start, _words[to].End) is { Kind: EntityKind.Organisation, Role: SourceKind.UnAgency })
            kind = SourceKind.UnAgency;
        bool sentenceInitial = from == 0 || _words[from - 1].IsPunctuation && from == 1;
        if (sentenceInitial && _words[from].Capitalised && _v.GenericSources.ContainsKey(Lower(from)))
            name = char.ToLowerInvariant(name[0]) + name[1..];
        return SourceRef.Of(name, kind, _words[from].Start) with { Owner = OwnerIn(from, to) };
    }

    /// <summary>The words from <paramref name="from"/> to <paramref name="to"/> as written, leaving out where a source is based.</summary>
    private string NameOf(int from, int to)
    {
        var parts = new List<string>();
        int run = -1;
        for (int k = from; k <= to + 1; k++)
        {
            bool keep = k <= to && !IsLocationWord(_words[k]);
            if (keep && run < 0) run = k;
            if (!keep && run >= 0) { parts.Add(_text[_words[run].Start.._words[k - 1].End]); run = -1; }
        }
        return string.Join(' ', parts);
    }

    /// <summary>"Ukrainian officials" -> Ukraine, "Brazil's civil defence agency" -> Brazil: the country or place a source belongs to.</summary>
    private string? OwnerIn(int from, int to)
    {
        for (int k = from; k <= to; k++)
        {
            if (IsLocationWord(_words[k]) || !_words[k].Capitalised) continue;
            if (MentionEndingAt(k) is { Kind: EntityKind.Place } place) return place.Canonical;
            if (Gazetteer.Default.Index.DemonymOf(NameKey.Exact(Lower(k))) is { } country) return country;
        }
        return null;
    }

    /// <summary>"people familiar with the matter", "sources close to the talks": the qualifier belongs to the name.</summary>
    private int QualifiedEnd(int head)
    {
        if (QualifierAt(head + 1) is not { } q) return head;
        int end = head + q.Length;
        while (end + 1 < _words.Count && end < head + q.Length + 5 && !_words[end + 1].IsPunctuation
               && Lower(end + 1) is not ("that" or "and") && !_v.SpeechVerbs.Contains(Lower(end + 1)) && !_v.VerbFillers.Contains(Lower(end + 1)))
            end++;
        return end;
    }

    private string[]? QualifierAt(int i)
    {
        foreach (var phrase in _v.SourceQualifiers)
        {
            if (i + phrase.Length > _words.Count) continue;
            bool all = true;
            for (int k = 0; k < phrase.Length && all; k++) all = Lower(i + k).SequenceEqual(phrase[k]);
            if (all) return phrase;
        }
        return null;
    }

    /// <summary>"people familiar with the matter said": the anonymous subject before a verb, qualifier included.</summary>
    private SourceRef? QualifiedSubjectEndingAt(int k, out int subjectStart)
    {
        subjectStart = k;
        for (int head = k - 1; head >= 0 && head >= k - 9 && !_words[head].IsPunctuation; head--)
        {
            if (QualifierAt(head + 1) is null || QualifiedEnd(head) != k) continue;
            var word = Lower(head);
            SourceKind kind;
            if (_v.AnonymousHeads.Contains(word)) kind = SourceKind.Official;
            else if (!_v.GenericSources.TryGetValue(word, out kind)) return null;
            int start = head;
            while (start > 0 && start > head - 4 && IsModifier(_words[start - 1])) start--;
            return Generic(start, head, kind, out subjectStart);
        }
        return null;
    }

    /// <summary>", a spokeswoman for the World Food Programme," / ", an OCHA spokesman,": the body an apposition says the person speaks for.</summary>
    private EntityMention? SpokespersonApposition(int comma)
    {
        for (int k = comma + 1; k < _words.Count && k < comma + 12 && !_words[k].IsPunctuation; k++)
        {
            if (!_v.Spokespeople.Contains(Lower(k))) continue;
            if (k + 1 < _words.Count && Lower(k + 1) is "for" or "of" or "at")
            {
                int end = k + 2;
                while (end < _words.Count && !_words[end].IsPunctuation && end < k + 10) end++;
                return OrganisationIn(k + 2, end - 1);
            }
            return OrganisationIn(comma + 1, k);
        }
        return null;
    }

    private EntityMention? OrganisationIn(int from, int to)
    {
        if (from > to || to >= _words.Count) return null;
        int end = _words[to].End + 2;
        for (int x = FirstMentionFrom(_words[from].Start); x < _mentions.Count && _mentions[x].Span.Start < end; x++)
            if (_mentions[x] is { Kind: EntityKind.Organisation } m && m.Span.End <= end) return m;
        return null;
    }

    /// <summary>"the University of Tokyo", "Bank of Korea": an organisation whose name ends with the place at word <paramref name="placeStart"/>.</summary>
    private (SourceRef Source, int Start)? OrganisationEndingWith(int placeStart)
    {
        if (placeStart < 2 || Lower(placeStart - 1) is not "of" || !_words[placeStart - 2].Capitalised) return null;
        int start = placeStart - 2;
        var heads = EntityWords.OrganisationHeads;
        if (!heads.TryGetValue(Lower(start), out var kind)) return null;
        while (start > 0 && _words[start - 1].Capitalised && !_words[start - 1].IsPunctuation) start--;
        return (SourceRef.Of(_text[_words[start].Start.._words[WordAt(_words[placeStart].Start)].End], kind, _words[start].Start), start);
    }

    /// <summary>"London-based", "Geneva-headquartered": where a source sits.</summary>
    private bool IsLocationWord(Word w)
    {
        foreach (var suffix in _v.LocationSuffixes)
            if (Lower(w) is var lower && lower.Length > suffix.Length && lower.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A place mention that only says where a source is based ("London" in "the London-based group").</summary>
    private bool InLocationWord(EntityMention m)
    {
        foreach (var suffix in _v.LocationSuffixes)
            if (_text.AsSpan(m.Span.End).StartsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private SourceRef Determined(SourceRef source, ref int subjectStart)
    {
        if (subjectStart > 0 && _v.Determiners.Contains(Lower(subjectStart - 1))) subjectStart--;
        return source;
    }

    // "WHO" and "US" modify a source noun ("a WHO spokeswoman"); "who", "while", "but" end the phrase before it.
    private bool IsModifier(Word w) =>
        !w.IsPunctuation && !_v.Determiners.Contains(Lower(w)) && !(Prepositions.Contains(Lower(w)) && !w.Capitalised) && !_v.VerbFillers.Contains(Lower(w))
        && !_v.SpeechVerbs.Contains(Lower(w)) && !_v.DenialVerbs.Contains(Lower(w)) && !Conjunctions.Contains(Lower(w));

    private static readonly string[] Conjunctions = ["of", "for", "but", "that", "while", "whereas", "although", "though", "when", "because", "if", "whether", "than"];

    /// <summary>"officials in the coastal province said", "doctors at the main hospital said": a source noun with a place or body after it.</summary>
    private SourceRef? QualifiedByPhraseEndingAt(int k, out int subjectStart)
    {
        subjectStart = k;
        for (int p = k - 1; p >= 1 && p >= k - 5 && IsModifier(_words[p]) || p >= 1 && p >= k - 5 && Lower(p) is "of" or "in" or "at" or "for" or "from" or "the"; p--)
        {
            if (Lower(p) is not ("of" or "in" or "at" or "for" or "from") || !_v.GenericSources.TryGetValue(Lower(p - 1), out var kind)) continue;
            int head = p - 1;
            while (head > 0 && head > p - 4 && IsModifier(_words[head - 1])) head--;
            return Generic(head, k, kind, out subjectStart);
        }
        return null;
    }

    /// <summary>The source named by the noun phrase starting at word <paramref name="i"/>: a person first, else the first named body, else a pronoun or a generic noun.</summary>
    private SourceRef? NounPhraseAfter(int i)
    {
        while (i < _words.Count && (Lower(i) is "the" or "a" or "an" || _v.CountingWords.Contains(Lower(i)))) i++;
        // "said Dr. Amina Bello": a title with its full stop.
        if (i + 1 < _words.Count && Lower(i + 1) is "." && EntityWords.PersonTitles.Contains(Lower(i))) i += 2;
        int end = i;
        // "who" stops a phrase, "WHO" is a name.
        while (end < _words.Count && end < i + 12 && !_words[end].IsPunctuation && !(Prepositions.Contains(Lower(end)) && !_words[end].Capitalised)
               && !(Lower(end) is "and" && end > i && !_words[end - 1].Capitalised)) end++;
        if (end == i) return null;
        int from = _words[i].Start, to = _words[end - 1].End;
        EntityMention? person = null, other = null;
        for (int x = FirstMentionFrom(from); x < _mentions.Count && _mentions[x].Span.Start <= to + 2; x++)
        {
            var m = _mentions[x];
            if (m.Span.End > to + 2 || m.Kind == EntityKind.Place && InLocationWord(m)) continue;
            if (m.Kind == EntityKind.Person) person = m;
            else other ??= m;
        }
        // "said Jane Doe, a spokeswoman for the World Food Programme": the body speaks through the person.
        if (person is not null && end < _words.Count && Lower(end) is "," && SpokespersonApposition(end) is { } body)
            return _resolver.FromMention(body) with { Speaker = person.Canonical };
        if (person is not null && person.Role == SourceKind.Unknown && DescribedKind(end) is not SourceKind.Unknown and var described)
            return _resolver.FromMention(person) with { Kind = described }; // "said Dr. Amina Bello, the state epidemiologist"
        if ((person ?? other) is { } named && !(named.Kind == EntityKind.Place && NextIsGenericHead(named, end)))
            return _resolver.FromMention(named);
        var first = Lower(i);
        if (first is "his" or "her" or "its" or "their")
            return _resolver.Resolve(first is "his" or "her" ? "he" : "it", _words[i].Start, QuoteBounds(_words[i].Start));
        for (int k = i; k < end; k++)
        {
            if (_v.GenericSources.TryGetValue(Lower(k), out var kind) && !(k + 1 < end && _v.GenericSources.ContainsKey(Lower(k + 1))))
            {
                // "according to court documents", "according to police data": the document names the source.
                bool document = k + 1 < end && _v.DocumentNouns.Contains(Lower(k + 1));
                return Generic(i, document ? k + 1 : k, kind, out _);
            }
            if (_v.AnonymousHeads.Contains(Lower(k)) && QualifierAt(k + 1) is not null)
                return Generic(i, k, SourceKind.Official, out _);
        }
        // "according to the latest figures from the health ministry": the document's author follows it.
        if (end < _words.Count && Lower(end) is "from" or "by" && _v.DocumentNouns.Contains(Lower(end - 1)))
            return NounPhraseAfter(end + 1);
        // "according to DeepState, a Ukrainian analytical group": a name nobody listed, described after it.
        if (_words[i].Capitalised && !EntityWords.Stopwords.Contains(first))
        {
            int last = i;
            while (last + 1 < end && _words[last + 1].Capitalised) last++;
            return SourceRef.Of(_text[_words[i].Start.._words[last].End], DescribedKind(last + 1), _words[i].Start);
        }
        return null;
    }

    // "according to Kenyan police", "according to Brazil's civil defence agency": the place owns the source, it is not one.
    private bool NextIsGenericHead(EntityMention place, int end)
    {
        for (int k = WordAt(place.Span.End - 1) + 1; k < end; k++)
            if (_v.GenericSources.ContainsKey(Lower(k))) return true;
        return false;
    }

    private SourceKind DescribedKind(int k)
    {
        if (k + 1 >= _words.Count || Lower(k) is not "," || Lower(k + 1) is not ("a" or "an" or "the")) return SourceKind.Unknown;
        // The head decides: "the state epidemiologist" is an expert, not the state.
        var described = SourceKind.Unknown;
        for (int j = k + 2; j < _words.Count && j < k + 10 && !_words[j].IsPunctuation && !Prepositions.Contains(Lower(j)); j++)
            if (_v.GenericSources.TryGetValue(Lower(j), out var kind) || EntityWords.PersonRoles.TryGetValue(Lower(j), out kind)) described = kind;
        return described;
    }
}
