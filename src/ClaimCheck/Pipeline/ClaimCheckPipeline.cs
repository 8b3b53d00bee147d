using System.Collections.Immutable;
using ClaimCheck.Articles;
using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Normalize;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using ClaimCheck.Report;
using ClaimCheck.Segment;

namespace ClaimCheck.Pipeline;

/// <summary>
/// The ClaimCheck pipeline: Normalize, Segment, Recognize, Attribute, Build claims, Compare.
/// Build one with <see cref="ClaimCheckPipelineBuilder"/>, or use <see cref="Default"/>.
/// </summary>
/// <remarks>Immutable, reusable and thread-safe: analyse articles from several threads with one instance.</remarks>
public sealed class ClaimCheckPipeline
{
    private readonly IQuantityRecognizer _quantities;
    private readonly IDateRecognizer _dates;
    private readonly IEntityRecognizer _entities;
    private readonly IAttributor _attributor;
    private readonly IClaimComparer _comparer;

    internal ClaimCheckPipeline(IQuantityRecognizer quantities, IDateRecognizer dates, IEntityRecognizer entities, IAttributor attributor, IClaimComparer comparer, int parallelism)
    {
        Parallelism = parallelism;
        _quantities = quantities;
        _dates = dates;
        _entities = entities;
        _attributor = attributor;
        _comparer = comparer;
    }

    /// <summary>A pipeline with every default stage.</summary>
    public static ClaimCheckPipeline Default { get; } = new ClaimCheckPipelineBuilder().Build();

    /// <summary>Runs every stage up to claim building on one article.</summary>
    /// <param name="article">The article.</param>
    public ArticleAnalysis Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = SentenceSegmenter.Segment(article, TextNormalizer.Normalize(article.Text));
        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        var dates = ImmutableArray.CreateBuilder<DateMention>();
        foreach (var sentence in document.Sentences)
        {
            int offset = sentence.Span.Start;
            foreach (var q in _quantities.Recognize(sentence.Text))
                quantities.Add(Shift(q, offset));
            foreach (var d in _dates.Recognize(sentence.Text, article.Metadata.Published))
                dates.Add(d with { Start = d.Start + offset });
        }
        var entities = _entities.Recognize(document).ToImmutableArray();
        var (allQuantities, allDates) = (quantities.ToImmutable(), dates.ToImmutable());
        var claims = ClaimBuilder.Build(document, allQuantities, allDates, entities, _attributor, (_entities as EntityRecognizer)?.Gazetteer);
        return new ArticleAnalysis(document, allQuantities, allDates, entities, claims);
    }

    /// <summary>How many articles are analysed at once (all cores unless the builder said otherwise).</summary>
    public int Parallelism { get; }

    /// <summary>Analyses every article, compares their claims and returns the report.</summary>
    /// <remarks>
    /// Articles are read from <paramref name="articles"/> as the analysis goes, a few per thread ahead, analysed on
    /// <see cref="Parallelism"/> threads and released once their claims are taken: only the claims are kept until
    /// the comparison. The report is the same whatever the number of threads.
    /// </remarks>
    /// <param name="articles">The articles that were read.</param>
    /// <param name="failures">Inputs that could not be read; they are listed in the report, in input order after the articles.</param>
    public ClaimCheckReport Check(IEnumerable<Article> articles, IEnumerable<ArticleLoadFailure>? failures = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var inputs = ArticleIds.EnsureUnique(articles).Select(a => CheckInput.Of(a)).Concat((failures ?? []).Select(CheckInput.Of));
        return Run(inputs, progress: null, CancellationToken.None);
    }

    /// <summary>Analyses articles as they arrive, compares their claims and returns the report.</summary>
    /// <remarks>As <see cref="Check"/>: bounded read-ahead, <see cref="Parallelism"/> threads, the same report whatever their number.</remarks>
    /// <param name="articles">The articles, read one by one.</param>
    /// <param name="cancellationToken">Stops the run; the task is then cancelled.</param>
    /// <param name="progress">Told after each article, in input order.</param>
    public async Task<ClaimCheckReport> CheckAsync(IAsyncEnumerable<Article> articles, CancellationToken cancellationToken = default, IProgress<CheckProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var run = new CheckRun(_comparer, Parallelism, progress);
        await foreach (var done in OrderedParallel.SelectAsync(articles, a => Analyze(CheckInput.Of(a)), Parallelism, cancellationToken).ConfigureAwait(false))
            run.Add(done);
        cancellationToken.ThrowIfCancellationRequested();
        return await Task.Run(run.Report, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The run behind every Check: inputs in order, analysed in parallel, reported in order.</summary>
    internal ClaimCheckReport Run(IEnumerable<CheckInput> inputs, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        var run = new CheckRun(_comparer, Parallelism, progress);
        foreach (var done in OrderedParallel.Select(inputs, Analyze, Parallelism, cancellationToken)) run.Add(done);
        return run.Report();
    }

    private CheckedInput Analyze(CheckInput input)
    {
        if (input.Failed is { } failed) return new CheckedInput(failed, []);
        var article = input.Article!;
        var claims = Analyze(article).Claims;
        return new CheckedInput(new ArticleEntry(article.Id, input.Path, ArticleStatus.Ok, null, article.Metadata.Outlet, article.Metadata.Published, claims.Length), claims);
    }

    private static Quantity Shift(Quantity q, int offset) =>
        q with { Start = q.Start + offset, Conversion = q.Conversion is null ? null : Shift(q.Conversion, offset) };
}
