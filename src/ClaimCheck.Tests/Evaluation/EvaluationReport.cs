using System.Globalization;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Tests.Evaluation;

/// <summary>Writes the evaluation as plain text: a summary table, then per story every miss with why, then the causes tallied.</summary>
public static class EvaluationReport
{
    public static string Write(IReadOnlyList<StoryEvaluation> stories)
    {
        var sb = new StringBuilder();
        var total = default(EvalScore);
        sb.AppendLine("story      claims found/expected  recall | disagreements flagged/expected (class right)  recall | flagged correct/all  precision | look-alikes flagged | claims built");
        foreach (var s in stories)
        {
            var score = s.Score();
            total += score;
            Row(sb, s.Story, score);
        }
        Row(sb, "ALL", total);
        var causes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in stories) Details(sb, s, causes);
        sb.AppendLine().AppendLine("== causes of missed disagreements (a disagreement counts once per distinct cause) ==");
        foreach (var (cause, n) in causes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {n,3}  {cause}");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, EvalScore s) => sb.AppendLine(CultureInfo.InvariantCulture,
        $"{name,-10} {s.ClaimsFound,5}/{s.ExpectedClaims,-5}            {s.ClaimRecall,5:0.00} | {s.DisagreementsFlagged,5}/{s.ExpectedDisagreements,-3} ({s.ClassRight})                                {s.DiscrepancyRecall,5:0.00} | {s.FlaggedCorrect,5}/{s.Flagged,-5}          {s.Precision,5:0.00} | {s.LookAlikesFlagged,3}/{s.LookAlikes,-3}             | {s.ClaimsTotal}");

    private static void Details(StringBuilder sb, StoryEvaluation s, Dictionary<string, int> causes)
    {
        sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"== {s.Story} ==").AppendLine("-- claims missed --");
        foreach (var c in s.Expected.Claims)
            if (s.ClaimMiss(c) is { } why)
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {c.Article,-14} {Q(c.Figure),-30} {c.Concept} [{c.Scope}]: {why}");
        sb.AppendLine("-- claims built that no annotation names (page furniture, or a figure the annotator left out) --");
        foreach (var c in s.Report.Claims.Where(c => !s.Expected.Claims.Any(e => s.Matches(c, e))))
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {c.Evidence.ArticleId,-14} {Q(c.Value.AsWritten),-30} {c.Key}");
        sb.AppendLine("-- expected disagreements --");
        foreach (var e in s.Expected.Disagreements)
        {
            var why = s.DisagreementMiss(e);
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {(why is null ? "OK  " : "MISS")} {e.Id} ({e.Class}): {e.A} vs {e.B}{(why is null ? "" : " -> " + why)}");
            if (why is not null) foreach (var cause in Causes(why)) causes[cause] = causes.GetValueOrDefault(cause) + 1;
        }
        sb.AppendLine("-- look-alikes that must not be flagged, flagged (inside any discrepancy) --");
        foreach (var p in s.Expected.NotFlagged)
            if (s.Flagged(p) is { } hit)
                sb.AppendLine(CultureInfo.InvariantCulture, $"  {p.A} vs {p.B} ({p.Why}): in {StoryEvaluation.ClassName(hit.Class)} {hit.Key}");
        sb.AppendLine("-- flagged, not an expected disagreement --");
        foreach (var d in s.Report.Discrepancies)
        {
            if (s.IsFlaggedCorrectly(d, s.Expected.Disagreements)) continue;
            string label = s.IsFlaggedCorrectly(d, s.Expected.Acceptable) ? "acceptable" : s.IsFlaggedCorrectly(d, s.Expected.NotFlagged) ? "LOOK-ALIKE" : "unexpected";
            var figures = string.Join(", ", d.Claims.Take(6).Select(Figure));
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {label}: {StoryEvaluation.ClassName(d.Class)} {d.Key}: {figures}{(d.Claims.Length > 6 ? $" (+{d.Claims.Length - 6})" : "")}");
        }
    }

    private static string Figure(Claim c) => $"{c.Evidence.ArticleId} {Q(c.Value.AsWritten)} ({c.Source.Name})";

    private static string Q(string s) => "'" + s + "'";

    /// <summary>The cause without its particulars ("wrong key/scope: a=... b=..." is "wrong key/scope").</summary>
    private static IEnumerable<string> Causes(string why) =>
        why.Split("; ").Select(part =>
        {
            var p = part.StartsWith("a: ", StringComparison.Ordinal) || part.StartsWith("b: ", StringComparison.Ordinal) ? part[3..] : part;
            int colon = p.IndexOf(':', StringComparison.Ordinal);
            int paren = p.IndexOf(" (", StringComparison.Ordinal);
            int cut = new[] { colon, paren }.Where(i => i > 0).DefaultIfEmpty(p.Length).Min();
            return p[..cut];
        }).Distinct();
}
