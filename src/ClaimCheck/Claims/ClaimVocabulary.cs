using System.Collections.Frozen;
using System.Collections.Immutable;
using ClaimCheck.Data;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>One concept a claim can measure, read from Data/claims.yaml.</summary>
/// <param name="Name">The normalised concept ("killed", "magnitude").</param>
/// <param name="Kind">The claim kind.</param>
/// <param name="Label">How the report names it.</param>
/// <param name="Units">For non-counts, the unit kinds it accepts.</param>
/// <param name="BaseUnit">The unit values are normalised to, or null for the unit as written.</param>
/// <param name="EventScope">Whether places stay out of its key.</param>
/// <param name="Cumulative">Whether the figure only grows over time.</param>
/// <param name="ImpliedBy">Units that name the concept by themselves.</param>
/// <param name="BeforeOnly">The concept word must stand before the figure.</param>
/// <param name="AfterOnly">The concept word must stand after the figure.</param>
internal sealed record ConceptDef(string Name, ClaimKind Kind, string Label, FrozenSet<string> Units, string? BaseUnit,
    bool EventScope, bool Cumulative, FrozenSet<string> ImpliedBy, bool BeforeOnly, bool AfterOnly)
{
    /// <summary>Whether the concept's event noun is part of the concept ("duration of the drought").</summary>
    public bool ByWord { get; init; }

    /// <summary>Whether this entry only gives other words for the concept <see cref="Name"/> (its own words are verbs, not event nouns).</summary>
    public bool IsAlias { get; init; }

    /// <summary>Whether whose figure it is (the name the clause opens with) is part of the key ("Ruto won 50.5% of the vote").</summary>
    public bool Subject { get; init; }
}

/// <summary>The vocabulary of the Build-claims stage, read once from Data/claims.yaml (and the unit table of units.yaml).</summary>
internal sealed class ClaimVocabulary
{
    public static ClaimVocabulary Default { get; } = Load();

    public required FrozenDictionary<string, ConceptDef> Concepts { get; init; }
    /// <summary>Every concept word; one phrase may name several concepts ("destroyed" homes, or a share destroyed).</summary>
    public required PhraseMatcher<ConceptDef[]> ConceptWords { get; init; }
    public required FrozenSet<string> PeopleUnits { get; init; }
    public required PhraseMatcher<string> SubsetCues { get; init; }
    /// <summary>Words right before a bare number that make it a label or a property ("section 18", "which holds 90,000").</summary>
    public required FrozenSet<string> LabelWords { get; init; }
    /// <summary>"rose to", "stood at": between a level's subject and its bare number.</summary>
    public required PhraseMatcher<string> LevelVerbs { get; init; }
    /// <summary>"put the figure at": a source's own figure for the last count named.</summary>
    public required PhraseMatcher<string> RestatementCues { get; init; }
    /// <summary>The event nouns of durations ("drought", "strike"), for "since 2020".</summary>
    public required PhraseMatcher<string> EventNouns { get; init; }
    /// <summary>Date events that happen to one subject ("died"): a count right before them makes the date the count's.</summary>
    public required FrozenSet<string> DateEventsOfOne { get; init; }
    /// <summary>Verbs by which a place opening the clause is where the figure happened ("Darfur reported 9,500 cases").</summary>
    public required FrozenSet<string> PlaceSubjectVerbs { get; init; }
    /// <summary>Words that make "since" a comparison ("the biggest since 2023").</summary>
    public required FrozenSet<string> SinceComparisons { get; init; }
    public required FrozenDictionary<string, string> ImpliedEvents { get; init; }
    public required PhraseMatcher<string> DateEvents { get; init; }
    public required PhraseMatcher<string> PlaceAnaphora { get; init; }
    public required FrozenDictionary<string, string> Capitals { get; init; }
    public required PhraseMatcher<string> Parties { get; init; }
    public required PhraseMatcher<string> Pronouns { get; init; }
    public required FrozenSet<string> PlaceLinkWords { get; init; }
    public required FrozenDictionary<string, double> SourceCredibility { get; init; }
    /// <summary>The recognizer's units by name: kind (dimension) and size in the kind's base unit.</summary>
    public required FrozenDictionary<string, UnitDef> Units { get; init; }

