namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// Reads one quantity at a position: [qualifier] [currency prefix] number [range] [unit or counted noun]
/// [postfix qualifier] [(conversion)]. Extraction first, resolution second (<see cref="QuantityResolver"/>).
/// </summary>
internal static class QuantityScanner
{
    /// <summary>
    /// Tries a quantity at <paramref name="pos"/> of the folded text <paramref name="t"/>. Returns where scanning
    /// should go on (past the match, or past a run that is known not to be a quantity), or <paramref name="pos"/>.
    /// <paramref name="qualifierOnly"/> says that the word at <paramref name="pos"/> opens nothing but a qualifier (see
    /// <see cref="QuantityVocabulary.TriggerWords"/>).
    /// </summary>
    public static int Scan(string original, string t, int pos, QuantityVocabulary v, bool allowConversion, out Quantity? quantity, bool qualifierOnly = false)
    {
        quantity = null;
        int p = pos;
        var qualifier = Qualifier.Exact;
        bool aged = false;
        if (qualifierOnly)
        {
            // "in the city", "close to home": without its qualifier the word starts no ordinal, no prefix, no number.
            if (!v.Qualifiers.TryMatch(t, p, out var q, out int qe) || qe >= t.Length || !char.IsWhiteSpace(t[qe])) return pos;
            qualifier = q;
            p = TextScan.SkipInlineSpaces(t, qe);
        }
        else if (char.IsLetter(t[p]))
        {
            if (TryOrdinalWord(original, t, p, v, out quantity, out int oe)) return oe;
            int we = TextScan.WordEnd(t, p);
            if (t.AsSpan(p, we - p).Equals("aged", StringComparison.OrdinalIgnoreCase))
            {
                aged = true;
                p = TextScan.SkipInlineSpaces(t, we);
            }
            else if (v.Qualifiers.TryMatch(t, p, out var q, out int qe) && qe < t.Length && char.IsWhiteSpace(t[qe]))
            {
                qualifier = q;
                p = TextScan.SkipInlineSpaces(t, qe);
            }
        }
        if (p >= t.Length) return pos;
        bool negative = false, minusWord = false, plusSign = false;
        if (t[p] is '-' or '+' && TextScan.IsDigit(t, p + 1) && !TextScan.IsLetterOrDigit(t, p - 1))
        {
            if (t[p] == '+' && IdentifierFilter.IsPhone(t, p + 1)) return IdentifierFilter.RunEnd(t, p + 1); // "+44 20 7946 0958"
            negative = t[p] == '-';
            plusSign = t[p] == '+';
            p++;
        }
        else if (qualifier == Qualifier.Exact && !aged && TextScan.WordEnd(t, p) is int me && me > p
                 && t.AsSpan(p, me - p).Equals("minus", StringComparison.OrdinalIgnoreCase))
        {
            int d = TextScan.SkipInlineSpaces(t, me);
            if (d == me || !TextScan.IsDigit(t, d) && !(d < t.Length && char.IsLetter(t[d]))) return pos;
            negative = minusWord = true;
            p = d;
        }
        UnitDef? prefix = null;
        if (v.Prefixes.TryMatch(t, p, out var pu, out int pe))
        {
            int d = pe < t.Length && t[pe] is ' ' or '-' ? pe + 1 : pe;
            if (TextScan.IsDigit(t, d) && (pe - p > 1 || char.IsSymbol(t[p]) || (d == pe && OneLetterPrefixFits(t, d, v))))
            {
                prefix = pu;
                p = d;
            }
        }
        bool currency = prefix?.Kind == "currency";
        if (!NumberReader.TryRead(t, p, v, currency, out var n1))
            return TextScan.IsDigit(t, p) || (p < t.Length && t[p] == '.') ? IdentifierFilter.RunEnd(t, p) : pos; // a malformed figure is refused whole
        bool introduced = qualifier != Qualifier.Exact || prefix is not null || aged;
        if (n1.Form == NumberForm.Digits && n1.Multiplier == 1 && v.FurnitureAfter.TryMatch(t, TextScan.SkipInlineSpaces(t, n1.End), out _, out int furnitureEnd))
            return furnitureEnd;
        if (n1.Form == NumberForm.Digits)
        {
            int skip = IdentifierFilter.Check(t, n1, introduced || plusSign, prefixed: prefix is not null || plusSign, v);
            if (skip >= 0) return skip;
            if (prefix is null && QuantityContext.ScoreEnd(t, pos, n1, v) is int score and > 0) return score;
            int ord = IdentifierFilter.OrdinalSuffixEnd(t, n1.End);
            if (ord > n1.End && !n1.Grouped && !n1.HasFraction && n1.Multiplier == 1)
            {
                quantity = QuantityResolver.Ordinal(original, n1.Start, ord, n1.Value, null);
                return ord;
            }
        }
        if (negative) n1 = n1 with { Value = -n1.Value };
        int end = Complete(original, t, pos, p, n1, qualifier, prefix, aged, v, allowConversion, out quantity);
        if (negative && quantity is not { Type: QuantityType.Temperature or QuantityType.Percentage }
            && !(minusWord && quantity is { Type: not QuantityType.Count }))
        {
            quantity = null; // a dash before a figure is far more often punctuation than a minus sign
            return pos;
        }
        return end;
    }

