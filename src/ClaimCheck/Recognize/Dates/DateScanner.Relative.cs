using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Recognize.Dates;

/// <summary>Years with their prepositions, offsets ("two days later") and periods ("earlier this week").</summary>
internal readonly partial struct DateScanner
{
    // "since 2011", "in 2011", "between 2018 and 2019", "from 2011 to 2015", "by 2030".
    private bool TryYearPhrase(int pos, int we, ReadOnlySpan<char> word, out DateMention? mention, out int end)
    {
        mention = null;
        end = pos;
        // The year first: it is missing far more often than the word is wrong.
        int ys = TextScan.SkipInlineSpaces(t, we);
        if (ys == we || !IsYearAt(ys)) return false;
        bool between = word.Equals("between", StringComparison.OrdinalIgnoreCase);
        bool bound = v.YearBounds.TryGetValue(word, out var kind);
        if (!between && !bound && !v.YearPrepositions.Contains(word)) return false;
        int y1 = Int(ys, 4), ye = ys + 4;
        bool from = word.Equals("from", StringComparison.OrdinalIgnoreCase);
        if (between || from)
        {
            int c = TextScan.SkipInlineSpaces(t, ye);
            int ce = c < t.Length && t[c] == '-' ? c + 1 : TextScan.WordEnd(t, c);
            var connector = t.AsSpan(c, ce - c);
            bool ok = between ? connector.Equals("and", StringComparison.OrdinalIgnoreCase) : connector is "-" || connector.Equals("to", StringComparison.OrdinalIgnoreCase);
            int y2s = TextScan.SkipInlineSpaces(t, ce);
            if (ok && IsYearAt(y2s) && Int(y2s, 4) > y1)
            {
                end = Found(pos, y2s + 4, (new DateOnly(y1, 1, 1), new DateOnly(Int(y2s, 4), 12, 31)), relative: false, out mention);
                return true;
            }
            if (between) return false;
        }
        if (from) kind = ""; // "figures from 2022": the year itself
        (DateOnly?, DateOnly?) range = kind switch
        {
            "from" => (new DateOnly(y1, 1, 1), reference),
            "after" => (new DateOnly(y1 + 1, 1, 1), reference),
            "until" => (null, new DateOnly(y1, 12, 31)),
            "before" => (null, new DateOnly(y1 - 1, 12, 31)),
            _ => (new DateOnly(y1, 1, 1), new DateOnly(y1, 12, 31)),
        };
        int start = bound ? pos : ys;
        end = FoundOpen(start, ye, range, relative: false, out mention);
        return true;
    }

    // "two days later", "three weeks ago", "a day earlier": against an earlier date of the same text, else the publication day.
    private int TryOffset(int pos, out DateMention? mention)
    {
        mention = null;
        int count, ne;
        var first = t.AsSpan(pos, TextScan.WordEnd(t, pos) - pos);
        if (first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase) || first.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            count = 1;
            ne = pos + first.Length;
        }
        else if (WordNumberParser.TryParse(t, pos, QuantityVocabulary.Default, out var n) && n.Value >= 1 && n.Value == Math.Floor(n.Value))
        {
            count = (int)n.Value;
            ne = n.End;
        }
        else return pos;
        int us = TextScan.SkipInlineSpaces(t, ne);
        int ue = TextScan.WordEnd(t, us);
        if (us == ne || !v.OffsetUnits.TryGetValue(t.AsSpan(us, ue - us), out int unitDays)) return pos;
        int ds = TextScan.SkipInlineSpaces(t, ue);
        int de = TextScan.WordEnd(t, ds);
        var direction = t.AsSpan(ds, de - ds);
        if (ds == ue || direction.Equals("on", StringComparison.OrdinalIgnoreCase) || !v.OffsetDirections.TryGetValue(direction, out int sign)) return pos;
        bool ago = direction.Equals("ago", StringComparison.OrdinalIgnoreCase);
        // "a day after the vote": counted from an event named next, which only the reader can date.
        bool eventFollows = (direction.Equals("after", StringComparison.OrdinalIgnoreCase) || direction.Equals("before", StringComparison.OrdinalIgnoreCase))
            && TextScan.SkipInlineSpaces(t, de) < t.Length && char.IsLetterOrDigit(t[TextScan.SkipInlineSpaces(t, de)]);
        DateOnly? from = eventFollows ? null : ago ? reference : anchor ?? reference;
        return Found(pos, de, Offset(from, sign * count, unitDays), relative: true, out mention);
    }

    private (DateOnly, DateOnly)? Period(RelativePeriod p)
    {
        if (reference is not { } r) return null;
        DateOnly first, last;
        switch (p.Period)
        {
            case "week":
                first = DateMath.StartOfWeek(r).AddDays(7 * p.Which);
                last = first.AddDays(6);
                break;
            case "month":
                var m = new DateOnly(r.Year, r.Month, 1).AddMonths(p.Which);
                (first, last) = (m, DateMath.EndOfMonth(m.Year, m.Month));
                break;
            case "year":
                (first, last) = (new DateOnly(r.Year + p.Which, 1, 1), new DateOnly(r.Year + p.Which, 12, 31));
                break;
            case "days":
                (first, last) = (r.AddDays(-p.Which), r);
                break;
            default: // weekend: the most recent Saturday and Sunday on or before the publication day
                var saturday = DateMath.LastWeekday(DateMath.IsoDay(r) == 7 ? r.AddDays(-1) : r, 6, strict: false).AddDays(7 * p.Which);
                (first, last) = (saturday, saturday.AddDays(1));
                break;
        }
        if (p.BeforeReference && last > r) last = r;
        if (p.AfterReference && first < r) first = r;
        return (first, last);
    }

    private static (DateOnly, DateOnly)? Offset(DateOnly? from, int count, int unitDays)
    {
        if (from is not { } f) return null;
        var d = DateMath.Shift(f, count, unitDays);
        return (d, d);
    }

    private int Found(int start, int end, (DateOnly, DateOnly)? range, bool relative, out DateMention? mention) =>
        FoundOpen(start, end, (range?.Item1, range?.Item2), relative, out mention);

    private int FoundOpen(int start, int end, (DateOnly? First, DateOnly? Last) range, bool relative, out DateMention? mention)
    {
        mention = new DateMention
        {
            Text = original.Substring(start, end - start),
            Start = start,
            Length = end - start,
            Earliest = range.First,
            Latest = range.Last,
            IsRelative = relative,
        };
        return end;
    }

    private bool IsYearAt(int s) => NumberReader.IsDigits(t, s, 4) && !TextScan.IsLetterOrDigit(t, s + 4) && IsYear(s, s + 4)
        && !(s + 5 < t.Length && t[s + 4] == ',' && char.IsAsciiDigit(t[s + 5]));

    private bool IsYear(int s, int e) => e - s == 4 && Int(s, 4) is >= 1900 and <= 2100;

    private int Int(int s, int len)
    {
        int value = 0;
        for (int k = s; k < s + len; k++) value = value * 10 + (t[k] - '0');
        return value;
    }
}
