using System.Collections.Immutable;
using ClaimCheck.Data;

namespace ClaimCheck.Recognize.Entities;

/// <summary>
/// The known places, organisations and people, with an index that finds their names in text whatever the spelling
/// variant. ClaimCheck ships one (<see cref="Default"/>, from Data/gazetteer.yaml); users extend or replace it with
/// their own YAML file (<see cref="FromFile"/>, <see cref="Extend"/>).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; the index is built once, when the gazetteer is created. The YAML format is a list
/// under <c>entries:</c> of <c>{name, kind: place|organisation|person, type, aliases: [...], source_kind}</c>.
/// </remarks>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shipped = new(() => FromEntries(Read(EmbeddedData.ReadYaml<GazetteerFile>("gazetteer.yaml"), "gazetteer.yaml")));

    /// <summary>The gazetteer shipped with ClaimCheck (several regions, UN agencies, monitors, news agencies, armed groups).</summary>
    public static Gazetteer Default => Shipped.Value;

    /// <summary>Every entry, in file order (entries of an extension after the ones they extend).</summary>
    public ImmutableArray<GazetteerEntry> Entries { get; }

    internal AliasIndex Index { get; }

    private Gazetteer(ImmutableArray<GazetteerEntry> entries)
    {
        Entries = entries;
        Index = new AliasIndex(entries, EntityVocabulary.Default);
    }

    /// <summary>Creates a gazetteer from entries.</summary>
    /// <param name="entries">The entries; an entry whose name repeats an earlier one replaces it.</param>
    public static Gazetteer FromEntries(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var list = new List<GazetteerEntry>();
        foreach (var e in entries)
        {
            if (byName.TryGetValue(e.Name, out int at)) list[at] = e;
            else { byName[e.Name] = list.Count; list.Add(e); }
        }
        return new Gazetteer([.. list]);
    }

    /// <summary>Reads a gazetteer from YAML text in the shipped format.</summary>
    /// <param name="reader">The YAML text.</param>
    /// <param name="origin">Where the text comes from, for error messages.</param>
    /// <exception cref="FormatException">The YAML is malformed or an entry lacks a name or a valid kind.</exception>
    public static Gazetteer FromYaml(TextReader reader, string origin = "gazetteer")
    {
        ArgumentNullException.ThrowIfNull(reader);
        GazetteerFile file;
        try { file = EmbeddedData.ParseYaml<GazetteerFile>(reader) ?? new GazetteerFile(); }
        catch (YamlDotNet.Core.YamlException ex) { throw new FormatException($"{origin}: {ex.Message}", ex); }
        return FromEntries(Read(file, origin));
    }

    /// <summary>Reads a gazetteer from a YAML file in the shipped format.</summary>
    /// <param name="path">The file.</param>
    public static Gazetteer FromFile(string path)
    {
        using var reader = new StreamReader(path);
        return FromYaml(reader, path);
    }

    /// <summary>A new gazetteer with this one's entries and <paramref name="other"/>'s; an entry of the same name is replaced.</summary>
    /// <param name="other">The entries to add.</param>
    public Gazetteer Extend(Gazetteer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return FromEntries(Entries.Concat(other.Entries));
    }

    /// <summary>The entry a name resolves to, by exact or variant spelling, or null.</summary>
    /// <param name="name">A name as written ("Erdoğan", "Deraa", "UNHCR").</param>
    public GazetteerEntry? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = NameTokenizer.Tokenize(name, EntityVocabulary.Default);
        var match = Index.Match(name, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), 0, requireCapital: false);
        return match is { } m && m.EndToken == tokens.Count ? m.Entry : null;
    }

    private static IEnumerable<GazetteerEntry> Read(GazetteerFile file, string origin)
    {
        foreach (var raw in file.Entries ?? [])
        {
            if (string.IsNullOrWhiteSpace(raw.Name)) throw new FormatException($"{origin}: an entry has no name.");
            EntityKind kind = raw.Kind?.Trim().ToLowerInvariant() switch
            {
                "place" => EntityKind.Place,
                "organisation" or "organization" or "org" => EntityKind.Organisation,
                "person" => EntityKind.Person,
                _ => throw new FormatException($"{origin}: entry '{raw.Name}' has kind '{raw.Kind}'; expected place, organisation or person."),
            };
            var aliases = (raw.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToImmutableArray();
            yield return new GazetteerEntry(raw.Name.Trim(), kind, raw.Type?.Trim() ?? "", aliases, SourceKinds.Parse(raw.SourceKind));
        }
    }

    private sealed class GazetteerFile
    {
        public List<RawEntry>? Entries { get; set; }
    }

    private sealed class RawEntry
    {
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public string? Type { get; set; }
        public List<string>? Aliases { get; set; }
        public string? SourceKind { get; set; }
    }
}
