namespace ClaimCheck.Recognize.Quantities;

/// <summary>What follows a number: a unit of measure, a count of people, or a counted noun.</summary>
internal readonly record struct UnitHit(int End, UnitDef? Def, string? Unit, int NounStart, int NounEnd, bool Generic)
{
    /// <summary>Where the words between the figure and the counted noun start ("newly displaced people"), or -1 when none.</summary>
    public int ModifiersStart { get; init; } = -1;

    public bool Found => Unit is not null;
    public bool IsPeople => Def is null && !Generic && Unit is not null;
}

/// <summary>Reads the unit or counted noun after a number ("km", "per cent", "displaced people", "of residents", "towns").</summary>
internal static class UnitReader
{
    private const int MaxModifiers = 3;

    public static UnitHit Read(string t, int e, in NumberToken n, QuantityVocabulary v)
    {
        int j = e;
        bool glued = j < t.Length && !char.IsWhiteSpace(t[j]);
        if (glued && t[j] == '-' && j + 1 < t.Length && char.IsLetter(t[j + 1])) j++;
        else j = TextScan.SkipInlineSpaces(t, j);
        if (j >= t.Length) return default;
        bool spaced = j > e && !glued;
        if (n.Form == NumberForm.Words && n.Value < 1 && spaced)
        {
            var article = TextScan.NextWord(t, j, out _, out int ae);
            if (article is "a" or "an") j = TextScan.SkipInlineSpaces(t, ae); // "half a mile"
        }
        int k = j;
        bool of = TextScan.NextWord(t, j, out _, out int ofEnd).Equals("of", StringComparison.OrdinalIgnoreCase);
        if (of && (n.Form == NumberForm.Vague || n.Multiplier > 1)) k = TextScan.SkipInlineSpaces(t, ofEnd);
        else if (of && spaced && TryPartitive(t, ofEnd, v, out var part)) return part; // "three of the victims"
        if (v.Units.TryMatch(t, k, out var def, out int ue) && Acceptable(t, k, ue, spaced))
            return new UnitHit(ue, def, def.Unit, k, ue, false);
        if (!char.IsLetter(t[k])) return default;
        // The longest run of modifiers that ends in a people noun: "newly displaced people", "Rohingya refugees".
        UnitHit best = default;
        int m = k;
        for (int i = 0; i <= MaxModifiers; i++)
        {
            if (v.PeopleNouns.TryMatch(t, m, out var people, out int pe) && pe > best.End)
                best = new UnitHit(pe, null, people, m, pe, false) { ModifiersStart = m > k ? k : -1 };
            int we = TextScan.WordEnd(t, m);
            var word = t.AsSpan(m, we - m);
            if (we == m || !IsModifier(word, v)) break; // "8,000 people displaced": the head noun ends it
            int next = we < t.Length && t[we] == '-' ? we + 1 : TextScan.SkipInlineSpaces(t, we);
            if (next == we || next >= t.Length || !char.IsLetter(t[next])) break;
            m = next;
        }
        return best.Found ? best : ReadCountedNoun(t, k, v);
    }

    // "43,000 of its soldiers", "three of the victims": a count of people taken from a group named after "of".
    private static bool TryPartitive(string t, int ofEnd, QuantityVocabulary v, out UnitHit hit)
    {
        hit = default;
        var determiner = TextScan.NextWord(t, ofEnd, out _, out int de);
        if (!v.Determiners.Contains(determiner)) return false;
        int k = TextScan.SkipInlineSpaces(t, de);
        if (k == de || k >= t.Length || !char.IsLetter(t[k])) return false;
        var people = Read(t, k - 1, new NumberToken(k - 1, k - 1, 0, NumberForm.Digits), v);
        if (!people.IsPeople) return false;
        hit = people;
        return true;
    }

