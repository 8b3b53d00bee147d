using System.Globalization;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Tests.Recognize;

/// <summary>The exact reading of short figures: the same double as double.Parse, or no answer at all.</summary>
public sealed class ShortDecimalTests
{
    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("12,500", 12500.0)]
    [InlineData("1 200", 1200.0)]
    [InlineData("4,510.3", 4510.3)]
    [InlineData("0.1", 0.1)]
    [InlineData("2.75", 2.75)]
    [InlineData("999999999999999", 999999999999999.0)]
    [InlineData("0.00000000000001", 1e-14)]
    public void A_short_figure_reads_as_written(string figure, double expected)
    {
        ShortDecimal.TryParse(figure, out double value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData("1.2.3")]
    [InlineData("1e5")]
    [InlineData("-5")]
    [InlineData("1234567890123456")] // sixteen digits: no longer exact in a long divided by a power of ten
    [InlineData("٣")]               // a digit outside ASCII is left to the parser
    public void Anything_else_is_left_to_the_parser(string figure) =>
        ShortDecimal.TryParse(figure, out _).Should().BeFalse();

    [Fact]
    public void Random_figures_read_as_double_Parse_reads_them()
    {
        var random = new Random(20261203);
        for (int n = 0; n < 200_000; n++)
        {
            int digits = random.Next(1, 16), point = random.Next(-1, digits);
            var text = string.Concat(Enumerable.Range(0, digits).Select(_ => (char)('0' + random.Next(10))));
            if (point > 0) text = text[..point] + "." + text[point..];

            ShortDecimal.TryParse(text, out double value).Should().BeTrue(text);
            if (value != double.Parse(text, CultureInfo.InvariantCulture))
                value.Should().Be(double.Parse(text, CultureInfo.InvariantCulture), text);
        }
    }
}
