using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;

namespace ClaimCheck.Attribution;

/// <summary>Decides who states a figure.</summary>
/// <remarks>Implementations must be thread-safe.</remarks>
public interface IAttributor
{
    /// <summary>The source of the figure at <paramref name="figureStart"/> (an article offset) in <paramref name="sentence"/>.</summary>
    /// <param name="document">The segmented article.</param>
    /// <param name="entities">The article's entity mentions (article offsets).</param>
    /// <param name="sentence">The sentence holding the figure.</param>
    /// <param name="figureStart">Article offset of the figure.</param>
    /// <returns>The nearest named source, or the article's outlet when the text names none.</returns>
    Source Attribute(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence, int figureStart);
}
