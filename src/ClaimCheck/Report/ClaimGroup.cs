using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Report;

/// <summary>
/// Claims that say the same thing. Syndicated copies of a wire story repeat a claim, word for word, in every outlet
/// that ran it (each outlet then being the voice of an unattributed figure); a source also repeats its own figure.
/// A report shows each group once, with a count and the articles: same sentence and same figure, or same source and
/// same figure and interval.
/// </summary>
/// <remarks>Immutable.</remarks>
/// <param name="Claim">The first claim of the group, in report order.</param>
/// <param name="Count">How many claims the group holds.</param>
/// <param name="ArticleIds">The distinct articles the claims stand in, in report order.</param>
internal sealed record ClaimGroup(Claim Claim, int Count, ImmutableArray<string> ArticleIds)
{
    /// <summary>Groups <paramref name="claims"/>, keeping the order in which each group first appears.</summary>
    public static ImmutableArray<ClaimGroup> Of(IEnumerable<Claim> claims)
    {
        var order = new List<(Claim First, List<string> Articles, int Count)>();
        var bySentence = new Dictionary<(string, string), int>();
        var bySource = new Dictionary<(string, string, double?, double?, string), int>();
        foreach (var c in claims)
        {
            string figure = c.Value.AsWritten.ToLowerInvariant();
            var sentenceKey = (c.Evidence.Quote.Trim(), figure);
            var sourceKey = (c.Source.Name, figure, c.Value.Low, c.Value.High, c.Value.Unit);
            if (bySentence.TryGetValue(sentenceKey, out int at) || bySource.TryGetValue(sourceKey, out at))
            {
                var (first, articles, count) = order[at];
                if (!articles.Contains(c.Evidence.ArticleId)) articles.Add(c.Evidence.ArticleId);
                order[at] = (first, articles, count + 1);
            }
            else
            {
                at = order.Count;
                order.Add((c, [c.Evidence.ArticleId], 1));
            }
            bySentence.TryAdd(sentenceKey, at);
            bySource.TryAdd(sourceKey, at);
        }
        return [.. order.Select(g => new ClaimGroup(g.First, g.Count, [.. g.Articles]))];
    }
}
