using ClaimCheck.Articles;
using ClaimCheck.Normalize;
using ClaimCheck.Segment;

namespace ClaimCheck.Tests.Segment;

public class SentenceSegmenterTests
{
    private static List<string> Sentences(string text)
    {
        var doc = SentenceSegmenter.Segment(new Article("t", text), TextNormalizer.Normalize(text));
        foreach (var s in doc.Sentences)
            s.Span.Slice(text).Length.Should().Be(s.Text.Length);
        return doc.Sentences.Select(s => s.Span.Slice(text)).ToList();
    }

    [Fact]
    public void Segment_TwoSentences_SplitsWithOffsets()
    {
        const string text = "Troops shelled Kharkiv. The mayor said 12 people died.";
        var doc = SentenceSegmenter.Segment(new Article("t", text), text);
        doc.Sentences.Should().HaveCount(2);
        doc.Sentences[1].Span.Should().Be(new ClaimCheck.Text.TextSpan(24, 30));
        doc.Sentences[1].Text.Should().Be("The mayor said 12 people died.");
    }

    [Theory]
    [InlineData("The U.S. Treasury imposed sanctions on Monday.")]
    [InlineData("Dr. Tedros warned of famine in Darfur.")]
    [InlineData("Gen. Abdel Fattah al-Burhan visited Port Sudan on Dec. 5 with aides.")]
    [InlineData("The convoy travelled 30 km. north of the border.")]
    [InlineData("Witness Hani K. El-Din described the scene.")]
    [InlineData("Hama saw uprisings in 2011. and then fierce fighting.")]
    public void Segment_AbbreviationsAndInitials_DoNotEndSentence(string text)
    {
        Sentences(text).Should().ContainSingle().Which.Should().Be(text);
    }

    [Fact]
    public void Segment_QuoteAfterPeriod_EndsSentenceAfterQuote()
    {
        var s = Sentences("He said the army was \"totally unprepared.\" Fighting continued in Goma.");
        s.Should().Equal("He said the army was \"totally unprepared.\"", "Fighting continued in Goma.");
    }

    [Fact]
    public void Segment_WrappedLine_JoinsSentence()
    {
        var s = Sentences("Guterres called for a process to end the bloodshed,\nasking all sides to protect civilians.\nAid arrived on Friday.");
        s.Should().HaveCount(2);
        s[0].Should().StartWith("Guterres").And.EndWith("civilians.");
    }

    [Fact]
    public void Segment_HeadlineWithoutPunctuation_IsItsOwnSentence()
    {
        var s = Sentences("Floods Displace Thousands in Assam\n\nHeavy rain hit Guwahati on Monday.");
        s.Should().Equal("Floods Displace Thousands in Assam", "Heavy rain hit Guwahati on Monday.");
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Powered by Blogger.")]
    [InlineData("Related Articles")]
    [InlineData("Subscribe now to keep reading and get access to the full archive.")]
    [InlineData("  \u2022 For moreElrisala website and for social networking, you can follow us on Facebook")]
    [InlineData("No comments:")]
    [InlineData("Back to top button")]
    public void Segment_PageFurniture_IsDropped(string furniture)
    {
        var s = Sentences("Rescuers pulled 14 people from the rubble in Antakya.\n" + furniture + "\nThe quake struck at dawn.");
        s.Should().Equal("Rescuers pulled 14 people from the rubble in Antakya.", "The quake struck at dawn.");
    }

    [Fact]
    public void Segment_SentenceStartingLikeFurniture_IsKept()
    {
        var s = Sentences("For more than a decade, the group has held Idlib.");
        s.Should().ContainSingle();
    }
}

public class SentenceSegmenterUnitTests
{
    [Fact]
    public void Segment_UnitAbbreviationBeforeCapital_EndsSentence()
    {
        const string text = "Residents put them as close as 3 km. El Fasher is the capital of North Darfur.";
        var doc = SentenceSegmenter.Segment(new Article("t", text), text);
        doc.Sentences.Select(s => s.Text).Should().Equal("Residents put them as close as 3 km.", "El Fasher is the capital of North Darfur.");
    }
}
