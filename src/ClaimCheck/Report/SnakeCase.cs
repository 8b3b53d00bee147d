using System.Text;

namespace ClaimCheck.Report;

/// <summary>Enum values as the report writes them ("ConflictInArticle" as "conflict_in_article") and back.</summary>
internal static class SnakeCase
{
    public static string Of<T>(T value) where T : struct, Enum => Names<T>.Of(value);

    /// <summary>The names of one enum, made once: a report writes a few per claim.</summary>
    private static class Names<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => Convert(v.ToString()));

        public static string Of(T value) => ByValue.TryGetValue(value, out var name) ? name : Convert(value.ToString());
    }

    public static string Convert(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    public static T Parse<T>(string? text, string field) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
            if (string.Equals(Of(value), text, StringComparison.OrdinalIgnoreCase)) return value;
        var allowed = string.Join(", ", Enum.GetValues<T>().Select(Of));
        throw new ReportFormatException($"'{field}' must be one of {allowed}, not '{text}'");
    }
}
