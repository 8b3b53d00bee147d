using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

/// <summary>The phrase matcher finds its phrases by word number: any case, the longest phrase first, whatever was numbered when.</summary>
public class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params string[] phrases) => new(phrases.Select(p => (p, p)));

    [Fact]
    public void FindAll_PhrasesInAnyCase_LongestFirstWithoutOverlaps()
    {
        var matcher = Matcher("armed forces", "armed", "forces");

        var found = matcher.FindAll("The ARMED Forces and armed men met forces.");

        found.Select(m => m.Value).Should().Equal("armed forces", "armed", "forces");
        found[0].Span.Should().Be(new TextSpan(4, 12));
    }

    [Fact]
    public void FindAll_TextWordedBeforeTheMatcherWasBuilt_StillFindsItsWords()
    {
        var text = new WordedText("the zqxwv yrtpl crossed", 100);
        text.Keys(0);

        var found = Matcher("zqxwv yrtpl").FindAll(text);

        found.Should().ContainSingle().Which.Span.Should().Be(new TextSpan(104, 11));
    }

    [Fact]
    public void FindAll_WordsBeyondAscii_ComparedIgnoringCaseAsWritten()
    {
        var matcher = Matcher("são paulo state", "rio são francisco");

        matcher.FindAll("In São PAULO State today").Should().ContainSingle().Which.Value.Should().Be("são paulo state");
        matcher.FindAll("the Rio SÃO Francisco").Should().ContainSingle().Which.Value.Should().Be("rio são francisco");
    }

    [Fact]
    public void FindAll_WordLongerThanAnyVocabularyWord_StartsNoPhrase()
    {
        string longWord = new('a', WordedText.MaxWordLength + 1);

        Matcher(longWord + " b").FindAll(longWord + " b").Should().BeEmpty();
    }

    [Fact]
    public void Words_ApostrophesAndPunctuation_SpansShiftedByTheOffset()
    {
        // "Syria's" is one word; a trailing apostrophe, hyphens and digits' separators split.
        var words = PhraseMatcher<string>.Words("Syria's rebels' 1,200-strong force", 10);

        words.Select(w => (w.Start, w.Length)).Should().Equal((10, 7), (18, 6), (26, 1), (28, 3), (32, 6), (39, 5));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(5000)]
    public void Words_AsManyWordsAsTheTextCanHold_EveryOneFound(int count)
    {
        // One-letter words with one space between: the most words a text of its length can hold (half its length, plus
        // one), on either side of the count gathered on the stack.
        string text = string.Join(' ', Enumerable.Range(0, count).Select(i => (char)('a' + i % 26)));

        var words = PhraseMatcher<string>.Words(text, 0);

        words.Should().HaveCount(count);
        words.Select(w => w.Start).Should().Equal(Enumerable.Range(0, count).Select(i => 2 * i));
        words.Should().OnlyContain(w => w.Length == 1);
    }

    [Fact]
    public void Words_NoLetterOrDigit_NoWords() =>
        PhraseMatcher<string>.Words(" -- , . ", 3).Should().BeEmpty();

    [Fact]
    public void FindAll_NothingFound_EmptyEachTime()
    {
        var matcher = Matcher("armed forces");

        matcher.FindAll("No phrase here.").Should().BeEmpty();
        matcher.FindAll("Armed men and forces.").Should().BeEmpty();
        matcher.FindAll("The armed forces").Should().ContainSingle();
    }
}
