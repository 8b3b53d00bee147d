using ClaimCheck.Attribution;

namespace ClaimCheck.Recognize.Entities;

/// <summary>
/// Recognises names the gazetteer does not know from their context: capitalised spans classified by a head word
/// ("X Oblast", "X Ministry"), a title ("Governor X"), the words around them ("the town of X", "in X", "X province",
/// "X's governor", "X, a resident, said"), or an earlier mention in the article (a surname, a variant spelling).
/// </summary>
internal ref struct ContextRules
{
    // Words that never begin a name even inside it; other stopwords ("National", "Islamic") may, before a head word.
    private static readonly HashSet<string> FunctionWords = ["the", "a", "an", "this", "that", "these", "those", "in", "on", "at",
        "from", "for", "by", "with", "to", "of", "and", "but", "or", "as", "after", "before", "when", "while", "during",
        "since", "meanwhile", "however", "its", "their", "his", "her", "our", "my", "your", "if", "yet", "so"];

    private readonly RecognitionScope _scope;
    private readonly ReadOnlySpan<NameToken> _tokens;
    private readonly Span<bool> _covered;
    private readonly EntityVocabulary _v;
    private readonly string _text;

    /// <param name="scope">What the recognizer knows of the article so far.</param>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="covered">Which tokens a mention already covers (read and written).</param>
    public ContextRules(RecognitionScope scope, ReadOnlySpan<NameToken> tokens, Span<bool> covered)
    {
        _scope = scope;
        _tokens = tokens;
        _covered = covered;
        _v = scope.Vocabulary;
        _text = scope.Text;
    }

    public void Apply(List<EntityMention> found)
    {
        AbsorbIntoLongerNames(found);
        int i = 0;
        while (i < _tokens.Length)
        {
            if (_covered[i] || !StartsName(i)) { i++; continue; }
            int j = Extend(i);
            int a = i, b = j;
            string? title = null;
            for (int k = i; k < j; k++)
                if (IsTitle(k) && !HasOrganisationHead(k + 1, j)) { title = _tokens[k].Exact; a = k + 1; }
            bool headed = HasOrganisationHead(a, j) || _tokens[j].Is(WordRoles.PlaceHead);
            while (a <= b && (IsStopword(a) && (!headed || a == 0 || FunctionWords.Contains(_tokens[a].Exact)) || _tokens[a].Article && a == b)) a++;
            while (b >= a && (_tokens[b].Article || _tokens[b].Shape == TokenShape.Lower)) b--;
            if (a > i && title is null && Descriptor(i) is not null) a = i; // "the charity Islamic Relief"
            if (a <= b && Classify(a, b, title) is { } known)
            {
                var mention = _scope.Mention(_tokens[a].Start, _tokens[b].End, known.Kind, known.Canonical, known.Role);
                found.Add(mention);
                for (int k = a; k <= b; k++) _covered[k] = true;
                var key = Key(a, b);
                _scope.AddName(key.Exact, key.Phonetic, known);
                if (known.Kind == EntityKind.Person && b > a) _scope.Remember(mention, _tokens[b]);
                if (_scope.AbbreviationAfter(_tokens, a, b + 1, mention, _covered, found)) j = Math.Max(j, b + 1);
            }
            i = j + 1;
        }
    }

    /// <summary>
    /// "Kherson Regional Military Administration", "Sudan Doctors Network", "Karen National Liberation Army": a known
    /// name inside a longer capitalised name that ends with an organisation word is part of that other name.
    /// </summary>
    private void AbsorbIntoLongerNames(List<EntityMention> found)
    {
        int i = 0;
        while (i < _tokens.Length)
        {
            if (!_tokens[i].IsCapitalised) { i++; continue; }
            int j = i;
            while (j + 1 < _tokens.Length && _tokens[j].GapAfter && !_tokens[j].Possessive
                   && (_tokens[j + 1].IsCapitalised || _tokens[j + 1].Article
                       || _tokens[j + 1].Is(WordRoles.Connector) && j + 2 < _tokens.Length && _tokens[j + 1].GapAfter && _tokens[j + 2].IsCapitalised))
                j++;
            bool anyCovered = false, headUncovered = false, extra = false;
            for (int k = i; k <= j; k++)
            {
                anyCovered |= _covered[k];
                headUncovered |= !_covered[k] && _tokens[k].IsCapitalised && _tokens[k].Is(WordRoles.OrganisationHead) && !IsStopword(k);
                extra |= !_covered[k] && _tokens[k].IsCapitalised && !IsStopword(k) && !_scope.Demonym(_tokens[k].Word);
            }
            bool endsWithHead = _tokens[j].Is(WordRoles.OrganisationHead);
            if (anyCovered && j > i && (headUncovered && !_covered[j] || extra && endsWithHead))
            {
                int from = _tokens[i].Start, to = _tokens[j].End;
                found.RemoveAll(m => m.Span.Start >= from && m.Span.End <= to);
                for (int k = i; k <= j; k++) _covered[k] = false;
            }
            i = j + 1;
        }
    }

    private bool StartsName(int i) =>
        _tokens[i].IsCapitalised || _tokens[i].Article && i + 1 < _tokens.Length && _tokens[i + 1].IsCapitalised;

    private int Extend(int i)
    {
        int j = i;
        while (j + 1 < _tokens.Length && _tokens[j].GapAfter && !_tokens[j].Possessive && !_covered[j + 1])
        {
            var next = _tokens[j + 1];
            if (next.IsCapitalised || next.Article || next.Shape == TokenShape.Digit && _tokens[j].IsCapitalised && IsHyphenated(j)) { j++; continue; }
            if (next.Is(WordRoles.Connector) && next.Shape == TokenShape.Lower && next.GapAfter
                && j + 2 < _tokens.Length && _tokens[j + 2].IsCapitalised && !_covered[j + 2] && !IsStopword(j + 2)) { j += 2; continue; }
            break;
        }
        return j;
    }

    private bool IsHyphenated(int j) => _text[_tokens[j].End] == '-';

    private bool IsStopword(int k) => _tokens[k].Shape != TokenShape.AllCaps && _tokens[k].Is(WordRoles.Stopword);

    private bool IsTitle(int k) => _tokens[k].Is(WordRoles.PersonTitle);

    private bool HasOrganisationHead(int from, int to)
    {
        for (int k = from; k <= to; k++) if (_tokens[k].Is(WordRoles.OrganisationHead)) return true;
        return false;
    }

    private RecognitionScope.Known? Classify(int a, int b, string? title)
    {
        var key = Key(a, b);
        bool single = a == b;
        bool allTitles = true;
        for (int k = a; k <= b && allTitles; k++) allTitles = IsTitle(k);
        if (allTitles) return null;
        if (single && _scope.Demonym(_tokens[a].Word)) return null;
        if (single && _scope.TrySurname(_tokens[a].Exact, out var person)) return person;
        if (_scope.Earlier(key.Exact, key.Phonetic) is { } earlier) return earlier;
        // A new name: its canonical spelling is only built once the context says what it names.
        return KindOf(a, b, single, title) is { } named ? new(Canonical(a, b), named.Kind, named.Role) : null;
    }

    private (EntityKind Kind, SourceKind Role)? KindOf(int a, int b, bool single, string? title)
    {
        if (Descriptor(a) is { } described) return (EntityKind.Organisation, described);
        if (single && _tokens[a].Shape == TokenShape.AllCaps) return (EntityKind.Organisation, SourceKind.Unknown);
        if (_tokens[b].Is(WordRoles.PlaceHead) && !single) return (EntityKind.Place, SourceKind.Unknown);
        for (int k = b; k >= a; k--)
            if (_tokens[k].Is(WordRoles.OrganisationHead) && (!single || k > 0 && !IsSentenceStart(a)))
                return (EntityKind.Organisation, _tokens[k].Word.OrganisationHead);
        bool common = single && (_scope.IsLowerWord(_tokens[a].Word) || IsSentenceStart(a));
        title ??= a > 0 && !_covered[a - 1] && _tokens[a - 1].GapAfter && IsTitle(a - 1) ? _tokens[a - 1].Exact : null;
        if (title is not null && !_scope.IsLowerWord(_tokens[a].Word))
            return (EntityKind.Person, _v.PersonRoles.GetValueOrDefault(title, SourceKind.Unknown));
        if (OrganisationAfter(b) is { } organisation && (!single || !common)) return (EntityKind.Organisation, organisation);
        if (PlaceAfter(b) || PlaceBefore(a, strongOnly: common)) return (EntityKind.Place, SourceKind.Unknown);
        if (!single && AbbreviatedAfter(a, b)) return (EntityKind.Organisation, SourceKind.Unknown);
        if (!common && PersonAfter(b, single, out var role)) return (EntityKind.Person, role);
        return null;
    }

    // "state news agency MAP", "independent monitor Perludem", "the newspaper Kommersant": the noun before says what it is.
    private SourceKind? Descriptor(int a)
    {
        if (a == 0 || _covered[a - 1] || _tokens[a - 1].Shape != TokenShape.Lower || !OnlySpaces(_tokens[a - 1].End, _tokens[a].Start, false)) return null;
        foreach (var (words, kind) in _v.OrganisationDescriptors)
        {
            int k = a - words.Length;
            if (k < 0) continue;
            bool all = true;
            for (int w = 0; w < words.Length && all; w++) all = _tokens[k + w].Exact == words[w] && _tokens[k + w].Shape == TokenShape.Lower;
            if (all) return kind;
        }
        return null;
    }

    // "the Emergency Response Rooms (ERR)": a capitalised name that the article abbreviates is an organisation.
    private bool AbbreviatedAfter(int a, int b)
    {
        if (b + 1 >= _tokens.Length || _tokens[b + 1].Shape != TokenShape.AllCaps) return false;
        var abbr = _tokens[b + 1];
        if (abbr.Start < 1 || abbr.End >= _text.Length || _text[abbr.Start - 1] != '(' || _text[abbr.End] != ')') return false;
        return char.ToLowerInvariant(_text[abbr.Start]) == _tokens[a].Exact[0];
    }

    private bool IsSentenceStart(int a) => a == 0 || a == 1 && _tokens[0].Article;

    // "the Georgian Dream party", "the Wagner militia": a lower-case organisation noun right after the name.
    private SourceKind? OrganisationAfter(int b)
    {
        if (b + 1 >= _tokens.Length || _tokens[b].Possessive || !OnlySpaces(_tokens[b].End, _tokens[b + 1].Start, false)) return null;
        var next = _tokens[b + 1];
        return next.Shape == TokenShape.Lower && next.Is(WordRoles.OrganisationNounAfter) ? next.Word.OrganisationNoun : null;
    }

    private bool PlaceAfter(int b)
    {
        if (b + 1 >= _tokens.Length || !OnlySpaces(_tokens[b].End, _tokens[b + 1].Start, allowApostrophe: _tokens[b].Possessive)) return false;
        var next = _tokens[b + 1];
        if (next.Shape != TokenShape.Lower) return false;
        return _tokens[b].Possessive ? next.Is(WordRoles.PlacePossessed) : next.Is(WordRoles.PlaceNounAfter);
    }

    private bool PlaceBefore(int a, bool strongOnly)
    {
        // A phrase ends with the word before the name (or before its comma): only that word's phrases can match.
        if (a > 0)
            foreach (var phrase in _tokens[a - 1].Word.PlacePhrases)
                if (EndsWithPhrase(a, phrase)) return true;
        if (strongOnly || a == 0 || _covered[a - 1]) return false;
        var prev = _tokens[a - 1];
        if (prev.Shape != TokenShape.Lower || !prev.Is(WordRoles.PlaceCueBefore) || !OnlySpaces(prev.End, _tokens[a].Start, false)) return false;
        return !LooksLikeDemonym(a);
    }

    private bool EndsWithPhrase(int a, string[] phrase)
    {
        int k = a;
        int p = phrase.Length - 1;
        bool comma = phrase[p] == ",";
        if (comma)
        {
            if (k == 0 || _text.AsSpan(_tokens[k - 1].End, _tokens[k].Start - _tokens[k - 1].End).Trim() is not ",") return false;
            p--;
        }
        for (; p >= 0; p--)
        {
            k--;
            if (k < 0 || _covered[k] && _tokens[k].Shape != TokenShape.Lower || _tokens[k].Exact != phrase[p]) return false;
            int nextStart = k + 1 < _tokens.Length ? _tokens[k + 1].Start : _text.Length;
            if (!(comma && p == phrase.Length - 2) && !OnlySpaces(_tokens[k].End, nextStart, false)) return false;
        }
        return true;
    }

    // "in Syrian territory": a demonym before a common noun is not a place.
    private bool LooksLikeDemonym(int a)
    {
        string w = _tokens[a].Exact;
        bool suffix = w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal)
            || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal);
        return suffix && a + 1 < _tokens.Length && _tokens[a + 1].Shape == TokenShape.Lower && !_tokens[a + 1].Is(WordRoles.PlaceNounAfter);
    }

    private bool PersonAfter(int b, bool single, out SourceKind role)
    {
        role = SourceKind.Unknown;
        int end = _tokens[b].End;
        var rest = _text.AsSpan(end, Math.Min(_text.Length - end, 120));
        if (rest.StartsWith(", who ") || rest.StartsWith(", whose ")) return true;
        bool indefinite = rest.StartsWith(", a ") || rest.StartsWith(", an ");
        if (!single && (indefinite || rest.StartsWith(", the ")))
        {
            int stop = rest[2..].IndexOfAny(',', '.');
            var apposition = stop < 0 ? rest[2..] : rest.Slice(2, stop);
            foreach (var word in apposition.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (_v.PersonRoles.TryGetValue(word.ToLowerInvariant(), out var r)) { role = r; return true; }
            return indefinite; // "X, the capital of Y" is a place; "X, the regional governor" is a person
        }
        if (b + 1 >= _tokens.Length || !OnlySpaces(end, _tokens[b + 1].Start, false)) return false;
        return AttributionVocabulary.Default.SpeechVerbs.Contains(_tokens[b + 1].Exact) && _tokens[b + 1].Shape == TokenShape.Lower;
    }

    private bool OnlySpaces(int from, int to, bool allowApostrophe)
    {
        for (int i = from; i < to; i++)
            if (_text[i] != ' ' && !(allowApostrophe && _text[i] is '\'' or 's' or 'S')) return false;
        return true;
    }

    private (string Exact, string Phonetic) Key(int a, int b)
    {
        if (a == b && !_tokens[a].Article) return (_tokens[a].Exact, _tokens[a].Phonetic);
        var exact = new System.Text.StringBuilder();
        var phonetic = new System.Text.StringBuilder();
        for (int k = a; k <= b; k++)
        {
            if (_tokens[k].Article) continue;
            if (exact.Length > 0) { exact.Append(' '); phonetic.Append(' '); }
            exact.Append(_tokens[k].Exact);
            phonetic.Append(_tokens[k].Phonetic);
        }
        return (exact.ToString(), phonetic.ToString());
    }

    private string Canonical(int a, int b)
    {
        var sb = new System.Text.StringBuilder();
        int prevEnd = -1;
        for (int k = a; k <= b; k++)
        {
            if (_tokens[k].Article) continue;
            if (prevEnd >= 0) sb.Append(_text.AsSpan(prevEnd, _tokens[k].Start - prevEnd).Contains('-') ? '-' : ' ');
            sb.Append(NameKey.FoldDisplay(_text.AsSpan(_tokens[k].Start, _tokens[k].End - _tokens[k].Start)));
            prevEnd = _tokens[k].End;
        }
        string name = sb.ToString();
        return name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }
}
