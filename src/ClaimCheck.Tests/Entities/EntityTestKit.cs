using System.Collections.Frozen;
using ClaimCheck.Articles;
using ClaimCheck.Normalize;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;

namespace ClaimCheck.Tests.Entities;

/// <summary>Builds segmented articles from test sentences and runs the entity recognizer on them.</summary>
internal static class EntityTestKit
{
    private static readonly Lazy<SegmentationVocabulary> Segmentation = new(() =>
    {
        try { return SegmentationVocabulary.Default; }
        catch (TypeInitializationException)
        {
            // Lets these tests run on a branch whose segmentation data is broken; the segmenter has its own tests.
            return new SegmentationVocabulary
            {
                Abbreviations = new[] { "mr", "mrs", "ms", "dr", "gen", "col", "lt", "st", "u.s", "u.n", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec" }.ToFrozenSet(),
                Furniture = [],
                FurnitureUnpunctuated = [],
            };
        }
    });

    public static SegmentedArticle Document(string text, string? outlet = "Example News", string id = "test-article") =>
        SentenceSegmenter.Segment(new Article(id, text, new ArticleMetadata(Outlet: outlet)), TextNormalizer.Normalize(text), Segmentation.Value);

    public static IReadOnlyList<EntityMention> Mentions(string text) => EntityRecognizer.Default.Recognize(Document(text));

    public static EntityMention Single(string text, string written) =>
        Mentions(text).Should().ContainSingle(e => e.Text == written, $"'{written}' should be recognised in: {text}").Subject;
}
