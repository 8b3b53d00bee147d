using ClaimCheck.Attribution;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Tests.Entities;

namespace ClaimCheck.Tests.Attribution;

/// <summary>Attributes one figure of a test text: the figure is found by its written form.</summary>
internal static class AttributionTestKit
{
    public const string Outlet = "Example News";

    public static Source SourceOf(string text, string figure, string? outlet = Outlet, int occurrence = 1)
    {
        var document = EntityTestKit.Document(text, outlet);
        int at = -1;
        for (int n = 0; n < occurrence; n++)
        {
            at = document.NormalizedText.IndexOf(figure, at + 1, StringComparison.Ordinal);
            at.Should().BeGreaterThanOrEqualTo(0, $"the figure '{figure}' should be in the text");
        }
        var entities = EntityRecognizer.Default.Recognize(document);
        var sentence = document.SentenceAt(at)!;
        return Attributor.Default.Attribute(document, entities, sentence, at);
    }

    /// <summary>Attributes the figure and checks the source's name and kind; returns the source for further checks.</summary>
    public static Source SourceShouldBe(string text, string figure, string name, SourceKind kind)
    {
        var source = SourceOf(text, figure);
        source.Name.Should().Be(name);
        source.Kind.Should().Be(kind);
        return source;
    }
}
