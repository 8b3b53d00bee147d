using System.Diagnostics;
using BenchmarkDotNet.Running;
using ClaimCheck.Articles;
using ClaimCheck.Benchmarks;
using ClaimCheck.Pipeline;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Quantities;

// "--quick": a Stopwatch measurement in seconds, for a figure without BenchmarkDotNet's minutes of runs.
// Anything else goes to BenchmarkDotNet ("--filter *").
// "--generate N FOLDER": write a corpus. "--scale [--cli DLL] [--jobs N] [SIZES...]": check on generated corpora.
// "--compare-scale": the comparison alone from 10,000 to 1,000,000 claims. See docs/performance.md.
if (args is ["--generate", var count, var folder])
{
    long bytes = new CorpusGenerator().Write(folder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"{count} articles, {bytes / 1e6:N1} MB in {folder}");
    return;
}
if (args is ["--scale", .. var scaleArgs])
{
    string cli = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../ClaimCheck.Cli/bin/Release/net10.0/ClaimCheck.Cli.dll"));
    int? jobs = null;
    var sizes = new List<int>();
    for (int i = 0; i < scaleArgs.Length; i++)
    {
        if (scaleArgs[i] == "--cli") cli = scaleArgs[++i];
        else if (scaleArgs[i] == "--jobs") jobs = int.Parse(scaleArgs[++i], System.Globalization.CultureInfo.InvariantCulture);
        else sizes.Add(int.Parse(scaleArgs[i], System.Globalization.CultureInfo.InvariantCulture));
    }
    ScaleBenchmark.Check(cli, sizes.Count > 0 ? [.. sizes] : [1_000, 10_000, 100_000], jobs);
    return;
}
if (args is ["--compare-scale"])
{
    ScaleBenchmark.Compare();
    return;
}
if (args is ["--vocabularies"])
{
    ClaimCheck.Benchmarks.ColdStart.Run();
    return;
}
if (args is ["--phases", var phasesOf])
{
    ClaimCheck.Benchmarks.PhaseTimes.Run(phasesOf);
    return;
}
if (args is ["--analyse", var analyseOf, .. var analyseOnly])
{
    ClaimCheck.Benchmarks.AnalyseTimes.Run(analyseOf, analyseOnly);
    return;
}
if (args is ["--pool", var poolOf])
{
    ClaimCheck.Benchmarks.PoolTimes.Run(poolOf);
    return;
}
if (args is ["--stages", var stagesOf])
{
    ClaimCheck.Benchmarks.StageTimes.Run(stagesOf);
    return;
}
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
