using System.Collections.Frozen;
using ClaimCheck.Data;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>The vocabulary of the Build-claims stage, read once from Data/claims.yaml.</summary>
internal sealed class ClaimVocabulary
{
    public static ClaimVocabulary Default { get; } = Load();

    public required FrozenDictionary<string, double> LengthUnitsKm { get; init; }
    public required FrozenSet<string> PeopleUnits { get; init; }
    public required PhraseMatcher<string> Events { get; init; }
    public required FrozenDictionary<string, string> ImpliedEvents { get; init; }
    public required PhraseMatcher<string> Parties { get; init; }
    public required PhraseMatcher<string> Pronouns { get; init; }
    public required FrozenSet<string> PlaceLinkWords { get; init; }
    public required FrozenSet<string> CumulativeEvents { get; init; }
    public required FrozenDictionary<string, double> SourceCredibility { get; init; }

    private sealed class Raw
    {
        public Dictionary<string, double> LengthUnitsKm { get; set; } = [];
        public List<string> PeopleUnits { get; set; } = [];
        public Dictionary<string, List<string>> Events { get; set; } = [];
        public Dictionary<string, string> ImpliedEvents { get; set; } = [];
        public Dictionary<string, List<string>> Parties { get; set; } = [];
        public List<string> Pronouns { get; set; } = [];
        public List<string> PlaceLinkWords { get; set; } = [];
        public List<string> CumulativeEvents { get; set; } = [];
        public Dictionary<string, double> SourceCredibility { get; set; } = [];
    }

    private static ClaimVocabulary Load()
    {
        var raw = EmbeddedData.ReadYaml<Raw>("claims.yaml");
        return new ClaimVocabulary
        {
            LengthUnitsKm = raw.LengthUnitsKm.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            PeopleUnits = raw.PeopleUnits.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            Events = new(raw.Events.SelectMany(e => e.Value.Select(p => (p, e.Key)))),
            ImpliedEvents = raw.ImpliedEvents.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            Parties = new(raw.Parties.SelectMany(e => e.Value.Select(p => (p, e.Key)))),
            Pronouns = new(raw.Pronouns.Select(p => (p, p))),
            PlaceLinkWords = raw.PlaceLinkWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            CumulativeEvents = raw.CumulativeEvents.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            SourceCredibility = raw.SourceCredibility.ToFrozenDictionary(k => k.Key.Replace("_", ""), k => k.Value, StringComparer.OrdinalIgnoreCase),
        };
    }
}
