using System.Collections.Immutable;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Articles;

/// <summary>Runs a pipeline on loaded inputs, keeping every input's place and path in the report.</summary>
public static class PipelineInputExtensions
{
    /// <summary>
    /// Analyses the articles among <paramref name="inputs"/> and lists every input in the report in input order,
    /// with its path and, for a failure, its one-line message.
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="inputs">The load results, in input order.</param>
    public static ClaimCheckReport Check(this ClaimCheckPipeline pipeline, IReadOnlyList<ArticleLoadResult> inputs)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(inputs);
        var articles = inputs.Where(r => r.Succeeded).Select(r => r.Article!).ToList();
        var report = pipeline.Check(articles);
        // The pipeline lists articles in the order given, without paths; put failures back where they were given.
        var entries = ImmutableArray.CreateBuilder<ArticleEntry>(inputs.Count);
        int next = 0;
        foreach (var input in inputs)
        {
            if (input.Succeeded) entries.Add(report.Articles[next++] with { Path = input.Path });
            else entries.Add(new ArticleEntry(input.Failure!.Id, input.Failure.Path, ArticleStatus.Failed, input.Failure.Message));
        }
        return report with { Articles = entries.MoveToImmutable() };
    }
}
