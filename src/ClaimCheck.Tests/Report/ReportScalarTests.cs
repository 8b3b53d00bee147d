using System.Globalization;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Report;

public sealed class ReportScalarTests
{
    [Theory]
    [InlineData(0.1 + 0.2)]
    [InlineData(-5e-7)]
    [InlineData(1e21)]
    [InlineData(3_500_000)]
    [InlineData(double.Epsilon)]
    [InlineData(-0.0)]
    [InlineData(-5)]
    [InlineData(1e14)]
    [InlineData(999_999_999_999_999)]
    [InlineData(-999_999_999_999_999)]
    [InlineData(1e15)]
    [InlineData(-1e15)]
    [InlineData(1e15 + 2)]
    [InlineData(9_007_199_254_740_993)]
    public void Of_Double_IsTheRoundTripTextWhereverItIsRead(double value)
    {
        var scalar = ReportScalar.Of(value);

        Span<char> buffer = stackalloc char[32];
        scalar.TryFormat(buffer, out int written).Should().BeTrue();
        buffer[..written].ToString().Should().Be(value.ToString("R", CultureInfo.InvariantCulture));
        scalar.Text.Should().Be(value.ToString("R", CultureInfo.InvariantCulture));
        scalar.Kind.Should().Be(ScalarKind.Number);
    }

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(0)]
    [InlineData(123456)]
    public void Of_Int_IsItsInvariantText(int value) =>
        ReportScalar.Of(value).Text.Should().Be(value.ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(2024, 2, 29, "2024-02-29")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void Of_Date_IsYearMonthDay(int year, int month, int day, string expected)
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("ar-SA"); // another calendar, other digits
            var scalar = ReportScalar.Of(new DateOnly(year, month, day));
            scalar.Text.Should().Be(expected);
            scalar.Kind.Should().Be(ScalarKind.Date);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void TryFormat_TextLongerThanTheBuffer_SaysItDoesNotFit()
    {
        var scalar = new ReportScalar(new string('x', 40), ScalarKind.String);

        scalar.TryFormat(stackalloc char[32], out _).Should().BeFalse();
    }
}