    private static int Complete(string original, string t, int pos, int numberStart, NumberToken n1, Qualifier qualifier, UnitDef? prefix,
        bool aged, QuantityVocabulary v, bool allowConversion, out Quantity? quantity)
    {
        quantity = null;
        int e = n1.End;
        bool plus = false;
        if (e < t.Length && t[e] == '+') { plus = true; e++; }
        else if (e + 5 <= t.Length && t.AsSpan(e, 5).Equals("-plus", StringComparison.OrdinalIgnoreCase) && !TextScan.IsLetterOrDigit(t, e + 5)) { plus = true; e += 5; }
        UnitHit unit = prefix is not null ? new UnitHit(e, prefix, prefix.Unit, -1, -1, false) : UnitReader.Read(t, e, n1, v);
        int end = unit.Found ? unit.End : e;
        bool height = false;
        if (prefix is null && TryFeetAndInches(t, n1, e, unit, v, out var inchDef, out double inches, out int inchEnd))
        {
            (n1, unit, end) = (n1 with { Value = inches }, new UnitHit(inchEnd, inchDef, inchDef.Unit, -1, -1, false), inchEnd);
            height = true;
        }
        NumberToken? n2 = null;
        bool between = qualifier == Qualifier.Range;
        if (between) qualifier = Qualifier.Exact;
        bool particle = false;
        var change = between ? QuantityChange.None : QuantityContext.ChangeBefore(t, pos, v, out particle);
        if (n1.Form != NumberForm.Vague && !plus && !height)
        {
            bool toIsLevel = QuantityContext.ToIsLevel(t, pos, change, unit.Found, v);
            if (toIsLevel && !unit.Found && prefix is null && TryRange(t, end, n1, between, true, prefix, v, out var level, out int afterLevel)
                && UnitReader.Read(t, afterLevel, level, v) is { Found: true, Generic: false } levelUnit)
                unit = levelUnit; // "rose from 1 million to 1.5 million tonnes": the first level is in tonnes too (its span stays "1 million")
            else if (TryRange(t, end, n1, between, !toIsLevel, prefix, v, out var second, out int afterSecond))
            {
                if (n1.YearLike && second.YearLike) return afterSecond; // "2011-2015": a span of years, not a quantity
                var unit2 = prefix is not null ? unit with { End = afterSecond } : UnitReader.Read(t, afterSecond, second, v);
                // "0.5% to 151": a first end with its own unit needs the second to carry one ("5% to 6%", "5 to 6%")
                if (!(unit.Found && unit2.Found && unit.Unit != unit2.Unit && !unit.Generic)
                    && !(unit.Found && !unit.Generic && !unit2.Found && prefix is null && !v.Units.TryMatch(t, afterSecond, out _, out _))
                    && !(change != QuantityChange.None && second.Value > 5 * n1.Value && n1.Value > 0))
                {
                    n2 = second;
                    if (unit2.Found) unit = unit2;
                    end = unit2.Found ? unit2.End : afterSecond;
                    if (!unit2.Found && unit.Found && unit.Generic) unit = default;
                    if (n1.Multiplier == 1 && second.Multiplier > 1 && n1.Value < second.Value / second.Multiplier * 10)
                        n1 = n1 with { Value = n1.Value * second.Multiplier, Multiplier = second.Multiplier };
                    qualifier = Qualifier.Range;
                }
            }
        }
        if (n1.YearLike && n2 is null && (!unit.Found || unit.Generic || v.YearPrepositions.Contains(TextScan.PreviousWord(t, pos, out _)))
            && !RoundCountOfThings(t, pos, n1, unit))
            return n1.End;
        if (!unit.Found && n1.Form == NumberForm.Words && n1.Value == 1 && n2 is null)
        {
            unit = UnitReader.ReadSingularNoun(t, n1.End, v); // "one home", "one country"
            if (unit.Found) end = unit.End;
        }
        if (plus && qualifier == Qualifier.Exact) qualifier = Qualifier.AtLeast;
        if (n1.Form == NumberForm.Vague && qualifier is Qualifier.Exact or Qualifier.Approximately) qualifier = Qualifier.Vague;
        var type = unit.Def?.Type ?? (unit.Found ? QuantityType.Count : QuantityType.Number);
        string? unitName = unit.Unit;
        if (unit.Def is { Kind: "duration" } && (unit.Def.Unit is "year" or "month" or "week" or "day"))
        {
            int oldEnd = OldEnd(t, end);
            if (oldEnd > end || aged) { type = QuantityType.Age; end = oldEnd; }
        }
        else if (aged && !unit.Found) { type = QuantityType.Age; unitName = "year"; }
        if (!unit.Found && n1.Form == NumberForm.Words && n2 is null && (n1.Value <= 1 || n1.Value != Math.Floor(n1.Value))
            && !(n1.Value < 1 && TextScan.NextWord(t, end, out _, out _).Equals("of", StringComparison.OrdinalIgnoreCase)))
            return pos; // a bare "one" is a pronoun; "half" only counts as "half of ..."
        if (n1.Form == NumberForm.Words && n1.Value < 1 && n2 is null && PrecededBy(t, n1.Start, "the"))
            return pos; // "the half year", "the quarter": a period, not a fraction
        if (qualifier == Qualifier.MoreThan && type == QuantityType.Duration && OverAsPreposition(t, pos))
            qualifier = Qualifier.Exact; // "worth €1.2bn over ten years": during, not more than
        if (!unit.Found && n2 is null && n1.Form == NumberForm.Digits && numberStart > 0 && t[numberStart - 1] == '(' && end < t.Length && t[end] == ')')
            return end;
        if (unit.Found && v.PostfixQualifiers.TryMatch(t, TextScan.SkipInlineSpaces(t, end), out var post, out int postEnd) && qualifier == Qualifier.Exact)
        {
            qualifier = post;
            end = postEnd;
        }
        string? per = unit.Def?.Per;
        if (per is null && unit.Found && QuantityContext.Per(t, end, v, out int perEnd) is { } rate) (per, end) = (rate, perEnd);
        if (change == QuantityChange.None && n2 is null) change = QuantityContext.ChangeAfter(t, end, v);
        if (unit.IsPeople || type is QuantityType.Age or QuantityType.Duration || (particle && type == QuantityType.Count))
            change = QuantityChange.None; // "lost 3 soldiers", "up 3 days", "shot down 4 helicopters"
        Quantity? conversion = null;
        if (allowConversion && unit.Def is not null)
            end = ReadConversion(original, t, end, unit.Def, v, out conversion);
        string? noun = unit.NounStart >= 0 && unit.Def is null && unit.Found ? original.Substring(unit.NounStart, unit.NounEnd - unit.NounStart) : null;
        string? modifiers = noun is not null && unit.ModifiersStart >= 0 ? original.AsSpan(unit.ModifiersStart, unit.NounStart - unit.ModifiersStart).TrimEnd().ToString() : null;
        quantity = QuantityResolver.Build(original, pos, end, type, qualifier, n1, n2, unitName, noun, unit.Def, conversion, v, change, per, modifiers);
        return end;
    }

