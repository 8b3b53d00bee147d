using System.Collections.Frozen;
using ClaimCheck.Data;

namespace ClaimCheck.Recognize.Entities;

/// <summary>The context vocabulary of the entity recognizer, read once from Data/entities.yaml.</summary>
internal sealed class EntityVocabulary
{
    public static EntityVocabulary Default { get; } = Load();

    public required FrozenSet<string> ArticlesSpaced { get; init; }
    public required FrozenSet<string> ArticlesHyphenated { get; init; }
    public required FrozenSet<string> Connectors { get; init; }
    public required FrozenSet<string> Stopwords { get; init; }
    public required FrozenSet<string> PersonTitles { get; init; }
    public required FrozenDictionary<string, SourceKind> PersonRoles { get; init; }
    public required FrozenDictionary<string, SourceKind> OrganisationHeads { get; init; }
    public required FrozenSet<string> PlaceHeads { get; init; }
    public required FrozenSet<string> PlaceNounsAfter { get; init; }
    public required FrozenSet<string> PlaceCuesBefore { get; init; }
    public required string[][] PlacePhrasesBefore { get; init; }

    /// <summary><see cref="PlacePhrasesBefore"/> by their last word (the word before the comma of "capital,"), in order.</summary>
    public FrozenDictionary<string, string[][]> PlacePhrasesByLastWord => field ??= PlacePhrasesBefore
        .GroupBy(p => p[^1] == "," ? p[^2] : p[^1], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    public required FrozenSet<string> PlacePossessed { get; init; }
    public required (string[] Words, SourceKind Kind)[] OrganisationDescriptors { get; init; }
    public required FrozenDictionary<string, SourceKind> OrganisationNounsAfter { get; init; }

    /// <summary>Each spelling's keys and flags for the lists above, kept across articles.</summary>
    public WordTable Words { get; }

    private EntityVocabulary() => Words = new WordTable(this);

    private sealed class Raw
    {
        public List<string> ArticlesSpaced { get; set; } = [];
        public List<string> ArticlesHyphenated { get; set; } = [];
        public List<string> Connectors { get; set; } = [];
        public List<string> Stopwords { get; set; } = [];
        public List<string> PersonTitles { get; set; } = [];
        public Dictionary<string, List<string>> PersonRoles { get; set; } = [];
        public Dictionary<string, List<string>> OrganisationHeads { get; set; } = [];
        public List<string> PlaceHeads { get; set; } = [];
        public List<string> PlaceNounsAfter { get; set; } = [];
        public List<string> PlaceCuesBefore { get; set; } = [];
        public List<string> PlacePhrasesBefore { get; set; } = [];
        public List<string> PlacePossessed { get; set; } = [];
        public Dictionary<string, List<string>> OrganisationDescriptors { get; set; } = [];
        public Dictionary<string, List<string>> OrganisationNounsAfter { get; set; } = [];
    }

    private static EntityVocabulary Load()
    {
        var raw = EmbeddedData.ReadYaml<Raw>("entities.yaml");
        return new EntityVocabulary
        {
            ArticlesSpaced = Set(raw.ArticlesSpaced),
            ArticlesHyphenated = Set(raw.ArticlesHyphenated),
            Connectors = Set(raw.Connectors),
            Stopwords = Set(raw.Stopwords),
            PersonTitles = Set(raw.PersonTitles),
            PersonRoles = Kinds(raw.PersonRoles),
            OrganisationHeads = Kinds(raw.OrganisationHeads),
            PlaceHeads = Set(raw.PlaceHeads),
            PlaceNounsAfter = Set(raw.PlaceNounsAfter),
            PlaceCuesBefore = Set(raw.PlaceCuesBefore),
            PlacePhrasesBefore = raw.PlacePhrasesBefore
                .Select(p => p.ToLowerInvariant().Replace(",", " ,").Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .ToArray(),
            PlacePossessed = Set(raw.PlacePossessed),
            OrganisationNounsAfter = Kinds(raw.OrganisationNounsAfter),
            OrganisationDescriptors = raw.OrganisationDescriptors
                .SelectMany(p => p.Value.Select(d => (d.ToLowerInvariant().Split(' '), SourceKinds.Parse(p.Key))))
                .OrderByDescending(d => d.Item1.Length).ToArray(),
        };
    }

    private static FrozenSet<string> Set(IEnumerable<string> words) =>
        words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, SourceKind> Kinds(Dictionary<string, List<string>> byKind)
    {
        var map = new Dictionary<string, SourceKind>(StringComparer.Ordinal);
        foreach (var (kind, words) in byKind)
        {
            var parsed = SourceKinds.Parse(kind);
            foreach (var w in words) map.TryAdd(w.ToLowerInvariant(), parsed);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>Parses the snake_case source kinds used in the data files.</summary>
internal static class SourceKinds
{
    public static SourceKind Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "outlet" => SourceKind.Outlet,
        "monitor" => SourceKind.Monitor,
        "un_agency" or "unagency" or "intergovernmental" => SourceKind.UnAgency,
        "government" or "ministry" => SourceKind.Government,
        "armed_group" or "armedgroup" or "army" => SourceKind.ArmedGroup,
        "news_agency" or "newsagency" => SourceKind.NewsAgency,
        "official" => SourceKind.Official,
        "witness" => SourceKind.Witness,
        "expert" or "ngo" => SourceKind.Expert,
        _ => SourceKind.Unknown,
    };
}
