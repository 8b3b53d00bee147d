using System.Collections.Frozen;
using ClaimCheck.Data;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>The vocabulary of the Attribute stage, read once from Data/attribution.yaml.</summary>
internal sealed class AttributionVocabulary
{
    public static AttributionVocabulary Default { get; } = Load();

    public required WordSet SpeechVerbs { get; init; }
    public required WordSet WeakVerbs { get; init; }
    public required WordSet DenialVerbs { get; init; }
    public required WordSet VerbFillers { get; init; }
    public required WordSet PassiveAuxiliaries { get; init; }
    public required string[][] SourceAfter { get; init; }

    /// <summary><see cref="SourceAfter"/> by first word, each group in list order: one look-up per word of a sentence.</summary>
    public WordMap<string[][]> SourceAfterByFirstWord => _sourceAfterByFirstWord ??=
        new(SourceAfter.GroupBy(p => p[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));

    private WordMap<string[][]>? _sourceAfterByFirstWord;

    /// <summary>The words a cue can begin with: the speech verbs and the first words of <see cref="SourceAfter"/>.</summary>
    public WordSet CueStarts => _cueStarts ??= new(SpeechVerbs.Words.Concat(SourceAfter.Select(p => p[0])).ToFrozenSet(StringComparer.Ordinal));

    private WordSet? _cueStarts;
    public required WordSet DocumentNouns { get; init; }
    public required WordMap<SourceKind> GenericSources { get; init; }
    public required WordSet PersonPronouns { get; init; }
    public required WordSet OrganisationPronouns { get; init; }
    public required WordSet Determiners { get; init; }
    public required WordSet Spokespeople { get; init; }
    public required WordSet CountingWords { get; init; }
    public required string[][] SourceQualifiers { get; init; }
    public required WordSet AnonymousHeads { get; init; }
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
            GenericSources = new(generic.ToFrozenDictionary(StringComparer.Ordinal)),
            PersonPronouns = Set(raw.Pronouns.GetValueOrDefault("person") ?? []),
            OrganisationPronouns = Set(raw.Pronouns.GetValueOrDefault("organisation") ?? []),
            Determiners = Set(raw.Determiners),
        };
    }

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length).ToArray();

    private static WordSet Set(IEnumerable<string> words) => new(words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal));
}