    private static bool TryRange(string t, int after, in NumberToken n1, bool between, bool toAllowed, UnitDef? prefix, QuantityVocabulary v, out NumberToken n2, out int end)
    {
        n2 = default;
        end = after;
        int c = TextScan.SkipInlineSpaces(t, after);
        if (c >= t.Length) return false;
        int k;
        if (t[c] == '-' && !between) k = c + 1;
        else
        {
            int we = TextScan.WordEnd(t, c);
            var w = t.AsSpan(c, we - c);
            bool ok = between ? w.Equals("and", StringComparison.OrdinalIgnoreCase)
                : (toAllowed && w.Equals("to", StringComparison.OrdinalIgnoreCase)) || (w.Equals("or", StringComparison.OrdinalIgnoreCase) && n1.Form == NumberForm.Words);
            if (!ok || we == c) return false;
            k = we;
        }
        k = TextScan.SkipInlineSpaces(t, k);
        if (prefix is not null && v.Prefixes.TryMatch(t, k, out var again, out int pe) && again.Unit == prefix.Unit) k = pe;
        if (!NumberReader.TryRead(t, k, v, prefix?.Kind == "currency", out n2) || n2.Form == NumberForm.Vague) return false;
        double low = n1.Multiplier == 1 && n2.Multiplier > 1 ? n1.Value * n2.Multiplier : n1.Value;
        if (n2.Value <= low && !(n1.Multiplier == 1 && n2.Multiplier > 1 && n1.Value < n2.Value)) return false;
        if (n2.Form == NumberForm.Digits && IdentifierFilter.OrdinalSuffixEnd(t, n2.End) > n2.End) return false;
        end = n2.End;
        return true;
    }

