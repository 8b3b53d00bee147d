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

    internal ClaimCheckPipeline(IQuantityRecognizer quantities, IDateRecognizer dates, IEntityRecognizer entities, IAttributor attributor, IClaimComparer comparer)
    {
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

    /// <summary>Analyses every article, compares their claims and returns the report.</summary>
    /// <param name="articles">The articles that were read.</param>
    /// <param name="failures">Inputs that could not be read; they are listed in the report, in input order after the articles.</param>
    public ClaimCheckReport Check(IEnumerable<Article> articles, IEnumerable<ArticleLoadFailure>? failures = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var entries = ImmutableArray.CreateBuilder<ArticleEntry>();
        var claims = ImmutableArray.CreateBuilder<Claim>();
        foreach (var article in ArticleIds.EnsureUnique(articles))
        {
            var analysis = Analyze(article);
            claims.AddRange(analysis.Claims);
            entries.Add(new ArticleEntry(article.Id, null, ArticleStatus.Ok, null, article.Metadata.Outlet, article.Metadata.Published, analysis.Claims.Length));
        }
        foreach (var failure in failures ?? [])
            entries.Add(new ArticleEntry(failure.Id, failure.Path, ArticleStatus.Failed, failure.Message));
        var all = claims.ToImmutable();
        var discrepancies = _comparer.Compare(all).ToImmutableArray();
        return new ClaimCheckReport(ClaimCheckReport.CurrentSchemaVersion, entries.ToImmutable(), all, discrepancies)
        {
            Quantities = [.. _comparer.Summarize(all)],
        };
    }

    private static Quantity Shift(Quantity q, int offset) =>
        q with { Start = q.Start + offset, Conversion = q.Conversion is null ? null : Shift(q.Conversion, offset) };
}
