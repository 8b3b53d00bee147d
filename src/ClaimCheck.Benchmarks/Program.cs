using System.Diagnostics;
using BenchmarkDotNet.Running;
using ClaimCheck.Benchmarks;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Quantities;

// "--quick": a Stopwatch measurement in seconds, for a figure without BenchmarkDotNet's minutes of runs.
// Anything else goes to BenchmarkDotNet ("--filter *").
if (args is ["--quick", ..])
{
    foreach (var (name, sentences) in new[] { ("seeds", Sentences.Seeds()), ("test sentences", Sentences.TestSentences()) })
    {
        Quick($"quantities, {name}", sentences, s => QuantityRecognizer.Default.Recognize(s).Count);
        Quick($"dates, {name}", sentences, s => DateRecognizer.Default.Recognize(s, new DateOnly(2024, 12, 7)).Count);
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(RecognizerBenchmarks).Assembly).Run(args);

static void Quick(string name, string[] sentences, Func<string, int> recognize)
{
    for (int i = 0; i < 3; i++) foreach (var s in sentences) recognize(s); // warm up
    var watch = Stopwatch.StartNew();
    long count = 0, found = 0;
    while (watch.Elapsed < TimeSpan.FromSeconds(2))
    {
        foreach (var s in sentences) found += recognize(s);
        count += sentences.Length;
    }
    watch.Stop();
    Console.WriteLine($"{name,-32} {sentences.Length,5} sentences  {count / watch.Elapsed.TotalSeconds,12:N0} sentences/s");
}
