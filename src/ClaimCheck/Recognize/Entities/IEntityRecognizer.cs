using ClaimCheck.Segment;

namespace ClaimCheck.Recognize.Entities;

/// <summary>Finds places, organisations and people in an article.</summary>
/// <remarks>Implementations must be thread-safe: one instance serves every article of a pipeline.</remarks>
public interface IEntityRecognizer
{
    /// <summary>Returns the entity mentions of a segmented article, ordered by offset, without overlaps.</summary>
    /// <param name="document">The normalised, segmented article.</param>
    IReadOnlyList<EntityMention> Recognize(SegmentedArticle document);
}
