using System.Collections.Immutable;
using ClaimCheck.Articles;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Report;

namespace ClaimCheck.Pipeline;

/// <summary>How far a run has got: inputs done (in input order) and claims kept so far.</summary>
/// <remarks>Immutable.</remarks>
/// <param name="Inputs">Inputs analysed or listed as failed.</param>
/// <param name="Claims">Claims found so far.</param>
public readonly record struct CheckProgress(int Inputs, int Claims)
{
    /// <summary>True once, when every input is analysed and the comparison of the claims begins.</summary>
    public bool Comparing { get; init; }
}

/// <summary>One input of a run: an article to analyse (with the path it was read from, if any) or a failure to list.</summary>
internal readonly record struct CheckInput(Article? Article, string? Path, ArticleEntry? Failed)
{
    public static CheckInput Of(Article article, string? path = null) => new(article ?? throw new ArgumentNullException(nameof(article)), path, null);

    public static CheckInput Of(ArticleLoadFailure failure) => new(null, failure.Path, new ArticleEntry(failure.Id, failure.Path, ArticleStatus.Failed, failure.Message));
}

/// <summary>What a run keeps of one input once analysed: its entry and its claims, nothing of its text or analysis.</summary>
internal readonly record struct CheckedInput(ArticleEntry Entry, ImmutableArray<Claim> Claims);

/// <summary>Collects analysed inputs in order and, at the end, compares their claims into the report.</summary>
internal sealed class CheckRun(IClaimComparer comparer, int jobs, IProgress<CheckProgress>? progress)
{
    private readonly ImmutableArray<ArticleEntry>.Builder _entries = ImmutableArray.CreateBuilder<ArticleEntry>();
    private readonly ImmutableArray<Claim>.Builder _claims = ImmutableArray.CreateBuilder<Claim>();
    private readonly ClaimPool _pool = new();

    public void Add(CheckedInput input)
    {
        _entries.Add(input.Entry);
        foreach (var claim in input.Claims) _claims.Add(_pool.Share(claim));
        progress?.Report(new CheckProgress(_entries.Count, _claims.Count));
    }

    public ClaimCheckReport Report()
    {
        progress?.Report(new CheckProgress(_entries.Count, _claims.Count) { Comparing = true });
        var all = _claims.ToImmutable();
        if (comparer is ClaimComparer ours)
        {
            // ClaimCheck's own comparer groups the claims once and works the groups on every thread of the run.
            var (found, summaries) = ours.CompareAndSummarize(all, jobs);
            return new ClaimCheckReport(ClaimCheckReport.CurrentSchemaVersion, _entries.ToImmutable(), all, [.. found]) { Quantities = [.. summaries] };
        }
        // Comparing and summarising read the same claims and nothing else (comparers are thread-safe): side by side.
        var quantities = Task.Run(() => comparer.Summarize(all));
        var discrepancies = comparer.Compare(all).ToImmutableArray();
        return new ClaimCheckReport(ClaimCheckReport.CurrentSchemaVersion, _entries.ToImmutable(), all, discrepancies)
        {
            Quantities = [.. quantities.GetAwaiter().GetResult()],
        };
    }
}
