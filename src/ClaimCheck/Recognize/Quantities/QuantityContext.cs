namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// The words around a figure that change what it is: a change ("fell 1.2 percent", "a 5% rise"), a rate ("$2,000 a
/// month"), a score ("a 101-99 win") and feet with inches ("5'11\"", "6-foot-2", "5 ft 11 in").
/// </summary>
/// <remarks>Each check looks at most a few words to either side; vocabularies are in numbers.yaml.</remarks>
internal static class QuantityContext
{
    /// <summary>
    /// A change word right before the quantity ("fell 1.2%", "rose by $2bn", "up 3%"), or none. <paramref name="particle"/>
    /// tells "up"/"down", which only mark a change of a measure, not of a count ("shot down 4 helicopters").
    /// </summary>
    public static QuantityChange ChangeBefore(string t, int pos, QuantityVocabulary v, out bool particle)
    {
        particle = false;
        if (char.IsLetter(t[pos]) && v.LevelQualifiers.Contains(t.AsSpan(pos, TextScan.WordEnd(t, pos) - pos))) return QuantityChange.None; // "fell below 10"
        var word = WordBefore(t, pos, out int ws);
        if (word.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            // "rose by 3%", "cut rates by 25 basis points", "lifted its forecast by 2%": the verb up to three words back
            for (int k = 0; k < 3; k++)
            {
                word = WordBefore(t, ws, out ws);
                if (word.IsEmpty || v.ChangeBefore.TryGetValue(word, out _)) break;
            }
        }
        if (word.IsEmpty || !v.ChangeBefore.TryGetValue(word, out var change)) return QuantityChange.None;
        particle = word.Equals("up", StringComparison.OrdinalIgnoreCase) || word.Equals("down", StringComparison.OrdinalIgnoreCase);
        return change;
    }

    /// <summary>A change word right after the quantity ("a 5% rise", "closed 2% lower"), or none.</summary>
    public static QuantityChange ChangeAfter(string t, int end, QuantityVocabulary v)
    {
        int j = TextScan.SkipInlineSpaces(t, end);
        return j > end && v.ChangeAfter.TryMatch(t, j, out var change, out _) ? change : QuantityChange.None;
    }

