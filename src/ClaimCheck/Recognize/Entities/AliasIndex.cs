namespace ClaimCheck.Recognize.Entities;

/// <summary>A gazetteer entry found at a run of tokens.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="StartToken">Index of the first token (an article such as "al-" included).</param>
/// <param name="EndToken">Index one past the last token.</param>
/// <param name="ByVariant">Whether the match came from the phonetic rule rather than a listed spelling.</param>
internal readonly record struct AliasMatch(GazetteerEntry Entry, int StartToken, int EndToken, bool ByVariant);

/// <summary>
/// Two token tries over every gazetteer name: one keyed by exact token keys, one by phonetic keys. A lookup walks
/// the tokens of the text once from a start position: no regular expression per entry, no string joins on the hot path.
/// </summary>
internal sealed class AliasIndex
{
    private enum AliasCase { Capitalised, AllCaps, Lower }

    private sealed record Hit(GazetteerEntry Entry, string ExactKey, AliasCase Case, int Consonants);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<Hit>? Hits;

        public Node? Child(string key) => Children is not null && Children.TryGetValue(key, out var n) ? n : null;

        public Node GetOrAdd(string key)
        {
            Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!Children.TryGetValue(key, out var n)) Children[key] = n = new Node();
            return n;
        }
    }

    /// <summary>What the index keeps of a word it has read (in <see cref="WordInfo.IndexCache"/>): the tries' nodes
    /// for it as a name's first word, and whether it is a demonym. Immutable, so threads may share it.</summary>
    private sealed class FirstWord(AliasIndex owner, Node? exact, Node? phonetic, bool demonym)
    {
        public AliasIndex Owner { get; } = owner;
        public Node? Exact { get; } = exact;
        public Node? Phonetic { get; } = phonetic;
        public bool Demonym { get; } = demonym;
    }

    private readonly Node _exact = new();
    private readonly Node _phonetic = new();
    private readonly EntityVocabulary _vocabulary;
    private readonly Dictionary<string, string> _placeStems = new(StringComparer.Ordinal);
    private static readonly string[] DemonymSuffixes = ["ian", "ean", "ese", "ish", "an", "n", "i", "is"];

    public AliasIndex(IEnumerable<GazetteerEntry> entries, EntityVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        foreach (var entry in entries)
        {
            foreach (var name in entry.Names)
                Add(entry, name);
            if (entry.Kind == EntityKind.Place && entry.Type is "country" or "region" or "territory" or "state")
                AddStems(entry);
        }
    }

    private void AddStems(GazetteerEntry entry)
    {
        foreach (var name in entry.Names.Where(n => !n.Contains(' ')))
        {
            string key = NameKey.Exact(name);
            for (int n = 4; n <= key.Length; n++) _placeStems.TryAdd(key[..n], entry.Name);
        }
    }

    /// <summary>Whether a word is the adjective of a known country or region ("Syrian", "Sudanese", "Ukrainian").</summary>
    public bool IsDemonym(WordInfo word) => Read(word).Demonym;

    // Worked out once per word (per index: a word remembers the last index that read it).
    private FirstWord Read(WordInfo word)
    {
        if (word.IndexCache is FirstWord f && f.Owner == this) return f;
        f = new FirstWord(this, _exact.Child(word.Exact), _phonetic.Child(word.Phonetic), DemonymOf(word.Exact) is not null);
        Volatile.Write(ref word.IndexCache, f); // published whole: its fields are set before other threads can see it
        return f;
    }

    /// <summary>The country or region a demonym names ("Ukrainian" -> "Ukraine"), or null when the word is not one.</summary>
    public string? DemonymOf(string exact)
    {
        if (_placeStems.ContainsKey(exact)) return null;
        var stems = _placeStems.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var suffix in DemonymSuffixes)
            if (exact.Length - suffix.Length >= 4 && exact.EndsWith(suffix, StringComparison.Ordinal) && stems.TryGetValue(exact.AsSpan(0, exact.Length - suffix.Length), out var place))
                return place;
        return null;
    }

    private void Add(GazetteerEntry entry, string name)
    {
        var tokens = NameTokenizer.Tokenize(name, _vocabulary).Where(t => !t.Article).ToList();
        if (tokens.Count == 0) return;
        var aliasCase = CaseOf(name);
        Node exact = _exact, phonetic = _phonetic;
        for (int i = 0; i < tokens.Count; i++)
        {
            bool joined = tokens[i].Possessive && i < tokens.Count - 1;
            exact = exact.GetOrAdd(joined ? tokens[i].Exact + "'s" : tokens[i].Exact);
            phonetic = phonetic.GetOrAdd(joined ? tokens[i].Phonetic + "'s" : tokens[i].Phonetic);
        }
        string exactKey = string.Join(' ', tokens.Select(t => t.Exact));
        int consonants = tokens.Sum(t => NameKey.Consonants(t.Phonetic));
        var hit = new Hit(entry, exactKey, aliasCase, consonants);
        if (!(exact.Hits ??= []).Any(h => h.Entry == entry)) exact.Hits.Add(hit);
        // Every spelling of an entry stays in its phonetic bucket: the closest one decides between entries.
        if (aliasCase == AliasCase.Capitalised && !(phonetic.Hits ??= []).Any(h => h.Entry == entry && h.ExactKey == exactKey)) phonetic.Hits.Add(hit);
    }

    private static AliasCase CaseOf(string name)
    {
        int letters = 0, upper = 0;
        foreach (char c in name)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters >= 2 && upper == letters) return AliasCase.AllCaps;
        var first = name.Split(' ', '-').FirstOrDefault(w => w.Length > 0 && !(w.Equals("al", StringComparison.OrdinalIgnoreCase) || w.Equals("el", StringComparison.OrdinalIgnoreCase)));
        return first is not null && char.IsLower(first[0]) ? AliasCase.Lower : AliasCase.Capitalised;
    }

    /// <summary>The longest gazetteer name starting at token <paramref name="start"/>: listed spellings first, then variants.</summary>
    public AliasMatch? Match(string text, ReadOnlySpan<NameToken> tokens, int start, bool requireCapital)
    {
        int first = start;
        while (first < tokens.Length && tokens[first].Article) first++;
        if (first >= tokens.Length) return null;
        if (first > start && !tokens[start].GapAfter) return null;
        var head = tokens[first];
        var exact = Walk(tokens, first, _exact, phonetic: false, text, requireCapital);
        if (exact is { } e) return new AliasMatch(e.Hit.Entry, start, e.End, false);
        if (requireCapital && (!head.IsCapitalised || head.Is(WordRoles.Stopword))) return null;
        var variant = Walk(tokens, first, _phonetic, phonetic: true, text, requireCapital);
        return variant is { } v ? new AliasMatch(v.Hit.Entry, start, v.End, true) : null;
    }

    private (Hit Hit, int End)? Walk(ReadOnlySpan<NameToken> tokens, int first, Node root, bool phonetic, string text, bool requireCapital)
    {
        (Hit, int)? best = null;
        Node? node = root;
        int j = first;
        while (node is not null && j < tokens.Length)
        {
            var t = tokens[j];
            if (t.Article && j > first) { if (!t.GapAfter) break; j++; continue; }
            string key = phonetic ? t.Phonetic : t.Exact;
            var end = j == first ? (phonetic ? Read(t.Word).Phonetic : Read(t.Word).Exact) : node.Child(key);
            if (end?.Hits is { } hits && Choose(hits, tokens, first, j + 1, phonetic, requireCapital) is { } hit) best = (hit, j + 1);
            node = t.Possessive ? node.Child(key + "'s") : end;
            if (!t.GapAfter) break;
            j++;
        }
        return best;
    }

    private static Hit? Choose(List<Hit> hits, ReadOnlySpan<NameToken> tokens, int first, int end, bool phonetic, bool requireCapital)
    {
        if (!phonetic)
        {
            foreach (var h in hits)
                if (!requireCapital || CaseFits(h.Case, tokens, first, end)) return h;
            return null;
        }
        var joined = new System.Text.StringBuilder(tokens[first].Exact);
        for (int i = first + 1; i < end; i++)
            if (!tokens[i].Article) joined.Append(' ').Append(tokens[i].Exact);
        string textKey = joined.ToString();
        Hit? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        int closestRejected = int.MaxValue;
        foreach (var h in hits)
        {
            int d = NameKey.EditDistance(textKey, h.ExactKey, 64);
            if (!NameKey.AcceptsPhonetic(textKey, h.ExactKey, h.Consonants)) { closestRejected = Math.Min(closestRejected, d); continue; }
            if (d < bestDistance) { best = h; bestDistance = d; tie = false; }
            else if (d == bestDistance && best is not null && best.Entry != h.Entry) tie = true;
        }
        // A closer spelling that the rule refused makes the match doubtful: merge nothing rather than the wrong entry.
        return tie || bestDistance > closestRejected ? null : best;
    }

    private static bool CaseFits(AliasCase aliasCase, ReadOnlySpan<NameToken> tokens, int first, int end)
    {
        switch (aliasCase)
        {
            case AliasCase.AllCaps:
                for (int i = first; i < end; i++)
                    if (!tokens[i].Article && tokens[i].Shape is not (TokenShape.AllCaps or TokenShape.Digit) && !IsSingleCapital(tokens[i])) return false;
                return true;
            case AliasCase.Capitalised:
                return tokens[first].IsCapitalised;
            default:
                return tokens[first].Shape == TokenShape.Lower;
        }
    }

    // "M23" or a one-letter initial counts as upper case inside an abbreviation.
    private static bool IsSingleCapital(NameToken t) => t.Shape == TokenShape.Capitalised && t.End - t.Start <= 3;
}
