using System.Diagnostics;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Tests.Recognize;

/// <summary>The recognizers on hostile input: long runs that would make a backtracking matcher explode, and noise.</summary>
public sealed class RecognizerRobustnessTests
{
    public static TheoryData<string> Pathological() => new()
    {
        string.Concat(Enumerable.Repeat("1 ", 50_000)),
        string.Concat(Enumerable.Repeat("1,", 50_000)),
        string.Concat(Enumerable.Repeat("one and ", 20_000)),
        string.Concat(Enumerable.Repeat("more than ", 20_000)) + "5 km",
        string.Concat(Enumerable.Repeat("between 1 and ", 20_000)),
        string.Concat(Enumerable.Repeat("displaced ", 20_000)) + "people",
        string.Concat(Enumerable.Repeat("1-", 50_000)),
        string.Concat(Enumerable.Repeat("late ", 20_000)) + "November",
        new string('9', 100_000),
        string.Concat(Enumerable.Repeat("1\u200C", 50_000)),
        string.Concat(Enumerable.Repeat("1e", 50_000)),
        string.Concat(Enumerable.Repeat("rose 1% to ", 20_000)),
        string.Concat(Enumerable.Repeat("5 tonnes of ", 20_000)),
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Recognize_PathologicalInput_FinishesInLinearTime(string text)
    {
        // the vocabularies are read on first use: that one-off cost is not what this test measures
        QuantityRecognizer.Default.Recognize("1");
        DateRecognizer.Default.Recognize("1", new DateOnly(2024, 12, 7));
        var watch = Stopwatch.StartNew();
        QuantityRecognizer.Default.Recognize(text);
        DateRecognizer.Default.Recognize(text, new DateOnly(2024, 12, 7));
        watch.Stop();

        // a backtracking or quadratic scan of these 100,000-character inputs takes minutes; 5 s leaves room for a loaded machine
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Recognize_RandomText_NeverThrowsAndKeepsSpansInsideTheText()
    {
        var random = new Random(20241207);
        const string alphabet = "0123456789 ,.-/:()$£€%kmKMbn ofandtomorethanabout thousandsdozensmillionDecemberThursday٢٨٠٬'\"\n";
        for (int i = 0; i < 2_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var quantities = QuantityRecognizer.Default.Recognize(text);
            var dates = DateRecognizer.Default.Recognize(text, new DateOnly(2024, 12, 7));

            foreach (var q in quantities) text.Substring(q.Start, q.Length).Should().Be(q.Text);
            foreach (var d in dates) text.Substring(d.Start, d.Length).Should().Be(d.Text);
            quantities.Zip(quantities.Skip(1)).All(p => p.First.End <= p.Second.Start).Should().BeTrue(text);
        }
    }
}
