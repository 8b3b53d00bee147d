using System.Collections.Immutable;

namespace ClaimCheck.Claims;

/// <summary>Builds a claim's description from its concept's label and its scope, without repeating words.</summary>
internal static class ClaimText
{
    public static string Describe(ClaimKind kind, ConceptDef? concept, string? counted, ImmutableArray<ScopeEntry> scope)
    {
        string? place = Find(scope, ScopeRole.Place), subset = Find(scope, ScopeRole.Subset);
        string text = kind switch
        {
            ClaimKind.Distance => DescribeDistance(scope),
            ClaimKind.Count => DescribeCount(concept!, counted ?? "people"),
            ClaimKind.Rank => $"rank of {Find(scope, ScopeRole.Subject) ?? "the place"} as {concept?.Label}",
            _ => concept?.Label ?? "quantity",
        };
        if (subset is not null) text += $", of whom {subset}";
        if (place is not null && kind != ClaimKind.Distance) text += $" in {place}";
        return text;
    }

    private static string DescribeCount(ConceptDef concept, string counted)
    {
        string label = concept.Label;
        // "number of strikes", not "number of strikes strikes"; "number of casualties", not "number of people casualties".
        if (string.Equals(label, counted, StringComparison.OrdinalIgnoreCase)) return $"number of {counted}";
        if (counted == "people" && !label.Contains(' ') && label.EndsWith('s') && !label.EndsWith("ss", StringComparison.Ordinal))
            return $"number of {label}";
        return $"number of {counted} {label}";
    }

    private static string DescribeDistance(ImmutableArray<ScopeEntry> scope)
    {
        string to = Find(scope, ScopeRole.To) ?? "?";
        if (Find(scope, ScopeRole.Party) is { } party) return $"distance from {(char.IsLower(party[0]) ? "the " : "")}{party} to {to}";
        return $"distance from {Find(scope, ScopeRole.From) ?? "?"} to {to}";
    }

    private static string? Find(ImmutableArray<ScopeEntry> scope, ScopeRole role)
    {
        foreach (var s in scope) if (s.Role == role) return s.Name;
        return null;
    }
}
