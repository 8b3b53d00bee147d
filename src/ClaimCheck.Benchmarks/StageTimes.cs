using System.Collections.Immutable;
using System.Diagnostics;
using ClaimCheck.Articles;
using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Normalize;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Segment;

namespace ClaimCheck.Benchmarks;

/// <summary>"--stages FILE": the time each stage of Analyze takes on one article (CPU, and bytes it allocates), to find what grows with its size.</summary>
internal static class StageTimes
{
    private sealed class NoSource : IAttributor
    {
        public Source Attribute(SegmentedArticle document, IReadOnlyList<EntityMention> entities, Sentence sentence, int figureStart) => Source.Of("x", SourceKind.Outlet);
    }

    public static void Run(string path)
    {
        // A folder: the stages summed over its articles (each analysed on its own, as check does); a file: one article.
        var articles = Directory.Exists(path)
            ? ArticleInputs.LoadAll([path]).Where(r => r.Succeeded).Select(r => r.Article!).ToList()
            : [new Article(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path))];
        // The first round includes compiling the code; the last is the steady state.
        for (int round = 1; round <= 3; round++)
        {
            Console.WriteLine(round == 1 ? "round 1 (includes JIT)" : $"round {round}");
            var times = new Dictionary<string, double>();
            var bytes = new Dictionary<string, long>();
            int sentences = 0, quantities = 0, entities = 0, claims = 0;
            foreach (var article in articles)
            {
                var counts = Run(article, times, bytes);
                sentences += counts.Sentences; quantities += counts.Quantities; entities += counts.Entities; claims += counts.Claims;
            }
            foreach (var (stage, ms) in times) Console.WriteLine($"{stage,-12} {ms,10:N1} ms CPU {bytes[stage] / 1048576.0,10:N1} MB allocated");
            Console.WriteLine($"{articles.Count} articles, {sentences} sentences, {quantities} quantities, {entities} entities, {claims} claims");
        }
    }

    private static (int Sentences, int Quantities, int Entities, int Claims) Run(Article article, Dictionary<string, double> times, Dictionary<string, long> bytes)
    {
        // CPU time of the process, not wall time: on a shared machine the neighbours' load then changes little.
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        void Lap(string stage)
        {
            process.Refresh();
            var now = process.TotalProcessorTime;
            times[stage] = times.GetValueOrDefault(stage) + (now - cpu).TotalMilliseconds;
            cpu = now;
            long nowAllocated = GC.GetAllocatedBytesForCurrentThread();
            bytes[stage] = bytes.GetValueOrDefault(stage) + nowAllocated - allocated;
            allocated = nowAllocated;
        }
        var normalized = TextNormalizer.Normalize(article.Text);
        Lap("normalize");
        var document = SentenceSegmenter.Segment(article, normalized);
        Lap("segment");
        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        foreach (var s in document.Sentences)
            foreach (var q in QuantityRecognizer.Default.Recognize(s.Text)) quantities.Add(q with { Start = q.Start + s.Span.Start });
        Lap("quantities");
        var dates = ImmutableArray.CreateBuilder<DateMention>();
        foreach (var s in document.Sentences)
            foreach (var d in DateRecognizer.Default.Recognize(s.Text, null)) dates.Add(d with { Start = d.Start + s.Span.Start });
        Lap("dates");
        var entities = EntityRecognizer.Default.Recognize(document).ToImmutableArray();
        Lap("entities");
        var claims = ClaimBuilder.Build(document, quantities.ToImmutable(), dates.ToImmutable(), entities, Attributor.Default);
        Lap("claims");
        ClaimBuilder.Build(document, quantities.ToImmutable(), dates.ToImmutable(), entities, new NoSource());
        Lap("rules only");
        return (document.Sentences.Length, quantities.Count, entities.Length, claims.Length);
    }
}

/// <summary>"--phases FOLDER": load, analyse (one thread), compare, summarise and write, timed apart, on a folder of articles.</summary>
internal static class PhaseTimes
{
    public static void Run(string folder)
    {
        var watch = Stopwatch.StartNew();
        var pause = GC.GetTotalPauseDuration();
        var gcs = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        void Lap(string phase)
        {
            int count = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
            Console.WriteLine($"{phase,-12} {watch.Elapsed.TotalMilliseconds,10:N1} ms   (GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds,8:N1} ms in {count - gcs} collections, heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB)");
            pause = GC.GetTotalPauseDuration();
            gcs = count;
            watch.Restart();
        }
        var loaded = ArticleInputs.LoadAll([folder]).Where(r => r.Succeeded).Select(r => r.Article!).ToList();
        Lap("load");
        long before = GC.GetTotalMemory(forceFullCollection: true);
        watch.Restart();
        var pool = new ClaimCheck.Pipeline.ClaimPool();
        var claims = loaded.SelectMany(a => ClaimCheck.Pipeline.ClaimCheckPipeline.Default.Analyze(a).Claims).Select(pool.Share).ToList();
        Lap("analyse");
        // What a run keeps per claim until the comparison (the claims as check holds them, shared parts included).
        Console.WriteLine($"kept per claim {(GC.GetTotalMemory(forceFullCollection: true) - before) / (double)claims.Count,8:N0} bytes");
        watch.Restart();
        var d = ClaimCheck.Compare.ClaimComparer.Default.Compare(claims);
        Lap("compare");
        var s = ClaimCheck.Compare.ClaimComparer.Default.Summarize(claims);
        Lap("summarise");
        // Both at once, grouped once, on every core: what check does.
        var (d2, s2) = ClaimCheck.Compare.ClaimComparer.Default.CompareAndSummarize(claims, Environment.ProcessorCount);
        Lap("as check");
        if (!d2.SequenceEqual(d) || !s2.SequenceEqual(s)) throw new InvalidOperationException("CompareAndSummarize differs from Compare and Summarize.");
        var report = new ClaimCheck.Report.ClaimCheckReport("1.0", [], [.. claims], [.. d]) { Quantities = [.. s] };
        Console.WriteLine($"tree nodes {Count(ClaimCheck.Report.ReportTree.From(report))}");
        Lap("build tree");
        var process = Process.GetCurrentProcess();
        for (int round = 0; round < 3; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            ClaimCheck.Report.YamlReportWriter.Default.Write(report, TextWriter.Null);
            process.Refresh();
            Console.Write($"(CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms) ");
            Lap("write yaml");
        }
        ClaimCheck.Report.JsonReportWriter.Default.Write(report, TextWriter.Null);
        Lap("write json");
        Console.WriteLine($"{loaded.Count} articles, {claims.Count} claims, {d.Count} discrepancies");
    }

