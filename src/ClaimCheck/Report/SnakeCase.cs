using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimCheck.Report;

/// <summary>Enum values as the report writes them ("ConflictInArticle" as "conflict_in_article") and back.</summary>
internal static class SnakeCase
{
    public static string Of<T>(T value) where T : struct, Enum => Names<T>.Of(value);

    /// <summary>The names of one enum, made once: a report writes a few per claim.</summary>
    /// <remarks>
    /// By the value's number, in an array: ClaimCheck's enums are ints from 0 up. A <c>Dictionary&lt;T, string&gt;</c>
    /// (and the LINQ that filled it) was generic code compiled at start-up for each enum, which a precompiled image
    /// cannot hold (docs/performance.md). A value outside the array (another underlying type, a number not declared)
    /// is named on the spot.
    /// </remarks>
    private static class Names<T> where T : struct, Enum
    {
        private const int MaxNumber = 1024;
        // Before ByNumber: static fields are set in the order they are written.
        private static readonly bool IntBased = typeof(T).GetEnumUnderlyingType() == typeof(int);
        private static readonly string?[] ByNumber = Build();

        public static string Of(T value)
        {
            int n = Number(value);
            return (uint)n < (uint)ByNumber.Length && ByNumber[n] is { } name ? name : Convert(value.ToString());
        }

        private static int Number(T value) => IntBased ? Unsafe.As<T, int>(ref value) : -1;

        private static string?[] Build()
        {
            var values = Enum.GetValues<T>();
            int size = 0;
            foreach (var v in values)
                if (Number(v) is >= 0 and < MaxNumber and var n && n >= size) size = n + 1;
            var names = new string?[size];
            foreach (var v in values)
                if (Number(v) is >= 0 and < MaxNumber and var n) names[n] ??= Convert(v.ToString());
            return names;
        }
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
