using System.Collections.Frozen;
using System.Text;
using ClaimCheck.Data;
using ClaimCheck.Recognize.Quantities;

using ClaimCheck.Text;

namespace ClaimCheck.Recognize.Dates;

/// <summary>A period named relative to the publication day ("earlier this week", "last month").</summary>
internal sealed record RelativePeriod(string Phrase, string Period, int Which, bool BeforeReference, bool AfterReference);

/// <summary>
/// What a trigger word can start: a relative phrase ("the next day", "late November"), a mention read from the word
/// itself (a month, a weekday, "today"), a year with its preposition ("since 2011"), an offset by its count ("two days
/// later"), or several of these.
/// </summary>
[Flags]
internal enum DateTrigger { None = 0, Phrase = 1, Word = 2, Year = 4, Count = 8, Any = Phrase | Word | Year | Count }

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

    /// <summary>Every word a date mention can start with, and what it can start; other words are skipped without further look-ups.</summary>
    /// <remarks>"the" only opens phrases, "in" never does: the scanner tries only what the word can start.</remarks>
    public required FrozenDictionary<string, DateTrigger>.AlternateLookup<ReadOnlySpan<char>> TriggerWords { get; init; }

    /// <summary>What <paramref name="word"/> can start, if it is one of <see cref="TriggerWords"/>; a first test spares most words the look-up.</summary>
    public bool TryTrigger(ReadOnlySpan<char> word, out DateTrigger trigger)
    {
        trigger = DateTrigger.None;
        return TriggerSieve.MayContain(word) && TriggerWords.TryGetValue(word, out trigger);
    }

    /// <summary>A first test of <see cref="TriggerWords"/> that spares most words the look-up.</summary>
    public required WordSieve TriggerSieve { get; init; }

    /// <summary>
    /// The opening of every phrase of <see cref="AdjacentDays"/>, <see cref="RelativePeriods"/> and <see cref="MonthParts"/>:
    /// the letters of its first two words ("the next", "last week", "end of", "the past" of "the past 24 hours"), or of
    /// its first word when that is all it has or is more than letters ("early").
    /// </summary>
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseOpenings { get; init; }

    /// <summary>
    /// Whether the words at <paramref name="pos"/> open one of the phrases: a phrase can only match where its opening is,
    /// and one look-up here spares trying them one by one ("the city" against "the next day", "the past week"...).
    /// </summary>
    public bool OpensPhrase(string t, int pos)
    {
        // Phrases compare letters in invariant lower case, this set ignores case ordinally: the same only in ASCII.
        int first = LettersEnd(t, pos);
        if (!Ascii.IsValid(t.AsSpan(pos, first - pos)) || PhraseOpenings.Contains(t.AsSpan(pos, first - pos))) return true;
        if (first == t.Length || !char.IsWhiteSpace(t[first])) return false;
        int second = first;
        while (second < t.Length && char.IsWhiteSpace(t[second])) second++;
        int end = LettersEnd(t, second);
        if (end - pos > 64 || !Ascii.IsValid(t.AsSpan(second, end - second))) return true;
        Span<char> opening = stackalloc char[first - pos + 1 + end - second];
        t.AsSpan(pos, first - pos).CopyTo(opening);
        opening[first - pos] = ' ';
        t.AsSpan(second, end - second).CopyTo(opening[(first - pos + 1)..]);
        return PhraseOpenings.Contains(opening);
    }

    private static int LettersEnd(string t, int i)
    {
        while (i < t.Length && char.IsLetter(t[i])) i++;
        return i;
    }

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
        var numbers = EmbeddedData.ReadYaml<CardinalsFile>("numbers.yaml");
        var numberWords = numbers.Cardinals.Keys; // "two days later"
        string[] phrases = [.. f.RelativePeriods.Select(p => p.Phrase), .. f.MonthParts.Keys, .. f.AdjacentDays.Select(a => a.Phrase)];
        var triggers = f.Months.Keys.Concat(f.Weekdays.Keys).Concat(f.RelativeDays.Keys)
            .Concat(phrases)
            .Concat(f.YearPrepositions).Concat(f.YearBounds.Keys).Concat(f.YearParts.Keys)
            .Concat(["between", "on", "last", "next", "this", "a", "an", "one"])
            .Concat(numberWords)
            .Select(FirstWord)
            .Where(w => w.Length > 0)
            .ToList();
        // What DateScanner reads from each kind of trigger: the first word of a phrase; months, weekdays (and "on",
        // "last"... before them) and "today"; the words before a year; the counts of offsets ("a", "two", "half a
        // dozen" days later) as WordNumberParser reads them, from the same numbers.yaml.
        var opening = new HashSet<string>(phrases.Select(FirstWord), StringComparer.OrdinalIgnoreCase);
        var words = new HashSet<string>(f.Months.Keys.Concat(f.Weekdays.Keys).Concat(f.RelativeDays.Keys).Concat(["on", "last", "next", "this"]),
            StringComparer.OrdinalIgnoreCase);
        var years = new HashSet<string>(f.YearPrepositions.Concat(f.YearBounds.Keys).Append("between"), StringComparer.OrdinalIgnoreCase);
        var counts = new HashSet<string>(numbers.Cardinals.Keys.Concat(numbers.Fractions.Keys).Concat(["a", "an", "one"]), StringComparer.OrdinalIgnoreCase);
        DateTrigger Starts(string w) => (opening.Contains(w) ? DateTrigger.Phrase : 0) | (words.Contains(w) ? DateTrigger.Word : 0)
            | (years.Contains(w) ? DateTrigger.Year : 0) | (counts.Contains(w) ? DateTrigger.Count : 0);
        return new DateVocabulary
        {
            TriggerWords = triggers.Distinct(StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(w => w, Starts, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
            PhraseOpenings = Set(phrases.Select(Opening)),
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
            TriggerSieve = new WordSieve(triggers),
        };
    }

    private static string FirstWord(string phrase) => new(phrase.TakeWhile(char.IsLetter).ToArray());

    private static string Opening(string phrase)
    {
        string first = FirstWord(phrase);
        int space = phrase.IndexOf(' ');
        return space != first.Length ? first : first + " " + FirstWord(phrase[(space + 1)..]);
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
        public Dictionary<string, double> Fractions { get; set; } = [];
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
