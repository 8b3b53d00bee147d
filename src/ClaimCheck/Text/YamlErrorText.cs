using YamlDotNet.Core;

namespace ClaimCheck.Text;

/// <summary>
/// A YAML error in the terms of the person who wrote the file. YamlDotNet's deserializer messages name .NET types
/// ("Invalid cast from 'System.String' to '...+Fields'", "Expected 'SequenceStart', got 'MappingStart'"); the user
/// wrote YAML, so say which YAML shape was expected and where.
/// </summary>
internal static class YamlErrorText
{
    /// <summary>"not valid YAML at line 3: expected a list, found 'key: value' lines".</summary>
    public static string Describe(YamlException e)
    {
        var message = (e.InnerException?.Message ?? e.Message).ReplaceLineEndings(" ").Trim();
        int at = message.IndexOf(" (at Line: ", StringComparison.Ordinal);
        if (at > 0) message = message[..at];
        var expected = Between(message, "Expected '", "'");
        var got = Between(message, "got '", "'");
        var shape = message switch
        {
            _ when expected is not null && got is not null => $"expected {Shape(expected)}, found {Shape(got)}",
            _ when message.Contains("Invalid cast from 'System.String'", StringComparison.Ordinal) => "expected a list or 'key: value' lines, found a single value",
            _ when message.Contains("into type System.String", StringComparison.Ordinal) => "expected a text value, found a list or 'key: value' lines",
            _ when message.Contains("System.", StringComparison.Ordinal) || message.Contains("ClaimCheck.", StringComparison.Ordinal)
                   || message.Contains("deserializ", StringComparison.OrdinalIgnoreCase)
                => "a value does not have the expected shape (see the documented format)",
            _ => message,
        };
        return $"not valid YAML at line {e.Start.Line}: {shape}";
    }

    private static string Shape(string yamlEvent) => yamlEvent switch
    {
        "SequenceStart" => "a list",
        "MappingStart" => "'key: value' lines",
        "Scalar" => "a single value",
        _ => "something else",
    };

    private static string? Between(string text, string before, string after)
    {
        int start = text.IndexOf(before, StringComparison.Ordinal);
        if (start < 0) return null;
        start += before.Length;
        int end = text.IndexOf(after, start, StringComparison.Ordinal);
        return end < 0 ? null : text[start..end];
    }
}
