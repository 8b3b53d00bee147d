namespace ClaimCheck.Recognize.Quantities;

/// <summary>What follows a number: a unit of measure, a count of people, or a counted noun.</summary>
internal readonly record struct UnitHit(int End, UnitDef? Def, string? Unit, int NounStart, int NounEnd, bool Generic)
{
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
        int k = j;
        if (n.Form == NumberForm.Vague || n.Multiplier > 1)
        {
            var w = TextScan.NextWord(t, j, out _, out int we);
            if (w.Equals("of", StringComparison.OrdinalIgnoreCase)) k = TextScan.SkipInlineSpaces(t, we);
        }
        if (v.Units.TryMatch(t, k, out var def, out int ue) && Acceptable(t, k, ue, spaced))
            return new UnitHit(ue, def, def.Unit, k, ue, false);
        if (!char.IsLetter(t[k])) return default;
        if (v.PeopleNouns.TryMatch(t, k, out var people, out int pe))
            return new UnitHit(pe, null, people, k, pe, false);
        int m = k;
        for (int i = 0; i < MaxModifiers; i++)
        {
            int we = TextScan.WordEnd(t, m);
            if (we == m || !IsModifier(t.AsSpan(m, we - m), v)) break;
            int next = we < t.Length && t[we] == '-' ? we + 1 : TextScan.SkipInlineSpaces(t, we);
            if (next == we || next >= t.Length || !char.IsLetter(t[next])) break;
            m = next;
            if (v.PeopleNouns.TryMatch(t, m, out people, out pe))
                return new UnitHit(pe, null, people, m, pe, false);
        }
        return ReadCountedNoun(t, k, v);
    }

    private static UnitHit ReadCountedNoun(string t, int k, QuantityVocabulary v)
    {
        int we = TextScan.WordEnd(t, k);
        var word = t.AsSpan(k, we - k);
        if (word.Length < 3 || !char.IsLower(word[0])) return default;
        if (we < t.Length && t[we] == '-' ) return default; // "10 war-torn..." is an adjective, not the noun
        bool plural = word[^1] == 's' && word[^2] != 's' && word[^2] != '\'';
        if ((!plural || v.NotNouns.Contains(word)) && !v.CountNounsIrregular.Contains(word)) return default;
        return new UnitHit(we, null, word.ToString().ToLowerInvariant(), k, we, true);
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
