using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Tests.Recognize;

/// <summary>
/// Figures as copy-and-paste and hostile input leave them: invisible format characters inside digit groups, exponent
/// notation, overlong and malformed digit runs. Each is read whole and exactly, or refused whole, never a fragment.
/// </summary>
public sealed class NumberReadingTests
{
    [Theory]
    [InlineData("\u200C", "zero-width non-joiner")]
    [InlineData("\u200D", "zero-width joiner")]
    [InlineData("\u200E", "left-to-right mark")]
    [InlineData("\u200F", "right-to-left mark")]
    [InlineData("\u00AD", "soft hyphen")]
    [InlineData("\u2060", "word joiner")]
    [InlineData("\uFEFF", "byte-order mark")]
    [InlineData("\u200B", "zero-width space")]
    public void Recognize_FormatCharacterInsideDigitGroup_ReadsTheWholeFigure(string mark, string name)
    {
        string text = $"Officials said 30{mark}0,000 people fled the floods in Assam.";

        var q = QuantityRecognizer.Default.Recognize(text).Should().ContainSingle(name).Subject;

        q.Value.Should().Be(300_000);
        q.Unit.Should().Be("people");
        q.Text.Should().Be($"30{mark}0,000 people");
        text.Substring(q.Start, q.Length).Should().Be(q.Text);
    }

    [Fact]
    public void Recognize_FormatCharactersAroundAndInsideSeveralFigures_KeepsOffsetsInTheOriginalText()
    {
        const string text = "\u200FProfits rose 1\u200E2% to \u00AD$4,5\u200C00 million, up from 3,\u200D900 million.";

        var found = QuantityRecognizer.Default.Recognize(text);

        found.Select(q => q.Value).Should().Equal(12, 4_500_000_000, 3_900_000_000);
        found.Select(q => q.Text).Should().Equal("1\u200E2%", "$4,5\u200C00 million", "3,\u200D900 million");
        foreach (var q in found) text.Substring(q.Start, q.Length).Should().Be(q.Text);
    }

    [Theory]
    [InlineData("The crowd was put at 30\u200C00,000 people.")]  // joined it is "3000,000": malformed grouping
    [InlineData("The bill came to 1,000,\u200C00 dollars.")]     // "1,000,00"
    [InlineData("The survey counted 300,0\u200D000 households.")] // "300,0000"
    public void Recognize_FormatCharacterJoiningToAMalformedFigure_RefusesItWhole(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty();

    [Theory]
    [InlineData("The model's upper bound was 1e308 joules.", 1e308)]
    [InlineData("The sample held 2.5e6 cells.", 2.5e6)]
    [InlineData("The error rate was 3E-4 in the trial.", 3e-4)]
    [InlineData("Avogadro's number is 6.022e+23.", 6.022e23)]
    public void Recognize_ExponentNotation_ReadsTheNumber(string text, double expected) =>
        QuantityRecognizer.Default.Recognize(text).Should().ContainSingle().Which.Value.Should().Be(expected);

    [Theory]
    [InlineData("The overflow value was 1e400 in the log.")]
    [InlineData("The underflow value was 1e-400 in the log.")]
    [InlineData("The hash began 3e4f and ended there.")]
    public void Recognize_ExponentOutOfRangeOrGluedToLetters_IsRefusedNotItsMantissa(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty();

    [Fact]
    public void Recognize_FiveThousandDigitFigure_IsRefused()
    {
        string text = "The ledger showed " + new string('7', 5_000) + " people on the list.";

        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The national debt is 999,999,999,999,999 dollars.", 999_999_999_999_999d)]
    [InlineData("The account held 123456789012345 cents.", 123_456_789_012_345d)]
    public void Recognize_FifteenDigitFigure_IsReadExactly(string text, double expected) =>
        QuantityRecognizer.Default.Recognize(text).Should().ContainSingle().Which.Value.Should().Be(expected);

    [Theory]
    [InlineData("The fund holds 1234567890123456 dollars.")]
    [InlineData("The ledger reads 1,234,567,890,123,456 dollars.")]
    public void Recognize_SixteenDigitFigure_IsRefusedRatherThanRounded(string text) =>
        QuantityRecognizer.Default.Recognize(text).Should().BeEmpty();
}