    /// <summary>Words that open the name of an event rather than a place ("Cyclone Dumisani", "Hurricane Otis").</summary>
    public FrozenSet<string> EventNameWords { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Whether a name is an event's ("Typhoon Haiyan"), by its first word.</summary>
    public bool IsEventName(string name)
    {
        int space = name.IndexOf(' ');
        return space > 0 ? EventNameWords.Contains(name[..space]) : NotPlaces.Contains(name);
    }

    /// <summary>Verbs that give a figure for the count of the sentence before ("The prefecture counted 11,500.").</summary>
    public FrozenSet<string> CountingVerbs { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Single words never taken alone as a place ("Place" cut from "Place de la République").</summary>
    public FrozenSet<string> NotPlaces { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Whether a count of this concept only grows over time.</summary>
    public bool IsCumulative(string concept) => Concepts.TryGetValue(concept, out var c) && c.Cumulative;

    /// <summary>The size of <paramref name="unit"/> in <paramref name="baseUnit"/>, when both are of one kind with known sizes.</summary>
    public double? Factor(string unit, string baseUnit)
    {
        if (unit == baseUnit) return 1;
        if (!Units.TryGetValue(unit, out var u) || !Units.TryGetValue(baseUnit, out var b)) return null;
        if (u.Kind != b.Kind || u.Factor is not { } fu || b.Factor is not { } fb || u.Offset != 0 || b.Offset != 0) return null;
        return fu / fb;
    }

    /// <summary>The unit kind of a recognised unit ("length", "currency"), or null.</summary>
    public string? KindOf(string? unit) => unit is not null && Units.TryGetValue(unit, out var u) ? u.Kind : null;

    private sealed class Raw
    {
        public Dictionary<string, RawConcept> Concepts { get; set; } = [];
        public List<string> PeopleUnits { get; set; } = [];
        public List<string> EventNameWords { get; set; } = [];
        public List<string> NotPlaces { get; set; } = [];
        public List<string> CountingVerbs { get; set; } = [];
        public List<string> SubsetCues { get; set; } = [];
        public List<string> NotConcepts { get; set; } = [];
        public List<string> LabelWords { get; set; } = [];
        public List<string> LevelVerbs { get; set; } = [];
        public List<string> RestatementCues { get; set; } = [];
        public List<string> DateEventsOfOne { get; set; } = [];
        public List<string> SinceComparisons { get; set; } = [];
        public List<string> PlaceSubjectVerbs { get; set; } = [];
        public Dictionary<string, string> ImpliedEvents { get; set; } = [];
        public Dictionary<string, List<string>> DateEvents { get; set; } = [];
        public Dictionary<string, List<string>> PlaceAnaphora { get; set; } = [];
        public Dictionary<string, string> Capitals { get; set; } = [];
        public Dictionary<string, List<string>> Parties { get; set; } = [];
        public List<string> Pronouns { get; set; } = [];
        public List<string> PlaceLinkWords { get; set; } = [];
        public Dictionary<string, double> SourceCredibility { get; set; } = [];
    }

    private sealed class RawConcept
    {
        public string Kind { get; set; } = "count";
        public string? Label { get; set; }
        public List<string> Words { get; set; } = [];
        public List<string> Units { get; set; } = [];
        public string? BaseUnit { get; set; }
        public string? Scope { get; set; }
        public bool Cumulative { get; set; }
        public List<string> ImpliedBy { get; set; } = [];
        public bool BeforeOnly { get; set; }
        public bool AfterOnly { get; set; }
        public string? SameAs { get; set; }
        public bool ByWord { get; set; }
        public bool Subject { get; set; }
    }

    private static ClaimVocabulary Load()
    {
        var raw = EmbeddedData.ReadYaml<Raw>("claims.yaml");
        var concepts = raw.Concepts.ToDictionary(c => c.Key, c => ToDef(c.Key, c.Value));
        var words = raw.Concepts.SelectMany(c => c.Value.Words.Select(w => (Word: w.ToLowerInvariant(), Def: concepts[c.Key])))
            .GroupBy(x => x.Word).Select(g => (g.Key, g.Select(x => x.Def).ToArray()))
            // A phrase that contains a concept word without naming it masks the word: the matcher takes the longest phrase.
            .Concat(raw.NotConcepts.Select(p => (p.ToLowerInvariant(), Array.Empty<ConceptDef>())));
        var eventNouns = raw.Concepts.Where(c => c.Value.SameAs is null && string.Equals(c.Value.Kind, "duration", StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => c.Value.Words).Distinct(StringComparer.OrdinalIgnoreCase);
        return new ClaimVocabulary
        {
            Concepts = concepts.ToFrozenDictionary(),
            ConceptWords = new(words),
            PeopleUnits = raw.PeopleUnits.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            EventNameWords = raw.EventNameWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            NotPlaces = raw.NotPlaces.ToFrozenSet(StringComparer.Ordinal),
            CountingVerbs = raw.CountingVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            SubsetCues = new(raw.SubsetCues.Select(p => (p, p))),
            LabelWords = raw.LabelWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            LevelVerbs = new(raw.LevelVerbs.Select(p => (p, p))),
            RestatementCues = new(raw.RestatementCues.Select(p => (p, p))),
            EventNouns = new(eventNouns.Select(p => (p, p.ToLowerInvariant()))),
            DateEventsOfOne = raw.DateEventsOfOne.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            SinceComparisons = raw.SinceComparisons.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            PlaceSubjectVerbs = raw.PlaceSubjectVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            ImpliedEvents = raw.ImpliedEvents.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            DateEvents = new(raw.DateEvents.SelectMany(e => e.Value.Select(p => (p, e.Key)))),
            PlaceAnaphora = new(raw.PlaceAnaphora.SelectMany(e => e.Value.Select(p => (p, e.Key)))),
            Capitals = raw.Capitals.ToFrozenDictionary(k => ClaimKey.Norm(k.Key), k => k.Value),
            Parties = new(raw.Parties.SelectMany(e => e.Value.Select(p => (p, e.Key)))),
            Pronouns = new(raw.Pronouns.Select(p => (p, p))),
            PlaceLinkWords = raw.PlaceLinkWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            SourceCredibility = raw.SourceCredibility.ToFrozenDictionary(k => k.Key.Replace("_", ""), k => k.Value, StringComparer.OrdinalIgnoreCase),
            Units = QuantityVocabulary.Default.UnitsByName,
        };
    }

    private static ConceptDef ToDef(string name, RawConcept c) => new(
        c.SameAs ?? name,
        Enum.Parse<ClaimKind>(c.Kind, ignoreCase: true),
        c.Label ?? name.Replace('_', ' '),
        c.Units.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        c.BaseUnit,
        string.Equals(c.Scope, "event", StringComparison.OrdinalIgnoreCase),
        c.Cumulative,
        c.ImpliedBy.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        c.BeforeOnly,
        c.AfterOnly) { ByWord = c.ByWord, IsAlias = c.SameAs is not null, Subject = c.Subject };
}
