using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Tests.Recognize;

/// <summary>
/// The quantity recognizer against the data files Data/recognition/quantities-*.txt. An expected line reads
/// "text | type | qualifier | value | interval | unit", optionally followed by "| noun=...", "| modifiers=...", "| per=month",
/// "| change=increase" (or decrease) and "| conv=text | consistent=true", in that order.
/// </summary>
public sealed class QuantityRecognizerDataTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in RecognitionCases.Load("quantities-", 'q')) data.Add(c.File, c.Line);
        return data;
    }

    private static readonly Dictionary<(string, int), RecognitionCases.Case> All =
        RecognitionCases.Load("quantities-", 'q').ToDictionary(c => (c.File, c.Line));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognize_DataFileSentence_ReturnsExpectedQuantities(string file, int line)
    {
        var c = All[(file, line)];
        var actual = QuantityRecognizer.Default.Recognize(c.Sentence);
        actual.Select(Describe).Should().Equal(c.Expected.Select(Canonical), $"{file}:{line} \"{c.Sentence}\"");
        foreach (var q in actual) c.Sentence.Substring(q.Start, q.Length).Should().Be(q.Text);
    }

    [Fact]
    public void DataFiles_HoldAtLeastThreeHundredQuantitySentences() =>
        All.Count.Should().BeGreaterThanOrEqualTo(300);

    // Both sides are rendered in one canonical form so a failure shows the whole expected and actual line.
    private static string Canonical(string expected)
    {
        var f = expected.Split('|').Select(s => s.Trim()).ToArray();
        var (lo, loInc, hi, hiInc) = RecognitionCases.Interval(f[4]);
        string extra = string.Join(" | ", f.Skip(6));
        var q = new Quantity
        {
            Text = f[0], Start = 0, Length = f[0].Length,
            Type = Enum.Parse<QuantityType>(f[1], ignoreCase: true),
            Qualifier = QualifierNames.Parse(f[2]),
            Value = RecognitionCases.Number(f[3]),
            Low = lo, LowInclusive = loInc, High = hi, HighInclusive = hiInc,
            Unit = f[5] == "-" ? null : f[5],
        };
        return Core(q) + (extra.Length > 0 ? " | " + extra : "");
    }

    private static string Describe(Quantity q)
    {
        var parts = new List<string> { Core(q) };
        if (q.Noun is not null && q.Type == QuantityType.Count && q.Noun != q.Unit) parts.Add("noun=" + q.Noun);
        if (q.NounModifiers is not null) parts.Add("modifiers=" + q.NounModifiers);
        if (q.Per is not null) parts.Add("per=" + q.Per);
        if (q.Change != QuantityChange.None) parts.Add("change=" + q.Change.ToString().ToLowerInvariant());
        if (q.Conversion is { } conv) { parts.Add("conv=" + conv.Text); parts.Add("consistent=" + (q.ConversionConsistent?.ToString().ToLowerInvariant() ?? "null")); }
        return string.Join(" | ", parts);
    }

    private static string Core(Quantity q) =>
        $"{q.Text} | {QualifierNames.Name(q.Type)} | {QualifierNames.Name(q.Qualifier)} | {N(q.Value)} | " +
        $"{(q.LowInclusive ? "" : "(")}{N(q.Low, "")}..{N(q.High, "")}{(q.HighInclusive ? "" : ")")} | {q.Unit ?? "-"}";

    private static string N(double? v, string none = "-") =>
        v is { } d ? Math.Round(d, 6).ToString("R", System.Globalization.CultureInfo.InvariantCulture) : none;
}
