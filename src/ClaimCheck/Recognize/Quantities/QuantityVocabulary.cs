using System.Collections.Frozen;
using System.Text;
using ClaimCheck.Data;
using ClaimCheck.Recognize.Dates;

using ClaimCheck.Text;

namespace ClaimCheck.Recognize.Quantities;

/// <summary>A unit of measure read from Data/units.yaml; <paramref name="Per"/> is set for a rate unit ("bpd": barrels per day).</summary>
internal sealed record UnitDef(string Unit, string Kind, QuantityType Type, double? Factor, double Offset, string? Per = null);

/// <summary>A vague magnitude ("tens of thousands") and the interval it stands for.</summary>
internal sealed record VagueDef(string Phrase, double Low, double High, bool NeedsOf);

/// <summary>
/// Every word list of the quantity recognizer, read once from Data/units.yaml, numbers.yaml and dates.yaml and
/// frozen into tables that are looked up by span, so a scan allocates nothing.
/// </summary>
internal sealed class QuantityVocabulary
{
    public static QuantityVocabulary Default { get; } = Load();

    public required PhraseTable<UnitDef> Units { get; init; }
    public required PhraseTable<UnitDef> Prefixes { get; init; }
    public required PhraseTable<string> PeopleNouns { get; init; }
    public required PhraseTable<VagueDef> Vague { get; init; }
    public required PhraseTable<Qualifier> Qualifiers { get; init; }
    public required PhraseTable<Qualifier> PostfixQualifiers { get; init; }
    public required PhraseTable<double> SuffixMultipliers { get; init; }
    public required FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Cardinals { get; init; }
    public required FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Multipliers { get; init; }
    public required FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Fractions { get; init; }
    public required FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Ordinals { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RankWords { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleModifiers { get; init; }
    public required PhraseTable<string> CountNounsIrregular { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounStopWords { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners { get; init; }
    public required PhraseTable<bool> FurnitureAfter { get; init; }
    public required PhraseTable<bool> TimeZones { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNouns { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelWords { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearPrepositions { get; init; }
    public required FrozenDictionary<string, QuantityChange>.AlternateLookup<ReadOnlySpan<char>> ChangeBefore { get; init; }
    public required PhraseTable<QuantityChange> ChangeAfter { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LevelMovers { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LevelQualifiers { get; init; }
    public required PhraseTable<string> PerNouns { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAfterPer { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScoreAfter { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScoreBefore { get; init; }
    public required FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAfterOne { get; init; }
    public required DateVocabulary Dates { get; init; }
    public required FrozenDictionary<string, UnitDef> UnitsByName { get; init; }

    /// <summary>
    /// Every word a quantity can start with (other words are skipped without further look-ups, Markdig-style triggers),
    /// and whether it only opens a qualifier ("in" of "in excess of", "close" of "close to"): no number word, unit
    /// prefix or vague magnitude starts with it, so without its qualifier no quantity starts there.
    /// </summary>
    public required FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> TriggerWords { get; init; }

    /// <summary>A first test of <see cref="TriggerWords"/> that spares most words the look-up.</summary>
    public required WordSieve TriggerSieve { get; init; }

    /// <summary>Whether a quantity can start with <paramref name="word"/>, and whether only with a qualifier.</summary>
    public bool TryTrigger(ReadOnlySpan<char> word, out bool qualifierOnly)
    {
        qualifierOnly = false;
        return TriggerSieve.MayContain(word) && TriggerWords.TryGetValue(word, out qualifierOnly);
    }

    private static QuantityVocabulary Load()
    {
        var units = EmbeddedData.ReadYaml<UnitsFile>("units.yaml");
        var numbers = EmbeddedData.ReadYaml<NumbersFile>("numbers.yaml");
        var defs = units.Units.Select(u => (Entry: u, Def: new UnitDef(u.Unit, u.Kind, TypeOf(u.Kind), u.Factor, u.Offset ?? 0, u.Per))).ToList();
        var measures = defs.Where(d => d.Def.Kind != "people").ToList();
        var people = numbers.PeopleNouns.Select(n => (n, "people", false))
            .Concat(defs.Where(d => d.Def.Kind == "people").SelectMany(d => d.Entry.Names.Select(n => (n, d.Def.Unit, false))));
        var qualifierWords = numbers.Qualifiers.Values.SelectMany(p => p).Append("between").Select(FirstWord).ToList();
        // What else the scanner reads at a word: an ordinal, "aged", "minus", a unit prefix, a vague magnitude, a number in words.
        var otherWords = new[] { "aged", "minus", "a", "an", "and" }
            .Concat(measures.SelectMany(d => d.Entry.Prefixes))
            .Concat(numbers.Vague.Select(v => v.Phrase))
            .Concat(numbers.Cardinals.Keys).Concat(numbers.Fractions.Keys).Concat(numbers.Ordinals.Keys).Concat(numbers.Multipliers.Keys)
            .Select(FirstWord).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var triggers = qualifierWords.Concat(otherWords).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new QuantityVocabulary
        {
            // Only an ASCII word is said to open qualifiers only: phrases fold case by character, the look-up ordinally.
            TriggerWords = triggers.ToFrozenDictionary(w => w, w => !otherWords.Contains(w) && Ascii.IsValid(w), StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>(),
            TriggerSieve = new(triggers),
            Units = new(measures.SelectMany(d => d.Entry.Symbols.Select(s => (s, d.Def, true)).Concat(d.Entry.Names.Select(n => (n, d.Def, false))))),
            Prefixes = new(measures.SelectMany(d => d.Entry.Prefixes.Select(p => (p, d.Def, true))), digitMayFollow: true),
            PeopleNouns = new(people),
            Vague = new(numbers.Vague.Select(v => (v.Phrase, new VagueDef(v.Phrase, v.Low, v.High, v.NeedsOf), false))),
            Qualifiers = new(QualifierPhrases(numbers.Qualifiers).Append(("between", Qualifier.Range, false))),
            PostfixQualifiers = new(QualifierPhrases(numbers.PostfixQualifiers)),
            SuffixMultipliers = new(numbers.SuffixMultipliers.Select(kv => (kv.Key, kv.Value, true))),
            Cardinals = Lookup(numbers.Cardinals),
            Multipliers = Lookup(numbers.Multipliers),
            Fractions = Lookup(numbers.Fractions),
            Ordinals = Lookup(numbers.Ordinals),
            RankWords = Set(numbers.RankWords),
            PeopleModifiers = Set(numbers.PeopleModifiers),
            CountNounsIrregular = new(numbers.CountNounsIrregular.Select(n => (n, n, false))),
            NounStopWords = Set(numbers.NounStopWords),
            Determiners = Set(numbers.PartitiveDeterminers),
            FurnitureAfter = new(numbers.FurnitureAfter.Select(f => (f, true, false))),
            TimeZones = new(numbers.TimeZones.Select(z => (z, true, z.Any(char.IsUpper)))),
            NotNouns = Set(numbers.NotNouns),
            LabelWords = Set(numbers.LabelWords),
            YearPrepositions = Set(numbers.YearPrepositions),
            ChangeBefore = Changes(numbers.ChangeBefore).ToFrozenDictionary(c => c.Phrase, c => c.Change, StringComparer.OrdinalIgnoreCase)
                .GetAlternateLookup<ReadOnlySpan<char>>(),
            ChangeAfter = new(Changes(numbers.ChangeAfter).Select(c => (c.Phrase, c.Change, false))),
            LevelMovers = Set(numbers.LevelMovers),
            LevelQualifiers = Set(numbers.LevelQualifiers),
            PerNouns = new(numbers.PerNouns.Select(n => (n, n, false))),
            NotAfterPer = Set(numbers.NotAfterPer),
            ScoreAfter = Set(numbers.ScoreAfter),
            ScoreBefore = Set(numbers.ScoreBefore),
            NotAfterOne = Set(numbers.NotAfterOne),
            Dates = DateVocabulary.Default,
            UnitsByName = defs.Where(d => d.Def.Per is null).DistinctBy(d => d.Def.Unit).ToFrozenDictionary(d => d.Def.Unit, d => d.Def),
        };
    }

    private static IEnumerable<(string Phrase, QuantityChange Change)> Changes(Dictionary<string, List<string>> byDirection) =>
        byDirection.SelectMany(kv => kv.Value.Select(p => (p, kv.Key switch
        {
            "increase" => QuantityChange.Increase,
            "decrease" => QuantityChange.Decrease,
            _ => throw new InvalidOperationException($"numbers.yaml names an unknown change direction '{kv.Key}'."),
        })));

    private static string FirstWord(string phrase)
    {
        int end = 0;
        while (end < phrase.Length && char.IsLetter(phrase[end])) end++;
        return phrase[..end];
    }

    private static IEnumerable<(string, Qualifier, bool)> QualifierPhrases(Dictionary<string, List<string>> byName) =>
        byName.SelectMany(kv => kv.Value.Select(p => (p, QualifierNames.Parse(kv.Key), false)));

    private static FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Lookup(Dictionary<string, double> map) =>
        map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<string> words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static QuantityType TypeOf(string kind) => kind switch
    {
        "length" or "area" or "volume" or "weight" or "speed" or "power" or "energy" or "data" or "data_rate" or "frequency"
            or "rotation" or "fuel_economy" or "charge" or "torque" or "pressure" or "dose" or "sound" or "angle" or "concentration"
            or "magnitude" => QuantityType.Dimension,
        "temperature" => QuantityType.Temperature,
        "duration" => QuantityType.Duration,
        "percent" or "percentage_points" => QuantityType.Percentage,
        "currency" => QuantityType.Currency,
        "people" => QuantityType.Count,
        _ => throw new InvalidOperationException($"units.yaml names an unknown unit kind '{kind}'."),
    };

    private sealed class UnitsFile
    {
        public List<UnitEntry> Units { get; set; } = [];
    }

    private sealed class UnitEntry
    {
        public string Unit { get; set; } = "";
        public string Kind { get; set; } = "";
        public double? Factor { get; set; }
        public double? Offset { get; set; }
        public string? Per { get; set; }
        public List<string> Symbols { get; set; } = [];
        public List<string> Names { get; set; } = [];
        public List<string> Prefixes { get; set; } = [];
    }

    private sealed class NumbersFile
    {
        public Dictionary<string, double> Cardinals { get; set; } = [];
        public Dictionary<string, double> Multipliers { get; set; } = [];
        public Dictionary<string, double> SuffixMultipliers { get; set; } = [];
        public Dictionary<string, double> Fractions { get; set; } = [];
        public Dictionary<string, double> Ordinals { get; set; } = [];
        public List<string> RankWords { get; set; } = [];
        public List<VagueEntry> Vague { get; set; } = [];
        public Dictionary<string, List<string>> Qualifiers { get; set; } = [];
        public Dictionary<string, List<string>> PostfixQualifiers { get; set; } = [];
        public List<string> PeopleNouns { get; set; } = [];
        public List<string> PeopleModifiers { get; set; } = [];
        public List<string> CountNounsIrregular { get; set; } = [];
        public List<string> NotNouns { get; set; } = [];
        public List<string> NounStopWords { get; set; } = [];
        public List<string> PartitiveDeterminers { get; set; } = [];
        public List<string> FurnitureAfter { get; set; } = [];
        public List<string> TimeZones { get; set; } = [];
        public List<string> LabelWords { get; set; } = [];
        public List<string> YearPrepositions { get; set; } = [];
        public Dictionary<string, List<string>> ChangeBefore { get; set; } = [];
        public Dictionary<string, List<string>> ChangeAfter { get; set; } = [];
        public List<string> LevelMovers { get; set; } = [];
        public List<string> LevelQualifiers { get; set; } = [];
        public List<string> PerNouns { get; set; } = [];
        public List<string> NotAfterPer { get; set; } = [];
        public List<string> ScoreAfter { get; set; } = [];
        public List<string> ScoreBefore { get; set; } = [];
        public List<string> NotAfterOne { get; set; } = [];
    }

    private sealed class VagueEntry
    {
        public string Phrase { get; set; } = "";
        public double Low { get; set; }
        public double High { get; set; }
        public bool NeedsOf { get; set; }
    }
}