    private static int ReadConversion(string original, string t, int end, UnitDef main, QuantityVocabulary v, out Quantity? conversion)
    {
        conversion = null;
        int c = TextScan.SkipInlineSpaces(t, end);
        if (c >= t.Length || t[c] != '(') return end;
        int inner = TextScan.SkipInlineSpaces(t, c + 1);
        if (inner >= t.Length) return end;
        Scan(original, t, inner, v, allowConversion: false, out var q);
        if (q is null) return end;
        int close = TextScan.SkipInlineSpaces(t, q.End);
        if (close >= t.Length || t[close] != ')') return end;
        if (q.Unit is null || !QuantityResolver.SameKind(main, q.Unit, v)) return end;
        conversion = q;
        return close + 1;
    }

    private static bool TryOrdinalWord(string original, string t, int p, QuantityVocabulary v, out Quantity? quantity, out int end)
    {
        quantity = null;
        end = p;
        int we = TextScan.WordEnd(t, p);
        if (!v.Ordinals.TryGetValue(t.AsSpan(p, we - p), out double rank)) return false;
        int next = we < t.Length && t[we] == '-' ? we + 1 : TextScan.SkipInlineSpaces(t, we);
        if (next == we || next >= t.Length || !char.IsLetter(t[next])) return false;
        int ne = TextScan.WordEnd(t, next);
        if (ne < t.Length && t[ne] == '-' && ne + 1 < t.Length && char.IsLetter(t[ne + 1])) ne = TextScan.WordEnd(t, ne + 1); // "largest-ever"
        var w = t.AsSpan(next, ne - next);
        if (!v.RankWords.Contains(w) && !(w.Length > 4 && w.EndsWith("est") && char.IsLower(w[0]))) return false;
        if (w.Equals("most", StringComparison.OrdinalIgnoreCase))
        {
            int after = TextScan.SkipInlineSpaces(t, ne);
            int ae = TextScan.WordEnd(t, after);
            if (ae == after) return false;
            ne = ae; // "third most populous"
        }
        quantity = QuantityResolver.Ordinal(original, p, ne, rank, original.Substring(next, ne - next));
        end = ne;
        return true;
    }

