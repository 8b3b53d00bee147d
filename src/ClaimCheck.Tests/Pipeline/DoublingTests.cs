using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;
using Xunit.Abstractions;

namespace ClaimCheck.Tests.Pipeline;

/// <summary>The doubling tests measure time: they run alone, not beside other test classes.</summary>
[CollectionDefinition(nameof(DoublingTests), DisableParallelization = true)]
public sealed class DoublingCollection;

/// <summary>
/// Three inputs that used to exhaust memory or take minutes, each run at size N and 2N in one test (after a warm-up
/// run, the best of seven runs each, the sizes taking turns): the whole check and the YAML report must take under 10 s at 2N, and at most
/// 2.5 times as long as at N (linear, not quadratic).
/// Time is the process's CPU time (all threads), not wall time, so that other work on a shared machine does not
/// decide the result; the wall time is printed beside it.
/// </summary>
[Collection(nameof(DoublingTests))]
public sealed class DoublingTests(ITestOutputHelper output)
{
    private const double MaxSeconds = 10;
    private const double MaxRatio = 2.5;
    private const int Runs = 5;

    [Fact]
    public void Check_OneLineArticlesOfOneStory_Linear() =>
        Doubling(5_000, n => Enumerable.Range(0, n).Select(i => new Article($"w{i:D5}",
            string.Create(CultureInfo.InvariantCulture, $"Floods have displaced {20_000 + i * 7:N0} people in Derna, officials said."),
            new ArticleMetadata(Outlet: $"Outlet {i % 300}"))).ToList());

    [Fact]
    public void Check_ConflictingFiguresInOneArticle_Linear() =>
        Doubling(8_000, n =>
        {
            string[] sources = ["the Red Cross", "the mayor", "the UN", "police", "a hospital director"];
            var text = new StringBuilder("Heavy fighting was reported overnight.\n\n");
            for (int i = 0; i < n; i++)
                text.Append(CultureInfo.InvariantCulture, $"At least {100 + i * 13} people were killed in Mosul, according to {sources[i % sources.Length]}.\n\n");
            return [new Article("liveblog", text.ToString())];
        });

    [Fact]
    public void Check_SentenceFullOfFigures_Linear() =>
        Doubling(100_000, size =>
        {
            string[] places = ["Nairobi", "Lagos", "Manila", "Dhaka", "Karachi"];
            var text = new StringBuilder("On Tuesday ");
            for (int i = 0; text.Length < size; i++)
                text.Append(CultureInfo.InvariantCulture, $"police arrested {10 + i % 900} protesters in {places[i % places.Length]} while the crowd moved on, and ");
            text.Append("the day ended.");
            return [new Article("runon", text.ToString())];
        });

    private void Doubling(int n, Func<int, List<Article>> input)
    {
        // Warm up at both sizes, so that compiling the hot code (on background threads, counted in CPU time) is done,
        // then keep the best of several runs of each size, the two sizes taking turns: at a few tenths of a second a
        // run, one disturbed run (a collection, a neighbour, a late re-compilation) would otherwise decide the ratio,
        // and a slow or quick spell of the machine then falls on both sizes alike.
        // The process's CPU time advances in ticks of 10 ms here: a measurement repeats the check until the smaller
        // size has used about a third of a second, or the tick alone would move a ratio of two tenth-second runs by 0.3.
        var small = input(n);
        var large = input(2 * n);
        double first = Measure(small, 1).Cpu;
        Measure(large, 1);
        int repeats = (int)Math.Clamp(Math.Ceiling(0.3 / Math.Max(first, 0.01)), 1, 30);
        var runs = Enumerable.Range(0, Runs).Select(_ => (Small: Measure(small, repeats), Large: Measure(large, repeats))).ToList();
        var (cpu1, wall1, claims1) = runs.Select(r => r.Small).Aggregate(Best);
        var (cpu2, wall2, claims2) = runs.Select(r => r.Large).Aggregate(Best);
        output.WriteLine($"N={n}: {cpu1:N2} s CPU ({wall1:N2} s wall), {claims1} claims; 2N: {cpu2:N2} s CPU ({wall2:N2} s wall), {claims2} claims; ratio {cpu2 / cpu1:N2}");

        claims2.Should().BeGreaterThan(claims1 * 19 / 10, "the input at 2N must hold about twice the claims");
        cpu2.Should().BeLessThan(MaxSeconds);
        (cpu2 / cpu1).Should().BeLessThanOrEqualTo(MaxRatio);
    }

    private static (double Cpu, double Wall, int Claims) Best((double Cpu, double Wall, int Claims) x, (double Cpu, double Wall, int Claims) y) =>
        x.Cpu <= y.Cpu ? x : y;

    /// <summary>CPU and wall seconds per check (with its YAML report), over <paramref name="repeats"/> checks.</summary>
    private static (double Cpu, double Wall, int Claims) Measure(List<Article> articles, int repeats)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        int claims = 0;
        for (int r = 0; r < repeats; r++)
        {
            var report = ClaimCheckPipeline.Default.Check(articles);
            YamlReportWriter.Default.Write(report, TextWriter.Null);
            claims = report.Claims.Length;
        }
        process.Refresh();
        return ((process.TotalProcessorTime - cpu).TotalSeconds / repeats, wall.Elapsed.TotalSeconds / repeats, claims);
    }
}
