using ClaimCheck.Articles;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>
/// Runs the whole pipeline on one story set and scores it against the hand annotation: claim recall (an expected figure
/// found as a claim: same article, evidence span overlapping the figure as written), discrepancy recall (an expected
/// disagreement flagged: one discrepancy holds a claim of each side) and precision (flagged ones that match an expected
/// or an acceptable disagreement). Each miss carries why.
/// </summary>
public sealed class StoryEvaluation
{
    public required string Story { get; init; }
    public required EvalAnnotation Expected { get; init; }
    public required ClaimCheckReport Report { get; init; }
    public required IReadOnlyDictionary<string, Article> Articles { get; init; }
    public required IReadOnlyDictionary<string, ArticleAnalysis> Analyses { get; init; }

    public static string DataRoot => Path.Combine(AppContext.BaseDirectory, "Data", "eval");

    public static IReadOnlyList<string> Stories() =>
        Directory.GetDirectories(DataRoot).Where(d => File.Exists(Path.Combine(d, "expected.yaml")))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static StoryEvaluation Run(string story, ClaimCheckPipeline? pipeline = null)
    {
        pipeline ??= ClaimCheckPipeline.Default;
        var dir = Path.Combine(DataRoot, story);
        var loaded = Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal).Select(f => ArticleLoader.Load(f)).ToList();
        var failed = loaded.Where(l => !l.Succeeded).Select(l => l.ToString()).ToList();
        if (failed.Count > 0) throw new InvalidOperationException("eval articles failed to load: " + string.Join("; ", failed));
        var articles = loaded.Select(l => l.Article!).ToList();
        return new StoryEvaluation
        {
            Story = story,
            Expected = EvalAnnotation.Load(Path.Combine(dir, "expected.yaml")),
            Report = pipeline.Check(articles),
            Articles = articles.ToDictionary(a => a.Id),
            Analyses = articles.ToDictionary(a => a.Id, pipeline.Analyze),
        };
    }

    /// <summary>Where the annotated figure stands in its article; throws when the annotation does not match the text.</summary>
    public TextSpan Locate(FigureRef f)
    {
        if (!Articles.TryGetValue(f.Article, out var article))
            throw new InvalidOperationException($"{Story}: annotation names article '{f.Article}', which is not in the set");
        int at = -1;
        for (int i = 0; i < f.N; i++)
        {
            at = article.Text.IndexOf(f.Figure, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException($"{Story}: '{f.Figure}' (occurrence {f.N}) is not in {f.Article}");
        }
        return new TextSpan(at, f.Figure.Length);
    }

    public bool Matches(Claim c, FigureRef f) => c.Evidence.ArticleId == f.Article && c.Evidence.Span.Overlaps(Locate(f));

    public IReadOnlyList<Claim> ClaimsFor(FigureRef f) => Report.Claims.Where(c => Matches(c, f)).ToList();

    public bool Recognised(FigureRef f)
    {
        var span = Locate(f);
        var a = Analyses[f.Article];
        return a.Quantities.Any(q => new TextSpan(q.Start, q.Length).Overlaps(span))
            || a.Dates.Any(d => new TextSpan(d.Start, d.Length).Overlaps(span));
    }

    /// <summary>Why no claim: the recogniser did not see the figure, or the claim layer did not turn it into a claim.</summary>
    public string? ClaimMiss(FigureRef f) =>
        ClaimsFor(f).Count > 0 ? null : Recognised(f) ? "no claim built" : "figure not recognised";

    public Discrepancy? Flagged(ExpectedPair p) =>
        Report.Discrepancies.FirstOrDefault(d => d.Claims.Any(c => Matches(c, p.A)) && d.Claims.Any(c => Matches(c, p.B)));

    /// <summary>Null when flagged with the expected class; otherwise the reason, most basic cause first.</summary>
    public string? DisagreementMiss(ExpectedDisagreement e)
    {
        var d = Flagged(e);
        if (d is not null)
            return ClassName(d.Class) == e.Class ? null : $"wrong class: got {ClassName(d.Class)}, expected {e.Class}";
        var sides = new[] { ("a", e.A), ("b", e.B) }.Select(s => (s.Item1, Miss: ClaimMiss(s.Item2))).Where(s => s.Miss is not null).ToList();
        if (sides.Count > 0) return string.Join("; ", sides.Select(s => $"{s.Item1}: {s.Miss}"));
        var keysA = ClaimsFor(e.A).Select(c => c.Key).Distinct().ToList();
        var keysB = ClaimsFor(e.B).Select(c => c.Key).Distinct().ToList();
        if (!keysA.Intersect(keysB).Any())
            return $"wrong key/scope: a={string.Join(" | ", keysA)}  b={string.Join(" | ", keysB)}";
        return $"not compared as conflicting (same key {keysA.Intersect(keysB).First()})";
    }

    public bool IsFlaggedCorrectly(Discrepancy d, IEnumerable<ExpectedPair> pairs) =>
        pairs.Any(p => d.Claims.Any(c => Matches(c, p.A)) && d.Claims.Any(c => Matches(c, p.B)));

    public static string ClassName(DiscrepancyClass c) => SnakeCaseName(c.ToString());

    private static string SnakeCaseName(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    public EvalScore Score()
    {
        int claimsFound = Expected.Claims.Count(c => ClaimMiss(c) is null);
        int flagged = Expected.Disagreements.Count(e => Flagged(e) is not null);
        int classRight = Expected.Disagreements.Count(e => DisagreementMiss(e) is null);
        int correct = Report.Discrepancies.Count(d => IsFlaggedCorrectly(d, Expected.Disagreements.Concat(Expected.Acceptable)));
        int lookalikes = Expected.NotFlagged.Count(p => Flagged(p) is not null);
        return new EvalScore(Expected.Claims.Count, claimsFound, Expected.Disagreements.Count, flagged, classRight,
            Report.Discrepancies.Length, correct, Expected.NotFlagged.Count, lookalikes, Report.Claims.Length);
    }
}

/// <summary>The counts behind one story's (or all stories') figures.</summary>
public readonly record struct EvalScore(int ExpectedClaims, int ClaimsFound, int ExpectedDisagreements, int DisagreementsFlagged,
    int ClassRight, int Flagged, int FlaggedCorrect, int LookAlikes, int LookAlikesFlagged, int ClaimsTotal)
{
    public double ClaimRecall => Ratio(ClaimsFound, ExpectedClaims);
    public double DiscrepancyRecall => Ratio(DisagreementsFlagged, ExpectedDisagreements);
    public double Precision => Flagged == 0 ? 1 : Ratio(FlaggedCorrect, Flagged);

    public static EvalScore operator +(EvalScore x, EvalScore y) => new(
        x.ExpectedClaims + y.ExpectedClaims, x.ClaimsFound + y.ClaimsFound, x.ExpectedDisagreements + y.ExpectedDisagreements,
        x.DisagreementsFlagged + y.DisagreementsFlagged, x.ClassRight + y.ClassRight, x.Flagged + y.Flagged,
        x.FlaggedCorrect + y.FlaggedCorrect, x.LookAlikes + y.LookAlikes, x.LookAlikesFlagged + y.LookAlikesFlagged, x.ClaimsTotal + y.ClaimsTotal);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
