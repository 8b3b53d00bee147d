using ClaimCheck.Claims;

namespace ClaimCheck.Compare;

/// <summary>
/// The few facts about a claim's kind that the comparison rules need, asked in one place so that the rules do not
/// depend on how the claim model spells them.
/// </summary>
internal static class ClaimTraits
{
    /// <summary>Whether the claim is a length (a distance, a depth, a height: where miles can be mistaken for kilometres).</summary>
    public static bool IsDistance(Claim claim) => claim.Dimension == "length";

    /// <summary>Whether the claim counts something that only grows over time (the dead, the displaced...).</summary>
    public static bool IsCumulative(Claim claim, ClaimVocabulary vocabulary) =>
        claim.Kind == ClaimKind.Count && vocabulary.IsCumulative(claim.Concept);

    /// <summary>The claim's key without its scope ("count:displaced:count/people:*"), or null for distances, whose scope is the quantity.</summary>
    public static string? ScopeFreeKey(Claim claim) => claim.Kind == ClaimKind.Distance ? null : claim.Key.WithoutScope().ToString();
}
