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
    public static ClaimCheckReport Check(this ClaimCheckPipeline pipeline, IReadOnlyList<ArticleLoadResult> inputs) => Check(pipeline, inputs, null);

    /// <summary>
    /// <see cref="Check(ClaimCheckPipeline, IReadOnlyList{ArticleLoadResult})"/>, calling <paramref name="analysing"/>
    /// with each input as the pipeline takes its article, then with null when it has them all and compares.
    /// </summary>
    internal static ClaimCheckReport Check(this ClaimCheckPipeline pipeline, IReadOnlyList<ArticleLoadResult> inputs, Action<ArticleLoadResult?>? analysing)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(inputs);
        var report = pipeline.Check(Articles(inputs, analysing));
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

    // Lazy on purpose: the pipeline pulls each article when it is about to analyse it, so the callback tracks the work.
    private static IEnumerable<Article> Articles(IReadOnlyList<ArticleLoadResult> inputs, Action<ArticleLoadResult?>? analysing)
    {
        foreach (var input in inputs)
        {
            if (!input.Succeeded) continue;
            analysing?.Invoke(input);
            yield return input.Article!;
        }
        analysing?.Invoke(null);
    }
}
