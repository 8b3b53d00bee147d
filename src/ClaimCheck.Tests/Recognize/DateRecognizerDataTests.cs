using System.Globalization;
using ClaimCheck.Recognize.Dates;

namespace ClaimCheck.Tests.Recognize;

/// <summary>
/// The date recognizer against Data/recognition/dates*.txt. An expected line reads
/// "text | earliest | latest | relative|absolute" with "-" for an unresolved end.
/// </summary>
public sealed class DateRecognizerDataTests
{
    private static readonly Dictionary<(string, int), RecognitionCases.Case> All =
        RecognitionCases.Load("dates", 'd').ToDictionary(c => (c.File, c.Line));

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var key in All.Keys) data.Add(key.Item1, key.Item2);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognize_DataFileSentence_ReturnsExpectedDates(string file, int line)
    {
        var c = All[(file, line)];
        var actual = DateRecognizer.Default.Recognize(c.Sentence, c.Reference);
        actual.Select(Describe).Should().Equal(c.Expected.Select(e => string.Join(" | ", e.Split('|').Select(s => s.Trim()))),
            $"{file}:{line} \"{c.Sentence}\" (reference {c.Reference?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"})");
        foreach (var d in actual) c.Sentence.Substring(d.Start, d.Length).Should().Be(d.Text);
    }

    private static string Describe(DateMention d) =>
        $"{d.Text} | {D(d.Earliest)} | {D(d.Latest)} | {(d.IsRelative ? "relative" : "absolute")}";

    private static string D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}