    /// <summary>
    /// Whether "to" after the figure leads to a level rather than closing a range: after a change word when the figure
    /// has its own unit ("fell 1.2 percent to 4,510.3"; but "rose eight to 10 feet" is a range of the change), or after
    /// a change word and "from" ("rose from 300 to 500", "went from 3% to 5%").
    /// </summary>
    public static bool ToIsLevel(string t, int pos, QuantityChange change, bool ownUnit, QuantityVocabulary v)
    {
        if (change != QuantityChange.None) return ownUnit || WordBefore(t, pos, out _).Equals("by", StringComparison.OrdinalIgnoreCase);
        var word = WordBefore(t, pos, out int ws);
        if (!word.Equals("from", StringComparison.OrdinalIgnoreCase)) return false;
        var mover = WordBefore(t, ws, out _);
        return mover.IsEmpty || v.ChangeBefore.TryGetValue(mover, out _) || v.LevelMovers.Contains(mover)
            || mover.Equals("up", StringComparison.OrdinalIgnoreCase) || mover.Equals("down", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// What a rate is per, after the quantity: "a month", "an hour", "per share", "/barrel", "a day"; null when none
    /// ("a day earlier" and "a year ago" are dates, "a day's walk" is not a rate).
    /// </summary>
    public static string? Per(string t, int end, QuantityVocabulary v, out int perEnd)
    {
        perEnd = end;
        if (TextScan.NextWord(t, end, out int os, out int oe).Equals("of", StringComparison.OrdinalIgnoreCase) && os > end)
        {
            // "2 million tonnes of carbon dioxide a year": the rate may follow what is measured, one or two words on
            // (not "2 inches of rain fell in an hour": a verb or a function word ends the look-ahead)
            for (int k = 0, w = oe; k < 3; k++)
            {
                var word = TextScan.NextWord(t, w, out int ws, out int we);
                if (ws == w || word.IsEmpty) return null;
                if (k > 0 && word is "a" or "an" or "per") return Per(t, w, v, out perEnd);
                if (v.NounStopWords.Contains(word) || word.EndsWith("ed") || !char.IsLower(word[0])) return null;
                w = we;
            }
            return null;
        }
        if (end + 3 < t.Length && t[end] == '-' && HyphenatedRate(t, end + 1, v, out string? rate, out int rateEnd))
        {
            perEnd = rateEnd; // "a $2,000-a-month lease", "a $5 million-a-year contract"
            return rate;
        }
        int j;
        if (end + 1 < t.Length && t[end] == '/' && char.IsLetter(t[end + 1])) j = end + 1;
        else
        {
            var w = TextScan.NextWord(t, end, out int ws, out int we);
            if (ws == end || !(w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
                || w.Equals("per", StringComparison.OrdinalIgnoreCase))) return null;
            j = TextScan.SkipInlineSpaces(t, we);
            if (j == we || j >= t.Length) return null;
        }
        string per;
        int e;
        if (v.Units.TryMatch(t, j, out var def, out int ue) && def.Kind != "percent") (per, e) = (def.Unit, ue);
        else if (v.PerNouns.TryMatch(t, j, out var noun, out int ne)) (per, e) = (noun == "annum" ? "year" : noun, ne);
        else return null;
        if (e < t.Length && t[e] is '-' or '\'') return null; // "a year-on-year", "a day's walk"
        var next = TextScan.NextWord(t, e, out int ns, out _);
        bool afterPer = t[end] == '/' || TextScan.NextWord(t, end, out _, out _).Equals("per", StringComparison.OrdinalIgnoreCase);
        if (ns > e && v.NotAfterPer.Contains(next) && !(afterPer && next.Equals("of", StringComparison.OrdinalIgnoreCase))) return null; // "per kilogram of milk"
        perEnd = e;
        return per;
    }

    /// <summary>
    /// End of a score or result read as one run ("a 101-99 win", "beat Ajax 3-1", "a 5-4 vote"), or -1. A pair whose
    /// second figure is not larger is always a score; a larger one only beside a score word ("lost 99-101").
    /// </summary>
    public static int ScoreEnd(string t, int pos, in NumberToken n1, QuantityVocabulary v)
    {
        if (n1.Form != NumberForm.Digits || n1.Grouped || n1.HasFraction || n1.Multiplier != 1 || n1.IntegerDigits > 3) return -1;
        int e = n1.End;
        if (e + 1 >= t.Length || t[e] != '-' || !char.IsAsciiDigit(t[e + 1])) return -1;
        int k = e + 1;
        while (k < t.Length && char.IsAsciiDigit(t[k])) k++;
        if (k - e - 1 > 3 || TextScan.IsLetterOrDigit(t, k) || (k + 1 < t.Length && t[k] is '.' or ',' or '-' && char.IsAsciiDigit(t[k + 1]))) return -1;
        if (k < t.Length && t[k] is '%' or '/') return -1;
        double second = NumberReader.Parse(t, e + 1, k);
        if (UnitReader.Read(t, k, new NumberToken(e + 1, k, second, NumberForm.Digits), v).Found) return -1; // "3-4 metres": a range
        if (second <= n1.Value) return k;
        var after = TextScan.NextWord(t, k, out _, out _);
        return v.ScoreAfter.Contains(after) || v.ScoreBefore.Contains(WordBefore(t, pos, out _)) ? k : -1;
    }

    /// <summary>
    /// Feet and inches as one length in inches: "5'11\"", "5' 11\"", "6-foot-2", "5 ft 11 in", "5 feet 11 inches".
    /// <paramref name="afterFeet"/> is where the feet end (after the prime or the foot unit).
    /// </summary>
    public static bool TryInches(string t, int afterFeet, bool prime, out double inches, out int end)
    {
        inches = 0;
        end = afterFeet;
        int j = afterFeet;
        if (j < t.Length && t[j] == '-' && !prime) j++;
        else j = TextScan.SkipInlineSpaces(t, j);
        int d = j;
        while (j < t.Length && char.IsAsciiDigit(t[j]) && j - d < 3) j++;
        if (j == d || j - d > 2) return false;
        inches = NumberReader.Parse(t, d, j);
        if (inches >= 12) return false;
        if (j < t.Length && t[j] == '"') { end = j + 1; return true; }
        if (j + 1 < t.Length && t[j] == '\'' && t[j + 1] == '\'') { end = j + 2; return true; }
        int u = j < t.Length && t[j] == '-' ? j + 1 : TextScan.SkipInlineSpaces(t, j);
        var unit = TextScan.NextWord(t, u, out int us, out int ue);
        if (us == u && unit is "in" or "ins" or "inch" or "inches") { end = ue; return true; }
        if (TextScan.IsLetterOrDigit(t, j) || !(prime || t[afterFeet] == '-')) return false;
        end = j; // "5'11", "6-foot-2"
        return true;
    }

    private static bool HyphenatedRate(string t, int start, QuantityVocabulary v, out string? rate, out int end)
    {
        rate = null;
        end = start;
        int we = TextScan.WordEnd(t, start);
        var article = t.AsSpan(start, we - start);
        if (!(article is "a" or "an" or "per") || we + 1 >= t.Length || t[we] != '-') return false;
        int j = we + 1;
        if (v.Units.TryMatch(t, j, out var def, out int ue) && def.Kind != "percent") (rate, end) = (def.Unit, ue);
        else if (v.PerNouns.TryMatch(t, j, out var noun, out int ne)) (rate, end) = (noun, ne);
        return rate is not null;
    }

    // The word that ends right before pos, across spaces only (not across sentence punctuation).
    private static ReadOnlySpan<char> WordBefore(string t, int pos, out int start)
    {
        int j = pos - 1;
        while (j >= 0 && t[j] is ' ' or '\t') j--;
        int end = j + 1;
        while (j >= 0 && char.IsLetter(t[j])) j--;
        start = j + 1;
        return t.AsSpan(start, end - start);
    }
}
