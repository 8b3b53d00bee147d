using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;

namespace ClaimCheck.Attribute;

/// <summary>ClaimCheck's attribution rules.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Attributor : IAttributor
{
    /// <summary>The shared default instance.</summary>
    public static Attributor Default { get; } = new();

    /// <inheritdoc/>
    public Source Attribute(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence, int figureStart) =>
        Source.Of(document.Article.Metadata.Outlet ?? document.Article.Id, SourceKind.Outlet);
}
