using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimCheck.Data;

/// <summary>Reads the vocabularies shipped as embedded resources (Data/*.yaml).</summary>
internal static class EmbeddedData
{
    // For user files only (ParseYaml), whose errors it words well; built on first use, not at start-up.
    private static readonly Lazy<IDeserializer> Yaml = new(() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build());

    /// <summary>Opens the resource Data/<paramref name="name"/>.</summary>
    public static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("ClaimCheck.Data." + name)
        ?? throw new InvalidOperationException($"ClaimCheck is missing its embedded data file '{name}'. The package is damaged.");

    /// <summary>Reads the resource Data/<paramref name="name"/> as YAML into <typeparamref name="T"/>, straight from the
    /// parser (<see cref="YamlShapes"/>): the shipped files are known to fit their shapes.</summary>
    public static T ReadYaml<T>(string name) where T : new()
    {
        using var reader = new StreamReader(Open(name));
        return YamlShapes.Read<T>(reader);
    }

    /// <summary>Reads YAML text into <typeparamref name="T"/> with the same conventions as the embedded files.</summary>
    public static T ParseYaml<T>(TextReader reader) => Yaml.Value.Deserialize<T>(reader);
}
