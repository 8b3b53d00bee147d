using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Compare;

/// <summary>
/// Wire copy republished by several outlets: the same sentence in several articles is one statement. It never conflicts
/// with itself, and it counts as one source when sources are counted for independence.
/// </summary>
internal static class Syndication
{
    /// <summary>Whether two claims are one statement: the same figure in the same sentence, in one article or syndicated in several.</summary>
    public static bool SameStatement(Claim a, Claim b)
    {
        if (a.Evidence.ArticleId == b.Evidence.ArticleId) return a.Evidence.Span == b.Evidence.Span;
        return a.Value.AsWritten == b.Value.AsWritten && SameText(a.Evidence.Quote, b.Evidence.Quote);
    }

    /// <summary>
    /// Who a claim counts as when independent sources are counted: the named source, or, for a figure no source is
    /// named for, the sentence itself (so syndicated copies of one unattributed sentence count once).
    /// </summary>
    public static string IndependenceKey(Claim c) =>
        CountsByText(c.Source.Kind)
            ? "text:" + Fold(c.Evidence.Quote)
            : "source:" + c.Source.Name.ToLowerInvariant();

    /// <summary>Whether a claim from a source of this kind counts by its sentence rather than by its source.</summary>
    public static bool CountsByText(SourceKind kind) => kind is SourceKind.Outlet or SourceKind.Unknown;

    /// <summary>How many distinct <see cref="IndependenceKey"/>s the claims have, with their <see cref="ClaimFacts"/> already read.</summary>
    public static int IndependentSources(Claim[] claims, ClaimFacts[] facts)
    {
        // Claims share their quotes and sources' names (ClaimPool): each distinct string is keyed once. Claims that share
        // nothing (built one by one by a caller) would only fill the sets of strings seen, as large as the group and read
        // at random, so those stop growing when they hold many more strings than there are keys.
        var quotes = new HashSet<string>(ReferenceEqualityComparer.Instance);
        var names = new HashSet<string>(ReferenceEqualityComparer.Instance);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < facts.Length; i++)
        {
            ref readonly var f = ref facts[i];
            var seen = f.ByText ? quotes : names;
            if (seen.Contains(f.Independence)) continue;
            if (IdentityMemo.HasRoom(seen.Count, keys.Count)) seen.Add(f.Independence);
            keys.Add(IndependenceKey(claims[i]));
        }
        return keys.Count;
    }

    private static bool SameText(string x, string y)
    {
        if (x == y) return true;
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && !char.IsLetterOrDigit(x[i])) i++;
            while (j < y.Length && !char.IsLetterOrDigit(y[j])) j++;
            if (i == x.Length || j == y.Length) return i == x.Length && j == y.Length;
            if (char.ToLowerInvariant(x[i++]) != char.ToLowerInvariant(y[j++])) return false;
        }
    }

    /// <summary>Letters and digits only, lower-cased: copy edits of quotes, dashes and spaces do not make another statement.</summary>
    private static string Fold(string text) => string.Create(text.Count(char.IsLetterOrDigit), text, static (span, t) =>
    {
        int i = 0;
        foreach (char ch in t)
            if (char.IsLetterOrDigit(ch)) span[i++] = char.ToLowerInvariant(ch);
    });
}
