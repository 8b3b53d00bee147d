using ClaimCheck.Compare;

namespace ClaimCheck.Tests.Compare;

/// <summary>The sort the conflict sweep counts disjoint pairs with: it must order bounds exactly as the doubles compare.</summary>
public class RadixSortTests
{
    [Theory]
    [InlineData(-1.0, 1.0)]
    [InlineData(-2.5, -1.0)]
    [InlineData(0.0, 1e-300)]
    [InlineData(-1e-300, 0.0)]
    [InlineData(39.5, 40.5)]
    [InlineData(40.5, 40.500000000000007)]
    [InlineData(1e300, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, -1e300)]
    public void Key_OfASmallerDouble_IsSmaller(double smaller, double larger) =>
        RadixSort.Key(smaller).Should().BeLessThan(RadixSort.Key(larger));

    [Fact]
    public void Key_OfMinusZero_IsTheKeyOfZero() => RadixSort.Key(-0.0).Should().Be(RadixSort.Key(0.0));

    [Theory]
    [InlineData(3)]
    [InlineData(255)] // below the passes: a comparison sort
    [InlineData(256)]
    [InlineData(10_000)]
    public void Sort_DoublesOfEverySignAndSize_InTheOrderTheyCompare(int count)
    {
        var random = new Random(count);
        double[] special = [0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon, 1e308, -1e308];
        var values = Enumerable.Range(0, count).Select(i => random.Next(5) switch
        {
            0 => special[random.Next(special.Length)],
            1 => Math.Round(random.NextDouble() * 100_000), // whole numbers share their low bytes
            2 => -random.NextDouble() * Math.Pow(10, random.Next(-20, 20)),
            3 => 40, // repeated
            _ => random.NextDouble() * Math.Pow(10, random.Next(-300, 300)),
        }).ToArray();
        var keys = values.Select(RadixSort.Key).ToArray();

        RadixSort.Sort(keys, new ulong[count]);

        keys.Should().Equal(values.Order().Select(RadixSort.Key));
    }

    [Fact]
    public void Sort_EveryKeyEqual_LeavesThem()
    {
        var keys = Enumerable.Repeat(RadixSort.Key(12.5), 1000).ToArray();
        RadixSort.Sort(keys, new ulong[1000]);
        keys.Should().OnlyContain(k => k == RadixSort.Key(12.5)).And.HaveCount(1000);
    }

    [Fact]
    public void Sort_ScratchShorterThanTheKeys_Throws()
    {
        var act = () => RadixSort.Sort(new ulong[1000], new ulong[999]);
        act.Should().Throw<ArgumentException>().WithParameterName("scratch");
    }
}
