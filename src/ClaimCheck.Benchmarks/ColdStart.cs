using System.Diagnostics;

namespace ClaimCheck.Benchmarks;

/// <summary>"--vocabularies": the time each embedded vocabulary takes to load on first use (run it in a fresh process).</summary>
internal static class ColdStart
{
    public static void Run()
    {
        var total = Stopwatch.StartNew();
        Time("segmentation", () => Segment.SegmentationVocabulary.Default);
        Time("quantities", () => Recognize.Quantities.QuantityVocabulary.Default);
        Time("dates", () => Recognize.Dates.DateVocabulary.Default);
        Time("entities", () => Recognize.Entities.EntityVocabulary.Default);
        Time("gazetteer", () => Recognize.Entities.Gazetteer.Default);
        Time("attribution", () => Attribution.AttributionVocabulary.Default);
        Time("claims", () => Claims.ClaimVocabulary.Default);
        Console.WriteLine($"{"all",-14} {total.Elapsed.TotalMilliseconds,8:N1} ms");
    }

    private static void Time(string name, Func<object> load)
    {
        var watch = Stopwatch.StartNew();
        load();
        Console.WriteLine($"{name,-14} {watch.Elapsed.TotalMilliseconds,8:N1} ms");
    }
}