    private static int OldEnd(string t, int end)
    {
        if (end + 4 <= t.Length && t.AsSpan(end, 4).Equals("-old", StringComparison.OrdinalIgnoreCase) && !TextScan.IsLetterOrDigit(t, end + 4)) return end + 4;
        int j = TextScan.SkipInlineSpaces(t, end);
        if (j > end && j + 3 <= t.Length && t.AsSpan(j, 3).Equals("old", StringComparison.OrdinalIgnoreCase) && !TextScan.IsLetterOrDigit(t, j + 3)) return j + 3;
        return end;
    }

    // "R500", "R2.5bn", "R1,200": a one-letter prefix glued to a sizeable figure; "R0", "R2" (a reproduction number, a road) are not money.
    private static bool OneLetterPrefixFits(string t, int digits, QuantityVocabulary v)
    {
        if (t[digits] == '0') return false;
        if (!NumberReader.TryRead(t, digits, v, currency: true, out var n)) return false;
        return n.Multiplier > 1 || n.Grouped || n.IntegerDigits >= 3;
    }

    // "2000 cars", "1500 homes": a round four-digit figure before a counted plural is a count; "the 2000 elections" is a year.
    private static bool RoundCountOfThings(string t, int pos, in NumberToken n, in UnitHit unit)
    {
        if (!unit.Found || !unit.Generic || n.Value % 100 != 0) return false;
        var before = TextScan.PreviousWord(t, pos, out _);
        return !(before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.Equals("its", StringComparison.OrdinalIgnoreCase)
            || before.Equals("their", StringComparison.OrdinalIgnoreCase) || before.Equals("this", StringComparison.OrdinalIgnoreCase)
            || (pos >= 2 && t[pos - 2] == '\'' && t[pos - 1] == 's'));
    }

    private static bool OverAsPreposition(string t, int pos) =>
        t.AsSpan(pos).StartsWith("over ", StringComparison.OrdinalIgnoreCase) && !PrecededBy(t, pos, "for") && !PrecededBy(t, pos, "of")
        && !PrecededBy(t, pos, "after") && !PrecededBy(t, pos, "lasted") && !PrecededBy(t, pos, "took");

    private static bool PrecededBy(string t, int pos, string word) =>
        TextScan.PreviousWord(t, pos, out _).Equals(word, StringComparison.OrdinalIgnoreCase);

    // 5'11", 6-foot-2, 5 ft 11 in: one length in inches.
    private static bool TryFeetAndInches(string t, in NumberToken n1, int e, in UnitHit unit, QuantityVocabulary v, out UnitDef inch, out double inches, out int end)
    {
        inch = v.UnitsByName["in"];
        inches = 0;
        end = e;
        if (n1.Form != NumberForm.Digits || n1.HasFraction || n1.Grouped || n1.Multiplier != 1 || n1.Value > 99) return false;
        bool prime = !unit.Found && e < t.Length && t[e] == '\'' && !(e + 1 < t.Length && char.IsLetter(t[e + 1]));
        if (!prime && unit.Def?.Unit != "ft") return false;
        if (!QuantityContext.TryInches(t, prime ? e + 1 : unit.End, prime, out double extra, out end)) return false;
        inches = n1.Value * 12 + extra;
        return true;
    }
}
