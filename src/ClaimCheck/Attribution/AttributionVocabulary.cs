using System.Collections.Frozen;
using ClaimCheck.Data;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>The vocabulary of the Attribute stage, read once from Data/attribution.yaml.</summary>
internal sealed class AttributionVocabulary
{
    public static AttributionVocabulary Default { get; } = Load();

    public required FrozenSet<string> SpeechVerbs { get; init; }
    public required FrozenSet<string> WeakVerbs { get; init; }
    public required FrozenSet<string> DenialVerbs { get; init; }
    public required FrozenSet<string> VerbFillers { get; init; }
    public required FrozenSet<string> PassiveAuxiliaries { get; init; }
    public required string[][] SourceAfter { get; init; }

    /// <summary><see cref="SourceAfter"/> by first word, each group in list order: one look-up per word of a sentence.</summary>
    public FrozenDictionary<string, string[][]> SourceAfterByFirstWord => _sourceAfterByFirstWord ??=
        SourceAfter.GroupBy(p => p[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private FrozenDictionary<string, string[][]>? _sourceAfterByFirstWord;

    /// <summary>The words a cue can begin with: the speech verbs and the first words of <see cref="SourceAfter"/>.</summary>
    public FrozenSet<string> CueStarts => _cueStarts ??= SpeechVerbs.Concat(SourceAfter.Select(p => p[0])).ToFrozenSet(StringComparer.Ordinal);

    private FrozenSet<string>? _cueStarts;
    public required FrozenSet<string> DocumentNouns { get; init; }
    public required FrozenDictionary<string, SourceKind> GenericSources { get; init; }
    public required FrozenSet<string> PersonPronouns { get; init; }
    public required FrozenSet<string> OrganisationPronouns { get; init; }
    public required FrozenSet<string> Determiners { get; init; }
    public required FrozenSet<string> Spokespeople { get; init; }
    public required FrozenSet<string> CountingWords { get; init; }
    public required string[][] SourceQualifiers { get; init; }
    public required FrozenSet<string> AnonymousHeads { get; init; }
    public required string[] LocationSuffixes { get; init; }

    private sealed class Raw
    {
        public List<string> SpeechVerbs { get; set; } = [];
        public List<string> WeakVerbs { get; set; } = [];
        public List<string> DenialVerbs { get; set; } = [];
        public List<string> VerbFillers { get; set; } = [];
        public List<string> PassiveAuxiliaries { get; set; } = [];
        public List<string> SourceAfter { get; set; } = [];
        public List<string> DocumentNouns { get; set; } = [];
        public Dictionary<string, List<string>> GenericSources { get; set; } = [];
        public Dictionary<string, List<string>> Pronouns { get; set; } = [];
        public List<string> Determiners { get; set; } = [];
        public List<string> Spokespeople { get; set; } = [];
        public List<string> CountingWords { get; set; } = [];
        public List<string> SourceQualifiers { get; set; } = [];
        public List<string> AnonymousHeads { get; set; } = [];
        public List<string> LocationSuffixes { get; set; } = [];
    }

    private static AttributionVocabulary Load()
    {
        var raw = EmbeddedData.ReadYaml<Raw>("attribution.yaml");
        var generic = new Dictionary<string, SourceKind>(StringComparer.Ordinal);
        foreach (var (kind, words) in raw.GenericSources)
            foreach (var w in words) generic.TryAdd(w.ToLowerInvariant(), SourceKinds.Parse(kind));
        return new AttributionVocabulary
        {
            SpeechVerbs = Set(raw.SpeechVerbs),
            WeakVerbs = Set(raw.WeakVerbs),
            DenialVerbs = Set(raw.DenialVerbs),
            VerbFillers = Set(raw.VerbFillers),
            PassiveAuxiliaries = Set(raw.PassiveAuxiliaries),
            SourceAfter = Phrases(raw.SourceAfter),
            SourceQualifiers = Phrases(raw.SourceQualifiers),
            Spokespeople = Set(raw.Spokespeople),
            CountingWords = Set(raw.CountingWords),
            AnonymousHeads = Set(raw.AnonymousHeads),
            LocationSuffixes = raw.LocationSuffixes.Select(w => w.ToLowerInvariant()).ToArray(),
            DocumentNouns = Set(raw.DocumentNouns),
            GenericSources = generic.ToFrozenDictionary(StringComparer.Ordinal),
            PersonPronouns = Set(raw.Pronouns.GetValueOrDefault("person") ?? []),
            OrganisationPronouns = Set(raw.Pronouns.GetValueOrDefault("organisation") ?? []),
            Determiners = Set(raw.Determiners),
        };
    }

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length).ToArray();

    private static FrozenSet<string> Set(IEnumerable<string> words) => words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
}
