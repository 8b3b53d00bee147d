using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Recognize.Dates;

/// <summary>Reads one date mention at a position of the folded text; resolution happens as it is read.</summary>
internal readonly partial struct DateScanner(string original, string t, DateOnly? reference, DateOnly? anchor, DateVocabulary v)
{
    private const int AnnouncedFutureDays = 31;

    /// <param name="pos">Where to read: a digit, or a word that can start a mention.</param>
    /// <param name="trigger">What the word at <paramref name="pos"/> can start: the rest is not tried.</param>
    /// <param name="mention">The mention read, or null.</param>
    /// <returns>The end of the mention, or <paramref name="pos"/> when there is none.</returns>
    public int Scan(int pos, DateTrigger trigger, out DateMention? mention)
    {
        mention = null;
        if (char.IsAsciiDigit(t[pos])) return ScanDigits(pos, out mention);
        int we = TextScan.WordEnd(t, pos);
        if (we - pos > 2 && t[we - 2] == '\'' && t[we - 1] is 's' or 'S') we -= 2; // "Saturday's vote"
        var word = t.AsSpan(pos, we - pos);
        if (trigger.HasFlag(DateTrigger.Phrase) && v.OpensPhrase(t, pos))
        {
            if (v.AdjacentDays.TryMatch(t, pos, out int offset, out int ae))
                return Found(pos, ae, Offset(anchor ?? reference, offset, 1), relative: true, out mention);
            if (v.RelativePeriods.TryMatch(t, pos, out var period, out int pe))
                return Found(pos, pe, Period(period), relative: true, out mention);
            if (v.MonthParts.TryMatch(t, pos, out var part, out int mpe) && TryMonthPart(pos, mpe, part, out mention, out int partEnd))
                return partEnd;
        }
        if (trigger.HasFlag(DateTrigger.Word) && ScanWord(pos, we, word, out mention, out int end)) return end;
        if (trigger.HasFlag(DateTrigger.Year) && TryYearPhrase(pos, we, word, out mention, out int ye)) return ye;
        return trigger.HasFlag(DateTrigger.Count) ? TryOffset(pos, out mention) : pos;
    }

    // A mention read from the word itself: a month, a weekday, a relative day.
    // Returns whether the word decided the scan (a month without a date decides it too: "Theresa May said").
    private bool ScanWord(int pos, int we, ReadOnlySpan<char> word, out DateMention? mention, out int end)
    {
        mention = null;
        end = pos;
        if (v.TryMonth(word, out int month))
        {
            end = ScanMonth(pos, we, month, out mention);
            return true;
        }
        if (word is "on" or "On" or "last" or "Last" or "next" or "Next" or "this" or "This")
        {
            int ws = TextScan.SkipInlineSpaces(t, we);
            int wend = TextScan.WordEnd(t, ws);
            if (ws > we && v.TryWeekday(t.AsSpan(ws, wend - ws), out int iso, out bool abbr) && !abbr)
            {
                end = Weekday(pos, wend, iso, char.ToLowerInvariant(word[0]) switch { 'l' => -1, 'n' => 1, _ => 0 }, out mention);
                return true;
            }
        }
        if (v.TryWeekday(word, out int day, out bool abbreviation) && (!abbreviation || (we < t.Length && t[we] == '.')))
        {
            end = Weekday(pos, we, day, 0, out mention);
            return true;
        }
        if (v.RelativeDays.TryGetValue(word, out int rel))
        {
            end = Found(pos, we, Offset(reference, rel, 1), relative: true, out mention);
            return true;
        }
        return false;
    }

    private int ScanDigits(int pos, out DateMention? mention)
    {
        mention = null;
        int de = pos;
        while (de < t.Length && char.IsAsciiDigit(t[de])) de++;
        int len = de - pos;
        if (len == 4 && de + 6 <= t.Length && t[de] == '-' && NumberReader.IsDigits(t, de + 1, 2) && t[de + 3] == '-'
            && NumberReader.IsDigits(t, de + 4, 2) && !TextScan.IsDigit(t, de + 6)
            && DateMath.TryDate(Int(pos, 4), Int(de + 1, 2), Int(de + 4, 2), out var iso))
            return Found(pos, de + 6, (iso, iso), relative: false, out mention);
        if (len == 4 && IsYear(pos, de) && de + 5 <= t.Length && t[de] == '-' && NumberReader.IsDigits(t, de + 1, 4) && !TextScan.IsDigit(t, de + 5)
            && IsYear(de + 1, de + 5) && Int(de + 1, 4) > Int(pos, 4))
            return Found(pos, de + 5, (new DateOnly(Int(pos, 4), 1, 1), new DateOnly(Int(de + 1, 4), 12, 31)), relative: false, out mention);
        if (len is 1 or 2 && (pos == 0 || t[pos - 1] is not ('.' or ',' or '/' or '-' or ':')))
        {
            int day = Int(pos, len);
            int j = IdentifierFilter.OrdinalSuffixEnd(t, de);
            int ms = TextScan.SkipInlineSpaces(t, j);
            if (ms > j && ms + 3 <= t.Length && t.AsSpan(ms, 3).Equals("of ", StringComparison.OrdinalIgnoreCase)) ms = TextScan.SkipInlineSpaces(t, ms + 2);
            int me = TextScan.WordEnd(t, ms);
            if (ms > j && me > ms && v.TryMonth(t.AsSpan(ms, me - ms), out int month) && day is >= 1 and <= 31)
            {
                if (me < t.Length && t[me] == '.' && me - ms <= 4) me++; // "5 Dec. 2024"
                return DayMonthYear(pos, me, day, month, out mention);
            }
        }
        return pos;
    }

    private int ScanMonth(int pos, int we, int month, out DateMention? mention)
    {
        mention = null;
        int j = we < t.Length && t[we] == '.' ? we + 1 : we;
        int ds = TextScan.SkipInlineSpaces(t, j);
        int de = ds;
        while (de < t.Length && char.IsAsciiDigit(t[de])) de++;
        if (ds > j && de - ds is 1 or 2 && !(de < t.Length && t[de] is ':' or '.' && TextScan.IsDigit(t, de + 1)) && !(de < t.Length && t[de] == ','  && TextScan.IsDigit(t, de + 1)))
        {
            int day = Int(ds, de - ds);
            if (day is >= 1 and <= 31) return DayMonthYear(pos, IdentifierFilter.OrdinalSuffixEnd(t, de), day, month, out mention);
        }
        if (ds > j && de - ds == 4 && IsYear(ds, de))
        {
            int year = Int(ds, 4);
            return Found(pos, de, (new DateOnly(year, month, 1), DateMath.EndOfMonth(year, month)), relative: false, out mention);
        }
        // A bare month needs a preposition before it: "in July", but not "Theresa May said".
        var before = TextScan.PreviousWord(t, pos, out _);
        if (!v.YearPrepositions.Contains(before) && !v.RelativeMonthWords.Contains(before)) return pos;
        (DateOnly, DateOnly)? range = null;
        if (reference is { } r)
        {
            int year = DateMath.InferYear(r, month, 1, 0);
            range = (new DateOnly(year, month, 1), DateMath.EndOfMonth(year, month));
        }
        return Found(pos, we, range, relative: false, out mention);
    }

    // "5 December", "December 5", either with ", 2024" / " 2024" after it.
    private int DayMonthYear(int pos, int end, int day, int month, out DateMention? mention)
    {
        int k = end < t.Length && t[end] == ',' ? end + 1 : end;
        int ys = TextScan.SkipInlineSpaces(t, k);
        int ye = ys;
        while (ye < t.Length && char.IsAsciiDigit(t[ye])) ye++;
        int? year = null;
        if (ys > end && ye - ys == 4 && IsYear(ys, ye)) { year = Int(ys, 4); end = ye; }
        else if (reference is { } r) year = DateMath.InferYear(r, month, day, AnnouncedFutureDays);
        (DateOnly, DateOnly)? range = year is { } y && DateMath.TryDate(y, month, day, out var d) ? (d, d) : null;
        return Found(pos, end, range, relative: false, out mention);
    }

    private bool TryMonthPart(int pos, int partEnd, (int First, int Last) part, out DateMention? mention, out int end)
    {
        mention = null;
        end = pos;
        int ms = partEnd < t.Length && t[partEnd] == '-' ? partEnd + 1 : TextScan.SkipInlineSpaces(t, partEnd);
        if (ms == partEnd || ms >= t.Length) return false;
        int me = TextScan.WordEnd(t, ms);
        if (me > ms && v.TryMonth(t.AsSpan(ms, me - ms), out int month))
        {
            int ys = TextScan.SkipInlineSpaces(t, me);
            int? year = null;
            if (ys > me && NumberReader.IsDigits(t, ys, 4) && !TextScan.IsDigit(t, ys + 4) && IsYear(ys, ys + 4)) { year = Int(ys, 4); me = ys + 4; }
            else if (reference is { } r) year = DateMath.InferYear(r, month, part.First, 0);
            (DateOnly, DateOnly)? range = year is { } y
                ? (new DateOnly(y, month, part.First), new DateOnly(y, month, Math.Min(part.Last, DateTime.DaysInMonth(y, month)))) : null;
            end = Found(pos, me, range, relative: false, out mention);
            return true;
        }
        var partWord = t.AsSpan(pos, TextScan.WordEnd(t, pos) - pos);
        if (NumberReader.IsDigits(t, ms, 4) && !TextScan.IsDigit(t, ms + 4) && IsYear(ms, ms + 4) && v.YearParts.TryGetValue(partWord, out var months))
        {
            int y = Int(ms, 4);
            end = Found(pos, ms + 4, (new DateOnly(y, months[0], 1), DateMath.EndOfMonth(y, months[1])), relative: false, out mention);
            return true;
        }
        return false;
    }

    private int Weekday(int pos, int end, int isoDay, int which, out DateMention? mention)
    {
        int ps = TextScan.SkipInlineSpaces(t, end < t.Length && t[end] == '.' ? end + 1 : end);
        int pe = TextScan.WordEnd(t, ps);
        if (ps > end && pe > ps && v.DayParts.Contains(t.AsSpan(ps, pe - ps))) end = pe;
        (DateOnly, DateOnly)? range = null;
        if (reference is { } r)
        {
            var d = which switch { 1 => DateMath.NextWeekday(r, isoDay), -1 => DateMath.LastWeekday(r, isoDay, strict: true), _ => DateMath.LastWeekday(r, isoDay, strict: false) };
            range = (d, d);
        }
        return Found(pos, end, range, relative: true, out mention);
    }
}
