using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Pipeline;

/// <summary>
/// A check reads articles as it goes, analyses several at once and keeps only their claims; its report does not
/// depend on the number of threads, and the async and synchronous runs agree.
/// </summary>
public class StreamingCheckTests
{
    private static readonly string[] Sentences =
    [
        "Police arrested {0} protesters in Nairobi on Tuesday, a police spokesman said.",
        "The floods have displaced more than {0} people across Pakistan, the UN said.",
        "At least {0} people were killed in the earthquake in Herat, officials said.",
        "Some {0} residents fled Bakhmut in the past week.",
        "Kherson lies about {1} km east of Mykolaiv.",
        "The storm left {0} people homeless in Mozambique, the Red Cross said.",
        "About {0} families were displaced by the floods in Maiduguri.",
        "Rebels were as close as {2} km from Goma on Sunday, a UN official said.",
    ];

    /// <summary>Articles from eight kinds of report, whose figures differ from one article to the next.</summary>
    private static List<Article> Corpus(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var text = string.Join(" ", Enumerable.Range(0, 3).Select(k =>
                string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[(i + k * 3) % Sentences.Length], 100 + i * 37 % 900, 90 + i % 25, 5 + i % 15)));
            return new Article($"a{i:D3}", text, new ArticleMetadata(Outlet: $"Outlet {i % 7}", Published: new DateOnly(2025, 1, 1).AddDays(i % 30)));
        }).ToList();

    private static string Yaml(ClaimCheckReport report)
    {
        var writer = new StringWriter { NewLine = "\n" };
        YamlReportWriter.Default.Write(report, writer);
        return writer.ToString();
    }

    private static ClaimCheckPipeline WithJobs(int jobs) => new ClaimCheckPipelineBuilder().UseParallelism(jobs).Build();

    [Fact]
    public void Check_OneThreadOrFour_SameReport()
    {
        var articles = Corpus(60);
        var one = WithJobs(1).Check(articles);
        var four = WithJobs(4).Check(articles);

        one.Claims.Length.Should().BeGreaterThan(100);
        one.Discrepancies.Should().NotBeEmpty();
        Yaml(four).Should().Be(Yaml(one));
    }

    [Fact]
    public async Task CheckAsync_SameArticles_SameReportAsCheckAndProgressInOrder()
    {
        var articles = Corpus(30);
        var reports = new List<CheckProgress>();
        var report = await WithJobs(3).CheckAsync(Stream(articles), CancellationToken.None, new Inline(reports.Add));

        Yaml(report).Should().Be(Yaml(WithJobs(1).Check(articles)));
        reports.Where(p => !p.Comparing).Select(p => p.Inputs).Should().Equal(Enumerable.Range(1, 30));
        reports.Select(p => p.Claims).Should().BeInAscendingOrder().And.EndWith(report.Claims.Length);
        reports.Should().ContainSingle(p => p.Comparing).Which.Should().Be(reports[^1], "the comparison starts once every input is analysed");
    }

    [Fact]
    public void Check_LongStream_ReadsOnlyAFewArticlesAhead()
    {
        // The first article's claims are taken before the 200 articles are all read: at most a few runs of articles per
        // thread ahead (two runs per thread in flight, and the run being read).
        int read = 0, readWhenFirstDone = -1;
        var lazy = Corpus(200).Select(a => { Interlocked.Increment(ref read); return ArticleLoadResult.Success(a.Id + ".txt", a); });
        var report = WithJobs(2).Check(lazy, new Inline(p => { if (p.Inputs == 1) readWhenFirstDone = Volatile.Read(ref read); }));

        report.Articles.Should().HaveCount(200);
        readWhenFirstDone.Should().BeInRange(1, (2 * 2 + 1) * ClaimCheck.Pipeline.OrderedParallel.ItemsPerTask);
    }

    [Fact]
    public async Task CheckAsync_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var run = () => WithJobs(2).CheckAsync(Stream(Corpus(10)), cancel.Token);
        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task CheckAsync_CancelledWhileTheSourceIsBeingRead_ThrowsCancellation()
    {
        // Cancelled from the progress callback, while the feed is between two articles: the run must end with the
        // cancellation, not with the feed's complaint at being disposed in the middle of a read.
        using var cancel = new CancellationTokenSource();
        async IAsyncEnumerable<Article> Slow()
        {
            foreach (var a in Corpus(200))
            {
                await Task.Delay(2);
                yield return a;
            }
        }
        var run = () => WithJobs(2).CheckAsync(Slow(), cancel.Token, new Inline(p => { if (p.Inputs >= 3) cancel.Cancel(); }));
        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task CheckAsync_ArticlesArrivingOneByOne_EachIsAnalysedBeforeTheNextArrives()
    {
        // A feed that sends the next article only once the previous one is analysed: a run that waited for several
        // articles before starting would wait for ever (here: until the feed gives up after 30 s and the test fails).
        var articles = Corpus(12);
        var analysed = new SemaphoreSlim(0);
        var waitedInVain = 0;
        async IAsyncEnumerable<Article> Feed()
        {
            foreach (var a in articles)
            {
                yield return a;
                if (!await analysed.WaitAsync(TimeSpan.FromSeconds(30))) Interlocked.Increment(ref waitedInVain);
            }
        }

        var report = await WithJobs(2).CheckAsync(Feed(), CancellationToken.None, new Inline(p => { if (!p.Comparing) analysed.Release(); }));

        waitedInVain.Should().Be(0);
        report.Articles.Select(a => a.Id).Should().Equal(articles.Select(a => a.Id));
    }

    private static async IAsyncEnumerable<Article> Stream(IEnumerable<Article> articles)
    {
        foreach (var a in articles)
        {
            await Task.Yield();
            yield return a;
        }
    }

    private sealed class Inline(Action<CheckProgress> report) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress value) => report(value);
    }
}
