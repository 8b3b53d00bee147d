namespace ClaimCheck.Recognize.Dates;

/// <summary>Calendar arithmetic for resolving mentions against the publication day.</summary>
internal static class DateMath
{
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    public static DateOnly StartOfWeek(DateOnly d) => d.AddDays(1 - IsoDay(d));

    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The most recent <paramref name="isoDay"/> on or before <paramref name="reference"/> (strictly before when <paramref name="strict"/>).</summary>
    public static DateOnly LastWeekday(DateOnly reference, int isoDay, bool strict)
    {
        int back = (IsoDay(reference) - isoDay + 7) % 7;
        if (back == 0 && strict) back = 7;
        return reference.AddDays(-back);
    }

    public static DateOnly NextWeekday(DateOnly reference, int isoDay)
    {
        int ahead = (isoDay - IsoDay(reference) + 7) % 7;
        return reference.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>
    /// The year of a month named without one: the publication year, or the year before when the period would
    /// start after the publication day (by more than <paramref name="graceDays"/>: news reports the past, and
    /// announces the near future).
    /// </summary>
    public static int InferYear(DateOnly reference, int month, int day, int graceDays)
    {
        int year = reference.Year;
        day = Math.Min(day, DateTime.DaysInMonth(year, month));
        return new DateOnly(year, month, day) > reference.AddDays(graceDays) ? year - 1 : year;
    }

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static DateOnly Shift(DateOnly d, int count, int unitDays) => unitDays switch
    {
        30 => d.AddMonths(count),
        365 => d.AddYears(count),
        _ => d.AddDays(count * unitDays),
    };
}