    private static int Count(ClaimCheck.Report.ReportNode node) => node switch
    {
        ClaimCheck.Report.ReportMap m => 1 + m.Entries.Sum(e => Count(e.Value)),
        ClaimCheck.Report.ReportList l => 1 + l.Items.Sum(Count),
        _ => 1,
    };
}

/// <summary>
/// "--analyse FOLDER": the analysis alone, as check runs it (in order, on N threads), with the articles already in
/// memory: on one and on two threads, and with the claims dropped or kept through the run's pool. Tells what the
/// threads and a growing heap of kept claims cost beside the stages' own work.
/// </summary>
internal static class AnalyseTimes
{
    public static void Run(string folder, string[] only)
    {
        var articles = ArticleInputs.LoadAll([folder]).Where(r => r.Succeeded).Select(r => r.Article!).ToList();
        var process = Process.GetCurrentProcess();
        // "--analyse FOLDER 2 keep": only that case (each round); by default all four.
        bool Asked(string word) => Array.IndexOf(only, word) >= 0;
        int[] jobsList = Asked("1") ? [1] : Asked("2") ? [2] : [1, 2];
        bool[] keepList = Asked("keep") ? [true] : Asked("drop") ? [false] : [false, true];
        for (int round = 1; round <= 2; round++)
        {
            foreach (int jobs in jobsList)
            {
                foreach (bool keep in keepList)
                {
                    GC.Collect();
                    process.Refresh();
                    var cpu = process.TotalProcessorTime;
                    long allocated = GC.GetTotalAllocatedBytes(precise: true);
                    int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
                    var watch = Stopwatch.StartNew();
                    var pool = new ClaimCheck.Pipeline.ClaimPool();
                    var kept = new List<Claim>();
                    long claims = 0;
                    foreach (var analysis in ClaimCheck.Pipeline.OrderedParallel.Select(articles, ClaimCheck.Pipeline.ClaimCheckPipeline.Default.Analyze, jobs))
                    {
                        claims += analysis.Claims.Length;
                        if (keep) foreach (var claim in analysis.Claims) kept.Add(pool.Share(claim));
                    }
                    watch.Stop();
                    process.Refresh();
                    double cpuS = (process.TotalProcessorTime - cpu).TotalSeconds;
                    Console.WriteLine($"round {round} jobs {jobs} {(keep ? "keep" : "drop")}: {watch.Elapsed.TotalSeconds,6:N2} s wall {cpuS,6:N2} s CPU  {1e6 * cpuS / articles.Count,7:N0} µs CPU/article  {claims} claims  GC pauses {GC.GetTotalPauseDuration().TotalSeconds:N2} s total");
                    Console.WriteLine($"  allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:N0} MB; collections gen0 {GC.CollectionCount(0) - collections[0]}, gen1 {GC.CollectionCount(1) - collections[1]}, gen2 {GC.CollectionCount(2) - collections[2]}");
                }
            }
        }
    }
}

/// <summary>"--pool FOLDER": the run's claim pool alone, over the claims of a folder (analysed once beforehand), three rounds.</summary>
internal static class PoolTimes
{
    public static void Run(string folder)
    {
        var articles = ArticleInputs.LoadAll([folder]).Where(r => r.Succeeded).Select(r => r.Article!).ToList();
        var claims = ClaimCheck.Pipeline.OrderedParallel.Select(articles, a => ClaimCheck.Pipeline.ClaimCheckPipeline.Default.Analyze(a).Claims, 2)
            .SelectMany(c => c).ToList();
        articles.Clear();
        var process = Process.GetCurrentProcess();
        for (int round = 1; round <= 3; round++)
        {
            GC.Collect();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var pool = new ClaimCheck.Pipeline.ClaimPool();
            var kept = new Claim[claims.Count];
            for (int i = 0; i < kept.Length; i++) kept[i] = pool.Share(claims[i]);
            process.Refresh();
            double cpuS = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"round {round}: {claims.Count} claims shared in {cpuS:N2} s CPU ({1e9 * cpuS / claims.Count:N0} ns per claim)");
        }
    }
}
