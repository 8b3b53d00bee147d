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
}
