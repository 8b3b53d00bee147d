using System.Diagnostics;
using ClaimCheck.Attribution;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Tests.Entities;

namespace ClaimCheck.Tests.Attribution;

/// <summary>The attributor runs once per claim: its cost must stay linear in the sentence's length.</summary>
public class AttributorRobustnessTests
{
    [Fact]
    public void Attribute_HugeSentenceFullOfCues_FinishesInLinearTime()
    {
        // 56,000 words, 4,000 cues with a named body, a place and a demonym each: a quadratic scan takes ten seconds here.
        string text = string.Concat(Enumerable.Repeat("Kenyan officials in the London-based Red Cross said 5 people died and ", 4_000)) + "9 more.";
        var document = EntityTestKit.Document(text);
        var entities = EntityRecognizer.Default.Recognize(document);
        int at = text.IndexOf("9 more", StringComparison.Ordinal);

        var watch = Stopwatch.StartNew();
        var source = Attributor.Default.Attribute(document, entities, document.SentenceAt(at)!, at);
        watch.Stop();

        source.Name.Should().Be("International Committee of the Red Cross");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(4));
    }
}