    // A counted thing: a plural noun right after the figure, or after one modifier ("drone attacks", "aid trucks").
    private static UnitHit ReadCountedNoun(string t, int k, QuantityVocabulary v)
    {
        var hit = ReadCountedNounAt(t, k, v);
        return hit.NounStart > k ? hit with { ModifiersStart = k } : hit;
    }

    private static UnitHit ReadCountedNounAt(string t, int k, QuantityVocabulary v)
    {
        // the noun right after the figure, or after up to two modifiers ("new aircraft", "Earth-sized planets",
        // "nuclear power plants"); a modifier is a word that is neither a function word nor a plural
        for (int modifiers = 0; modifiers <= 2; modifiers++)
        {
            if (v.CountNounsIrregular.TryMatch(t, k, out var irregular, out int ie))
                return new UnitHit(ie, null, irregular, k, ie, true);
            if (TryPlural(t, k, v, out int we)) return new UnitHit(we, null, t.AsSpan(k, we - k).ToString().ToLowerInvariant(), k, we, true);
            int first = TextScan.WordEnd(t, k);
            var word = t.AsSpan(k, first - k);
            if (first == k || v.NotNouns.Contains(word) || v.NounStopWords.Contains(word) || word[^1] == 's' && !IsModifier(word, v)) return default;
            if (first + 1 < t.Length && t[first] == '-' && char.IsLetter(t[first + 1])) first = TextScan.WordEnd(t, first + 1); // "Earth-sized"
            int next = TextScan.SkipInlineSpaces(t, first);
            if (next == first || next >= t.Length || !char.IsLetter(t[next])) return default;
            k = next;
        }
        return default;
    }

    /// <summary>The singular noun after "one" ("one home", "one country"), as a counted thing; none before "of", "more", "another".</summary>
    public static UnitHit ReadSingularNoun(string t, int e, QuantityVocabulary v)
    {
        int k = TextScan.SkipInlineSpaces(t, e);
        if (k == e || k >= t.Length) return default;
        int we = TextScan.WordEnd(t, k);
        var word = t.AsSpan(k, we - k);
        if (word.Length < 3 || !char.IsLower(word[0]) || (we < t.Length && t[we] is '-' or '\'') || v.NotNouns.Contains(word)
            || v.NounStopWords.Contains(word) || v.NotAfterOne.Contains(word) || word.EndsWith("ly")) return default;
        var next = TextScan.NextWord(t, we, out int ns, out _);
        if (ns > we && !next.IsEmpty && char.IsLower(next[0]) && !v.NounStopWords.Contains(next)) return default; // "one tough player"
        return new UnitHit(we, null, word.ToString(), k, we, true);
    }

    private static bool TryPlural(string t, int k, QuantityVocabulary v, out int we)
    {
        we = TextScan.WordEnd(t, k);
        var word = t.AsSpan(k, we - k);
        if (word.Length < 3 || !char.IsLower(word[0])) return false;
        if (we < t.Length && t[we] == '-' && we + 1 < t.Length && char.IsLetter(t[we + 1])) return false; // "war-torn": an adjective
        bool plural = word[^1] == 's' && word[^2] != 's' && word[^2] != '\'';
        return plural && !v.NotNouns.Contains(word) && !v.NounStopWords.Contains(word) && !v.Units.TryMatch(t, k, out _, out _);
    }

    // One-letter capital symbols ("C", "F") only count when glued to the figure ("35C").
    private static bool Acceptable(string t, int start, int end, bool spaced)
    {
        if (end - start == 1 && char.IsUpper(t[start]) && spaced) return false;
        return true;
    }

    private static bool IsModifier(ReadOnlySpan<char> word, QuantityVocabulary v) =>
        v.PeopleModifiers.Contains(word)
        || (char.IsUpper(word[0]) && word.Length > 2)
        || (word.Length > 4 && (word.EndsWith("ed") || word.EndsWith("ing") || word.EndsWith("ian") || word.EndsWith("ese")));
}
