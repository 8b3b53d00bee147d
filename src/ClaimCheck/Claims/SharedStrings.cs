using System.Collections.Concurrent;

namespace ClaimCheck.Claims;

/// <summary>
/// One instance of each concept, dimension and description string across a run: a corpus of a hundred thousand
/// articles has hundreds of thousands of claims but only a few thousand distinct quantities, and each claim would
/// otherwise hold copies of its own. Bounded, so a long-running host cannot grow it without limit.
/// </summary>
internal static class SharedStrings
{
    private const int MaxEntries = 200_000;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    public static string Of(string text)
    {
        if (Pool.TryGetValue(text, out var shared)) return shared;
        if (Pool.Count >= MaxEntries) return text;
        return Pool.GetOrAdd(text, text);
    }
}
