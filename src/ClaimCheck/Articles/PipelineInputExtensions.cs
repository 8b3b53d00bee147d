using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Articles;

/// <summary>Runs a pipeline on loaded inputs, keeping every input's place and path in the report.</summary>
public static class PipelineInputExtensions
{
    /// <summary>
    /// Analyses the articles among <paramref name="inputs"/> and lists every input in the report in input order,
    /// with its path and, for a failure, its one-line message. Inputs are taken one by one as the analysis goes
    /// (pass a lazy sequence to read files as they are needed).
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="inputs">The load results, in input order.</param>
    /// <param name="progress">Told after each input, in input order.</param>
    public static ClaimCheckReport Check(this ClaimCheckPipeline pipeline, IEnumerable<ArticleLoadResult> inputs, IProgress<CheckProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(inputs);
        var run = inputs.Select(r => r.Succeeded ? CheckInput.Of(r.Article!, r.Path) : CheckInput.Of(r.Failure!));
        return pipeline.Run(run, progress, CancellationToken.None);
    }
}
