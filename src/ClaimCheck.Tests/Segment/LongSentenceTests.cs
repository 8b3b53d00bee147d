using System.Text;
using ClaimCheck.Articles;
using ClaimCheck.Normalize;
using ClaimCheck.Pipeline;
using ClaimCheck.Segment;

namespace ClaimCheck.Tests.Segment;

/// <summary>
/// A run-on "sentence" (a results table flattened to one line, a list of hundreds of items) is cut at clause
/// boundaries, and a long sentence is quoted as a window around its figure: work and report size grow with the
/// number of figures, not with figures × sentence length.
/// </summary>
public class LongSentenceTests
{
    [Fact]
    public void Segment_RunOnListOfResults_CutAfterSemicolonsIntoBoundedPieces()
    {
        // 60 match results joined by semicolons: about 3,400 characters with no full stop.
        var text = string.Join("; ", Enumerable.Range(1, 60).Select(i => $"in round {i} the visitors won by {i % 7 + 1} goals before a crowd of {1000 + i * 37} fans")) + ".";
        var doc = SentenceSegmenter.Segment(new Article("t", text), TextNormalizer.Normalize(text));

        doc.Sentences.Should().HaveCountGreaterThan(3);
        doc.Sentences.Should().OnlyContain(s => s.Span.Length <= SentenceSegmenter.MaxSentence);
        doc.Sentences.SkipLast(1).Should().OnlyContain(s => s.Text.EndsWith(';'));
        // Nothing is lost: the pieces cover the text, separators and spaces aside.
        string.Concat(doc.Sentences.Select(s => s.Text)).Replace(" ", "").Should().Be(text.Replace(" ", ""));
    }

    [Fact]
    public void Segment_OrdinaryLongSentence_KeptWhole()
    {
        const string text = "The central bank raised its main rate by 50 basis points to 4.75%, the highest since 2008, citing inflation that has run above 6% for nine months, a weaker currency, wage growth of 7.1% in the year to March, and energy prices that the governor said could rise a further 12% by the winter, though two of the nine members of the committee voted to hold rates, saying the economy was already slowing.";
        var doc = SentenceSegmenter.Segment(new Article("t", text), text);
        doc.Sentences.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Fact]
    public void Check_FigureInLongSentence_QuotesTheWordsAroundIt()
    {
        var filler = string.Concat(Enumerable.Repeat("while firefighters worked through the night along the ridge and residents waited in shelters ", 6));
        var text = "The wildfire spread quickly " + filler + "and officials said 3,200 people were evacuated in Kelowna " + filler + "before rain arrived.";
        var report = ClaimCheckPipeline.Default.Check([new Article("fire", text, new ArticleMetadata(Outlet: "Valley News"))]);

        var quote = report.Claims.Should().ContainSingle().Which.Evidence.Quote;
        quote.Should().StartWith("… ").And.EndWith(" …").And.Contain("officials said 3,200 people were evacuated in Kelowna");
        quote.Length.Should().BeLessThan(2 * 200 + 60);
        // Cut at word boundaries: the quote's words are words of the text.
        quote.Trim('…', ' ').Split(' ').Should().OnlyContain(w => text.Contains(" " + w + " ") || text.StartsWith(w + " ") || text.EndsWith(" " + w));
    }

    [Fact]
    public void Check_FigureInShortSentence_QuotesTheWholeSentence()
    {
        const string sentence = "Police arrested 45 protesters in Nairobi on Tuesday.";
        var report = ClaimCheckPipeline.Default.Check([new Article("a", "Protests continued. " + sentence)]);
        report.Claims.Should().ContainSingle().Which.Evidence.Quote.Should().Be(sentence);
    }
}
