namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// Reads numbers written in words: "five", "twenty-three", "a hundred", "two dozen", "one and a half million",
/// "half a million", "a third", "two-thirds".
/// </summary>
/// <remarks>Word by word, left to right, stopping at the first word that does not continue the number.</remarks>
internal static class WordNumberParser
{
    private enum Last { None, Cardinal, Multiplier, Fraction }

    public static bool TryParse(string t, int pos, QuantityVocabulary v, out NumberToken n)
    {
        n = default;
        double total = 0, current = 0, lastCardinal = 0, multiplier = 1;
        bool any = false, article = false, afterAnd = false;
        var last = Last.None;
        int end = pos, j = pos;
        while (j < t.Length && char.IsLetter(t[j]))
        {
            int we = TextScan.WordEnd(t, j);
            var w = t.AsSpan(j, we - j);
            int next = NextWordStart(t, we);
            if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                if (article || next < 0 || (any && !afterAnd && last != Last.Fraction) || !StartsScaleOrFraction(t, next, v)) break;
                article = true;
                j = next;
                continue;
            }
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                if (!any || afterAnd || next < 0) break;
                afterAnd = true;
                j = next;
                continue;
            }
            if (v.Cardinals.TryGetValue(w, out double c))
            {
                if (article) break;
                if (any && last == Last.Cardinal && !afterAnd)
                {
                    if (!(lastCardinal >= 20 && lastCardinal % 10 == 0 && c < 10)) break;
                }
                else if (any && last == Last.Fraction) break;
                current += c;
                lastCardinal = c;
                last = Last.Cardinal;
            }
            else if (v.Multipliers.TryGetValue(w, out double m))
            {
                if (!any && !article) break;
                if (afterAnd) break;
                if (m < 1000) current = (current == 0 ? 1 : current) * m;
                else { total += (current == 0 ? 1 : current) * m; current = 0; }
                multiplier = m >= 1000 ? m : multiplier;
                last = Last.Multiplier;
            }
            else if (v.Fractions.TryGetValue(w, out double den))
            {
                bool plural = w[^1] == 's' && !w.Equals("halves", StringComparison.OrdinalIgnoreCase);
                if (plural)
                {
                    if (!any || last != Last.Cardinal || afterAnd) break;
                    current = current / den;
                }
                else if (afterAnd && (article || (last == Last.Cardinal && lastCardinal == 1))) current += 1 / den;
                else if (afterAnd) break;
                else if (article && !any) current = 1 / den;
                else if (!any && den == 2) current = 0.5;
                else if (any && last == Last.Cardinal && lastCardinal == 1 && current == 1) current = 1 / den;
                else break;
                last = Last.Fraction;
            }
            else break;
            any = true;
            article = false;
            afterAnd = false;
            end = we;
            j = next < 0 ? we : next;
            if (next < 0) break;
        }
        if (!any) return false;
        if (last == Last.Fraction && total == 0 && TryOfScale(t, end, v, out double scale, out int scaleEnd))
        {
            current *= scale; // "a quarter of a million"
            multiplier = scale;
            end = scaleEnd;
        }
        n = new NumberToken(pos, end, total + current, NumberForm.Words) { Multiplier = multiplier };
        return true;
    }

    // Words of a number are separated by white space or a hyphen ("twenty-three", "two-thirds"); -1 when none follows.
    private static int NextWordStart(string t, int wordEnd)
    {
        int j = wordEnd;
        if (j < t.Length && t[j] == '-') j++;
        else j = TextScan.SkipInlineSpaces(t, j);
        return j > wordEnd && j < t.Length && char.IsLetter(t[j]) ? j : -1;
    }

    // "of a million", "of a billion" after a fraction word.
    private static bool TryOfScale(string t, int end, QuantityVocabulary v, out double scale, out int scaleEnd)
    {
        scale = 1;
        scaleEnd = end;
        var of = TextScan.NextWord(t, end, out _, out int oe);
        if (!of.Equals("of", StringComparison.OrdinalIgnoreCase)) return false;
        var article = TextScan.NextWord(t, oe, out _, out int ae);
        if (!(article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase))) return false;
        var word = TextScan.NextWord(t, ae, out _, out int we);
        if (!v.Multipliers.TryGetValue(word, out scale) || scale < 1000) return false;
        scaleEnd = we;
        return true;
    }

    private static bool StartsScaleOrFraction(string t, int start, QuantityVocabulary v)
    {
        var w = t.AsSpan(start, TextScan.WordEnd(t, start) - start);
        return v.Multipliers.ContainsKey(w) || (v.Fractions.TryGetValue(w, out _) && w[^1] != 's');
    }
}
