using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Articles;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Pipeline;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// "--scale": the whole <c>claimcheck check</c> on generated corpora of growing size, as a child process, reporting
/// wall time, CPU time, MB/s, articles/s and peak RSS. "--compare-scale": the comparison and summary alone, from
/// 10,000 to 1,000,000 claims on 10 keys (Compare alone, and Compare then Summarize), each doubling timed in pairs of
/// blocks (N beside 2N) with the median ratio.
/// </summary>
internal static partial class ScaleBenchmark
{
    public static void Check(string cli, int[] sizes, int? jobs)
    {
        Console.WriteLine($"check on generated corpora; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
        Console.WriteLine($"{"articles",9} {"MB",7} {"wall s",8} {"cpu s",7} {"MB/s",7} {"articles/s",11} {"peak RSS MB",12} {"claims",9} {"discrepancies",14}");
        foreach (int size in sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), "claimcheck-scale", size.ToString(CultureInfo.InvariantCulture));
            long bytes = Corpus(folder, size);
            var output = Path.Combine(Path.GetTempPath(), "claimcheck-scale", $"report-{size}.yaml");
            string[] args = [cli, "check", folder, "--quiet", "--out", output, .. jobs is { } j ? new[] { "--jobs", j.ToString(CultureInfo.InvariantCulture) } : []];
            var (wall, peak, cpu) = Run("dotnet", args);
            var summary = File.ReadLines(output).Take(12).ToList();
            string Field(string name) => summary.FirstOrDefault(l => l.Trim().StartsWith(name + ":", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";
            double mb = bytes / 1e6;
            Console.WriteLine($"{size,9:N0} {mb,7:N1} {wall,8:N2} {cpu,7:N1} {mb / wall,7:N2} {size / wall,11:N0} {peak / 1e6,12:N0} {Field("claims"),9} {Field("discrepancies"),14}   (load {LoadAverage()})");
        }
    }

    public static void Compare()
    {
        Console.WriteLine($"compare only, claims on 10 keys; load average {LoadAverage()}");
        var pool = ClaimPool();
        Console.WriteLine($"pool: {pool.Count} claims from generated articles on {pool.Select(c => c.Key).Distinct().Count()} keys");
        int[] sizes = [10_000, 15_625, 31_250, 62_500, 125_000, 250_000, 500_000, 1_000_000];
        // Warm up: a method is compiled again, optimised, after 30 calls and a pause in compilation (tiered JIT), so
        // 60 calls on a small input, a pause for the background compiler, and 60 more; otherwise the first sizes are
        // timed half in unoptimised code.
        var warm = Claims(pool, 2_000);
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < 60; i++)
            {
                ClaimComparer.Default.Compare(warm);
                ClaimComparer.Default.Summarize(warm);
            }
            Thread.Sleep(500);
        }
        // Each size is timed in blocks of runs lasting about 0.4 s, each run started with cold caches and
        // no forced collection: the collections a run's allocations cause are paid in the block where they fall, as in a real check.
        // A doubling is timed in pairs, a block of N claims next to a block of 2N (in alternating order), eleven times,
        // and its ratio is the median of the eleven pairs' ratios: this machine's slow spells last seconds and change
        // its speed by a fifth or more, which two sizes timed apart would read as a change of ratio.
        // Two figures per size: `Compare` alone (what the goal names) and `Compare` followed by `Summarize` (each groups
        // the claims again, so the claims are walked twice as often).
        (string Name, Action<List<Claim>> Work)[] works =
        [
            ("compare", c => ClaimComparer.Default.Compare(c)),
            ("compare + summarize", c => { ClaimComparer.Default.Compare(c); ClaimComparer.Default.Summarize(c); }),
        ];
        Console.WriteLine($"{"claims",10} | {works[0].Name,-30} | {works[1].Name,-30} | discrepancies, summaries");
        List<Claim>? half = null;
        for (int s = 0; s < sizes.Length; s++)
        {
            int n = sizes[s];
            var claims = Claims(pool, n);
            var cells = works.Select(w => Time(claims, half, n, w.Work)).ToList();
            var discrepancies = ClaimComparer.Default.Compare(claims);
            var summaries = ClaimComparer.Default.Summarize(claims);
            Console.WriteLine($"{n,10:N0} | {cells[0],-30} | {cells[1],-30} | {discrepancies.Count}, {summaries.Count} (load {LoadAverage()})");
            half = n >= 15_625 ? claims : null;
        }
    }

    /// <summary>Seconds per run of <paramref name="work"/> on <paramref name="claims"/>, its rate, and its ratio to the
    /// time on <paramref name="half"/> when that holds half as many claims (the median of eleven paired blocks).</summary>
    private static string Time(List<Claim> claims, List<Claim>? half, int n, Action<List<Claim>> work)
    {
        int perBlock = Calibrate(claims, work);
        double seconds;
        string ratio = "";
        if (half is null || n != 2 * half.Count)
        {
            seconds = Median(Enumerable.Range(0, 5).Select(_ => Block(claims, perBlock, work)));
        }
        else
        {
            int halfBlock = Calibrate(half, work);
            var pairs = new List<(double Half, double Full)>();
            for (int p = 0; p < Pairs; p++)
            {
                double h, f;
                if (p % 2 == 0) { h = Block(half, halfBlock, work); f = Block(claims, perBlock, work); }
                else { f = Block(claims, perBlock, work); h = Block(half, halfBlock, work); }
                pairs.Add((h, f));
            }
            seconds = Median(pairs.Select(x => x.Full));
            ratio = $"ratio {Median(pairs.Select(x => x.Full / x.Half)):N2}";
        }
        return $"{seconds,6:N3} s {n / seconds / 1e6,5:N2} M/s {ratio}";
    }

    /// <summary>How many paired blocks time one doubling: with seven blocks of a fifth of a second, single steps still read
    /// 2.24 and 2.34 in runs whose other steps were 1.8 to 2.1 (4 December).</summary>
    private const int Pairs = 11;

    /// <summary>One untimed run, and how many runs make a block of about 0.4 s.</summary>
    private static int Calibrate(List<Claim> claims, Action<List<Claim>> work)
    {
        var once = Stopwatch.StartNew();
        work(claims);
        return Math.Max(1, (int)Math.Round(0.4 / once.Elapsed.TotalSeconds));
    }

    /// <summary>Seconds per run over a block of runs, each started with cold caches (the eviction is not timed): in a
    /// check the claims were made long before they are compared, and back-to-back runs would find a small corpus's
    /// claims still cached from the run before, a large one's not.</summary>
    private static double Block(List<Claim> claims, int runs, Action<List<Claim>> work)
    {
        double seconds = 0;
        for (int run = 0; run < runs; run++)
        {
            EvictCaches();
            long start = Stopwatch.GetTimestamp();
            work(claims);
            seconds += Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        return seconds / runs;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static readonly byte[] Eviction = new byte[64 << 20];

    /// <summary>
    /// Pushes the claims out of the processor's caches (32 MB of L3 here) by writing a buffer twice that size, so
    /// that each timed comparison starts as it does in <c>check</c>, where the claims were made long before they are
    /// compared. Without it the claims that were just made or compared are still cached below about 50,000 claims and
    /// not above, and the ratio between those two sizes measures the cache, not the comparison.
    /// </summary>
    private static void EvictCaches()
    {
        for (int i = 0; i < Eviction.Length; i += 64) Eviction[i]++;
    }

    /// <summary>Generates the corpus once per size; later runs reuse it.</summary>
    private static long Corpus(string folder, int size)
    {
        var marker = Path.Combine(folder, ".bytes");
        if (File.Exists(marker)) return long.Parse(File.ReadAllText(marker), CultureInfo.InvariantCulture);
        long bytes = new CorpusGenerator().Write(folder, size);
        File.WriteAllText(marker, bytes.ToString(CultureInfo.InvariantCulture));
        return bytes;
    }

    /// <summary>Runs a process to its end: wall seconds, peak resident memory in bytes (VmHWM) and CPU seconds
    /// (user + system), both read from /proc while it runs, so on a shared machine the CPU time says what the wall time cannot.</summary>
    private static (double Wall, long PeakRss, double Cpu) Run(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        double cpu = 0;
        var status = $"/proc/{process.Id}/status";
        var stat = $"/proc/{process.Id}/stat";
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, HighWaterMark(status));
            cpu = Math.Max(cpu, CpuSeconds(stat));
        }
        double wall = watch.Elapsed.TotalSeconds;
        if (process.ExitCode is not (0 or 1)) throw new InvalidOperationException($"check exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        return (wall, peak, cpu);
    }

    private static double CpuSeconds(string stat)
    {
        try
        {
            // Fields after the command name: state is the 3rd field, utime the 14th and stime the 15th, in clock ticks (100/s).
            var text = File.ReadAllText(stat);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException) { return 0; }
    }

    private static long HighWaterMark(string status)
    {
        try
        {
            foreach (var line in File.ReadLines(status))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { } // the process has just exited
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    /// <summary>Real claims from generated articles, from the 10 most claimed quantities.</summary>
    private static List<Claim> ClaimPool()
    {
        var generator = new CorpusGenerator(11);
        var claims = Enumerable.Range(0, 400).Select(i => generator.Article(i))
            .SelectMany(a => ClaimCheckPipeline.Default.Analyze(ArticleLoader.LoadText(Path.GetFileNameWithoutExtension(a.Name), a.Name, a.Text).Article!).Claims)
            .ToList();
        var keys = claims.GroupBy(c => c.Key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.ToString(), StringComparer.Ordinal).Take(10).Select(g => g.Key).ToHashSet();
        return claims.Where(c => keys.Contains(c.Key)).ToList();
    }

    /// <summary>
    /// <paramref name="n"/> claims cycling through the pool, each in its own article, from one of 500 sources, its
    /// figure scaled by a factor between 0.5 and 2 so that a large share of pairs conflict.
    /// </summary>
    private static List<Claim> Claims(List<Claim> pool, int n)
    {
        var random = new Random(n);
        var claims = new List<Claim>(n);
        for (int i = 0; i < n; i++)
        {
            var c = pool[i % pool.Count];
            double factor = 0.5 + random.NextDouble() * 1.5;
            var v = c.Value;
            double? Scale(double? x) => x is { } d ? Math.Round(d * factor) : null;
            var scaled = Scale(v.Value ?? v.Low ?? v.High);
            string written = scaled is { } s && v.AsWritten.Any(char.IsDigit) ? s.ToString("N0", CultureInfo.InvariantCulture) + " " + v.Unit : v.AsWritten;
            claims.Add(c with
            {
                Value = v with { AsWritten = written, Value = Scale(v.Value), Low = Scale(v.Low), High = Scale(v.High), Conversion = null, ConversionValue = null },
                Source = c.Source with { Name = $"Source {i % 500}" },
                Evidence = c.Evidence with { ArticleId = $"c{i:D7}" },
            });
        }
        return claims;
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
