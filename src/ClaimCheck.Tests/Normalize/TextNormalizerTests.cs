using ClaimCheck.Normalize;

namespace ClaimCheck.Tests.Normalize;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Syria\u2019s fourth", "Syria's fourth")]
    [InlineData("\u201Cmost violent\u201D clashes", "\"most violent\" clashes")]
    [InlineData("2014\u20132016", "2014-2016")]
    [InlineData("a war \u2014 and a truce", "a war - and a truce")]
    [InlineData("40\u00A0km", "40 km")]
    [InlineData("1\u2009234\u2009567 people", "1 234 567 people")]
    [InlineData("\u0662\u0668\u0660\u066C\u0660\u0660\u0660 displaced", "280,000 displaced")]
    [InlineData("\u06F1\u06F2 villages", "12 villages")]
    public void Normalize_TypographicVariants_FoldedCharacterForCharacter(string input, string expected)
    {
        var output = TextNormalizer.Normalize(input);
        output.Should().Be(expected);
        output.Length.Should().Be(input.Length, "offsets into the normalised text must be offsets into the original");
    }

    [Fact]
    public void Normalize_PlainAscii_ReturnsSameInstance()
    {
        const string text = "Rebels were 10 km from the city.";
        TextNormalizer.Normalize(text).Should().BeSameAs(text);
    }
}
