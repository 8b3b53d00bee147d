using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Tests.Recognize;

/// <summary>The quantity recognizer's phrase tables: the longest phrase first, the first of equals, case as asked.</summary>
public class PhraseTableTests
{
    private static PhraseTable<string> Table(params (string Phrase, string Value, bool CaseSensitive)[] phrases) => new(phrases);

    [Theory]
    [InlineData("50 kms away", 3, "kms", 6)]
    [InlineData("50 km away", 3, "km", 5)]
    [InlineData("50 kilometres", 3, "kilometres", 13)]
    [InlineData("50 kilometers north", 3, "kilometers", 13)]
    [InlineData("50 sq km", 3, "sq km", 8)]
    [InlineData("50 sq  km", 3, "sq km", 9)]
    [InlineData("50 sq ft", 3, "sq", 5)]
    public void TryMatch_PhrasesSharingTheirStart_TheLongestThatFits(string text, int pos, string value, int end)
    {
        // Given shortest first: the table tries the longer ones first all the same.
        var table = Table(("km", "km", false), ("kms", "kms", false), ("kilometres", "kilometres", false), ("kilometers", "kilometers", false),
            ("sq", "sq", false), ("sq km", "sq km", false));

        table.TryMatch(text, pos, out var found, out int matchedEnd).Should().BeTrue();

        (found, matchedEnd).Should().Be((value, end));
    }

    [Fact]
    public void TryMatch_EqualPhrases_TheFirstGivenWins()
    {
        // "Bn" (as written) and "bn" (any case) are the same length and both match "Bn": the first given wins, whichever it is;
        // a phrase given twice keeps its first value.
        Table(("Bn", "billion", true), ("bn", "folded", false), ("BN", "again", false)).TryMatch("5 Bn", 2, out var first, out _).Should().BeTrue();
        first.Should().Be("billion");
        Table(("bn", "folded", false), ("Bn", "billion", true)).TryMatch("5 Bn", 2, out var second, out _).Should().BeTrue();
        second.Should().Be("folded");
        Table(("bn", "folded", false), ("BN", "again", false)).TryMatch("5 bN", 2, out var third, out _).Should().BeTrue();
        third.Should().Be("folded");
    }

    [Fact]
    public void TryMatch_CaseSensitivePhrase_OnlyAsWritten()
    {
        var table = Table(("M", "million", true), ("bn", "billion", false));

        table.TryMatch("5M", 1, out _, out _).Should().BeTrue();
        table.TryMatch("5m", 1, out _, out _).Should().BeFalse();
        table.TryMatch("5 BN", 2, out var value, out _).Should().BeTrue();
        value.Should().Be("billion");
    }

    [Fact]
    public void TryMatch_EmptyPhrasesAndWordsGoingOn_NoMatch()
    {
        var table = Table(("", "nothing", false), ("km", "km", false));

        table.TryMatch("5 kmph", 2, out _, out _).Should().BeFalse("a phrase ending in a letter must end a word");
        table.TryMatch("5 ", 2, out _, out _).Should().BeFalse();
        table.TryMatch("5 km", 2, out _, out int end).Should().BeTrue();
        end.Should().Be(4);
    }
}
