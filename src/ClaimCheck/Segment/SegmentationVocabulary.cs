using System.Collections.Frozen;
using ClaimCheck.Data;

namespace ClaimCheck.Segment;

/// <summary>The abbreviations and page-furniture phrases of the Segment stage, read once from Data/segmentation.yaml.</summary>
internal sealed class SegmentationVocabulary
{
    public static SegmentationVocabulary Default { get; } = Load();

    public required FrozenSet<string> Abbreviations { get; init; }
    public required string[] Furniture { get; init; }
    public required string[] FurnitureUnpunctuated { get; init; }

    private static SegmentationVocabulary Load()
    {
        var data = EmbeddedData.ReadYaml<Dictionary<string, List<string>>>("segmentation.yaml");
        return new SegmentationVocabulary
        {
            Abbreviations = data["abbreviations"].Select(a => a.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            Furniture = data["furniture"].Select(f => f.ToLowerInvariant()).ToArray(),
            FurnitureUnpunctuated = data["furniture_unpunctuated"].Select(f => f.ToLowerInvariant()).ToArray(),
        };
    }
}
