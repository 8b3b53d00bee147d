using BenchmarkDotNet.Attributes;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Quantity and date recognition over whole sentence sets. Each operation recognises every sentence of a set
/// once, so sentences per second = set size / Mean (the sizes are printed by <c>--quick</c>).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RecognizerBenchmarks
{
    private static readonly string[] SeedSentences = Sentences.Seeds();
    private static readonly string[] TestSentences = Sentences.TestSentences();
    private static readonly DateOnly Reference = new(2024, 12, 7);

    [Benchmark]
    public int QuantitiesSeeds() => Quantities(SeedSentences);

    [Benchmark]
    public int QuantitiesTestSentences() => Quantities(TestSentences);

    [Benchmark]
    public int DatesSeeds() => Dates(SeedSentences);

    [Benchmark]
    public int DatesTestSentences() => Dates(TestSentences);

    private static int Quantities(string[] sentences)
    {
        int found = 0;
        foreach (var s in sentences) found += QuantityRecognizer.Default.Recognize(s).Count;
        return found;
    }

    private static int Dates(string[] sentences)
    {
        int found = 0;
        foreach (var s in sentences) found += DateRecognizer.Default.Recognize(s, Reference).Count;
        return found;
    }
}
