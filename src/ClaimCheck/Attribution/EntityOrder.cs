using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Attribution;

/// <summary>Binary search over an article's entity mentions, which are in offset order: finding the mentions near
/// a figure costs log n, not a walk over every mention of the article for every figure.</summary>
internal static class EntityOrder
{
    /// <summary>The index of the first mention starting at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<EntityMention> entities, int offset)
    {
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
