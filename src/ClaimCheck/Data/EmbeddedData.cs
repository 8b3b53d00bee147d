using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimCheck.Data;

/// <summary>Reads the vocabularies shipped as embedded resources (Data/*.yaml).</summary>
internal static class EmbeddedData
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>Opens the resource Data/<paramref name="name"/>.</summary>
    public static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("ClaimCheck.Data." + name)
        ?? throw new InvalidOperationException($"ClaimCheck is missing its embedded data file '{name}'. The package is damaged.");

    /// <summary>Reads the resource Data/<paramref name="name"/> as YAML into <typeparamref name="T"/>.</summary>
    public static T ReadYaml<T>(string name)
    {
        using var reader = new StreamReader(Open(name));
        return Yaml.Deserialize<T>(reader);
    }

    /// <summary>Reads YAML text into <typeparamref name="T"/> with the same conventions as the embedded files.</summary>
    public static T ParseYaml<T>(TextReader reader) => Yaml.Deserialize<T>(reader);
}
