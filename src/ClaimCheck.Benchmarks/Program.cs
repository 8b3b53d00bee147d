using System.Diagnostics;
using BenchmarkDotNet.Running;
using ClaimCheck.Articles;
using ClaimCheck.Benchmarks;
using ClaimCheck.Pipeline;
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
    // The whole pipeline (normalize to claims) on the seed articles, and a full check (with comparison) of all five.
    var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
        .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToArray();
    int seedSentences = articles.Sum(a => ClaimCheckPipeline.Default.Analyze(a).Document.Sentences.Length);
    Quick("pipeline Analyze, seed articles", articles.Select(a => a.Text).ToArray(),
        text => ClaimCheckPipeline.Default.Analyze(new Article("a", text)).Claims.Length, seedSentences);
    Quick("pipeline Check, all five seeds", ["five"], _ => ClaimCheckPipeline.Default.Check(articles).Discrepancies.Length, seedSentences);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(RecognizerBenchmarks).Assembly).Run(args);

static void Quick(string name, string[] sentences, Func<string, int> recognize, int? sentencesPerPass = null)
{
    // sentencesPerPass: how many sentences one pass over the inputs covers, when the inputs are whole articles.
    int perPass = sentencesPerPass ?? sentences.Length;
    for (int i = 0; i < 3; i++) foreach (var s in sentences) recognize(s); // warm up
    // CPU time beside wall time: on a shared machine the wall clock counts other processes' turns too.
    var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    long count = 0, found = 0;
    while (watch.Elapsed < TimeSpan.FromSeconds(2))
    {
        foreach (var s in sentences) found += recognize(s);
        count += perPass;
    }
    watch.Stop();
    double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
    Console.WriteLine($"{name,-32} {perPass,5} sentences  {count / watch.Elapsed.TotalSeconds,12:N0} sentences/s  {count / cpu,12:N0} per CPU-second");
}
