using System.Collections.Frozen;
using ClaimCheck.Data;

namespace ClaimCheck.Recognize.Dates;

/// <summary>A period named relative to the publication day ("earlier this week", "last month").</summary>
internal sealed record RelativePeriod(string Phrase, string Period, int Which, bool BeforeReference, bool AfterReference);

/// <summary>Month and weekday names and relative phrases, read once from Data/dates.yaml.</summary>
internal sealed class DateVocabulary
{
    public static DateVocabulary Default { get; } = Load();

    public required FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalisedOnly { get; init; }
    public required FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Weekdays { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayAbbreviations { get; init; }
    public required Quantities.PhraseTable<(int First, int Last)> MonthParts { get; init; }
    public required FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> RelativeDays { get; init; }
    public required Quantities.PhraseTable<RelativePeriod> RelativePeriods { get; init; }
    public required FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OffsetUnits { get; init; }
    public required FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> OffsetDirections { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearPrepositions { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayParts { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeMonthWords { get; init; }
    public required Quantities.PhraseTable<int> AdjacentDays { get; init; }
    public required FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> YearBounds { get; init; }
    public required FrozenDictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> YearParts { get; init; }

    /// <summary>Every word a date mention can start with; other words are skipped without further look-ups.</summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TriggerWords { get; init; }

    /// <summary>Whether <paramref name="word"/> names a month; "May", "March" and abbreviations only when capitalised.</summary>
    public bool TryMonth(ReadOnlySpan<char> word, out int month)
    {
        if (!Months.TryGetValue(word, out month)) return false;
        return char.IsUpper(word[0]) || !CapitalisedOnly.Contains(word);
    }

    /// <summary>Whether <paramref name="word"/> names a weekday; an abbreviation ("Thu") must be capitalised.</summary>
    public bool TryWeekday(ReadOnlySpan<char> word, out int isoDay, out bool abbreviation)
    {
        abbreviation = false;
        if (!Weekdays.TryGetValue(word, out isoDay)) return false;
        abbreviation = WeekdayAbbreviations.Contains(word);
        return !abbreviation || char.IsUpper(word[0]);
    }

    private static DateVocabulary Load()
    {
        var f = EmbeddedData.ReadYaml<DatesFile>("dates.yaml");
        var numberWords = EmbeddedData.ReadYaml<CardinalsFile>("numbers.yaml").Cardinals.Keys; // "two days later"
        var triggers = f.Months.Keys.Concat(f.Weekdays.Keys).Concat(f.RelativeDays.Keys)
            .Concat(f.RelativePeriods.Select(p => p.Phrase)).Concat(f.MonthParts.Keys).Concat(f.AdjacentDays.Select(a => a.Phrase))
            .Concat(f.YearPrepositions).Concat(f.YearBounds.Keys).Concat(f.YearParts.Keys)
            .Concat(["between", "on", "last", "next", "this", "a", "an", "one"])
            .Concat(numberWords)
            .Select(p => new string(p.TakeWhile(char.IsLetter).ToArray()))
            .Where(w => w.Length > 0);
        return new DateVocabulary
        {
            TriggerWords = Set(triggers),
            Months = Map(f.Months),
            CapitalisedOnly = Set(f.CapitalisedOnly),
            Weekdays = Map(f.Weekdays),
            WeekdayAbbreviations = Set(f.WeekdayAbbreviationsCapitalised),
            MonthParts = new(f.MonthParts.Select(kv => (kv.Key, (kv.Value[0], kv.Value[1]), false))),
            RelativeDays = Map(f.RelativeDays),
            RelativePeriods = new(f.RelativePeriods.Select(p => (p.Phrase, new RelativePeriod(p.Phrase, p.Period, p.Which, p.BeforeReference, p.AfterReference), false))),
            OffsetUnits = Map(f.OffsetUnits),
            OffsetDirections = Map(f.OffsetDirections),
            YearPrepositions = Set(f.YearPrepositions),
            DayParts = Set(f.DayParts),
            RelativeMonthWords = Set(f.BareMonthIntroducers),
            AdjacentDays = new(f.AdjacentDays.Select(a => (a.Phrase, a.Offset, false))),
            YearBounds = f.YearBounds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
            YearParts = f.YearParts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
        };
    }

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Map(Dictionary<string, int> map) =>
        map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private sealed class DatesFile
    {
        public Dictionary<string, int> Months { get; set; } = [];
        public List<string> CapitalisedOnly { get; set; } = [];
        public Dictionary<string, int> Weekdays { get; set; } = [];
        public List<string> WeekdayAbbreviationsCapitalised { get; set; } = [];
        public Dictionary<string, List<int>> MonthParts { get; set; } = [];
        public Dictionary<string, int> RelativeDays { get; set; } = [];
        public List<PeriodEntry> RelativePeriods { get; set; } = [];
        public Dictionary<string, int> OffsetUnits { get; set; } = [];
        public Dictionary<string, int> OffsetDirections { get; set; } = [];
        public List<string> YearPrepositions { get; set; } = [];
        public List<string> DayParts { get; set; } = [];
        public List<string> BareMonthIntroducers { get; set; } = [];
        public List<AdjacentEntry> AdjacentDays { get; set; } = [];
        public Dictionary<string, string> YearBounds { get; set; } = [];
        public Dictionary<string, List<int>> YearParts { get; set; } = [];
    }

    private sealed class CardinalsFile
    {
        public Dictionary<string, double> Cardinals { get; set; } = [];
    }

    private sealed class AdjacentEntry
    {
        public string Phrase { get; set; } = "";
        public int Offset { get; set; }
    }

    private sealed class PeriodEntry
    {
        public string Phrase { get; set; } = "";
        public string Period { get; set; } = "";
        public int Which { get; set; }
        public bool BeforeReference { get; set; }
        public bool AfterReference { get; set; }
    }
}
