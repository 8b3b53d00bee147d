using System.Globalization;
using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClaimCheck.Cli;

/// <summary>
/// The human side of a run on stderr: a progress bar over reading, analysing and comparing, the unreadable inputs,
/// and a compact table of the most severe discrepancies (the report has them all).
/// </summary>
internal sealed class StderrConsole
{
    /// <summary>Discrepancies shown in the table unless --top says otherwise.</summary>
    public const int DefaultTop = 10;

    // Failures listed one per line before "... and N more": a folder of 2,000 bad files must not flood the terminal.
    private const int FailureLines = 20;

    // Below this many files a run is instant and a progress bar is only noise.
    private const int ProgressThreshold = 5;

    private readonly IAnsiConsole _console;
    private readonly CliIo _io;
    private readonly bool _quiet;
    private readonly int _top;

    public StderrConsole(CliIo io, bool quiet, int top = DefaultTop)
    {
        _io = io;
        _quiet = quiet;
        _top = top;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Error),
            Ansi = io.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = io.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!io.Interactive) _console.Profile.Width = 120;
    }

    /// <summary>Runs <paramref name="work"/> with a progress bar when stderr is a terminal and the run is big enough to need one.</summary>
    public T Track<T>(int inputs, Func<RunProgress, T> work)
    {
        if (_quiet || !_io.Interactive || inputs < ProgressThreshold) return work(new RunProgress(_io.Activity, null));
        T result = default!;
        _console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new SpinnerColumn())
            .Start(ctx => result = work(new RunProgress(_io.Activity, ctx)));
        return result;
    }

    /// <summary>One line per unreadable input, at most <see cref="FailureLines"/>, then how many more the report lists.</summary>
    public void Failures(IReadOnlyList<ArticleLoadResult> loaded)
    {
        var failed = loaded.Where(r => !r.Succeeded).ToList();
        foreach (var failure in failed.Take(FailureLines)) _io.Fail(failure.Path, failure.Failure!.Message);
        if (failed.Count > FailureLines)
            _io.Error.WriteLine($"claimcheck: ... and {failed.Count - FailureLines} more inputs could not be read; the report lists them all.");
    }

    public void Summary(ClaimCheckReport report, string? outPath)
    {
        if (_quiet) return;
        int ok = report.Articles.Count(a => a.Status == ArticleStatus.Ok);
        int failed = report.Articles.Length - ok;
        if (report.Discrepancies.Length > 0 && _top > 0)
        {
            int shown = Math.Min(_top, report.Discrepancies.Length);
            var table = new Table().Border(TableBorder.Rounded)
                .Title(shown < report.Discrepancies.Length ? $"The {shown} most severe of {report.Discrepancies.Length} discrepancies" : "Discrepancies");
            table.AddColumn("Severity");
            table.AddColumn("Quantity");
            table.AddColumn("Who says what");
            table.AddColumn("Why");
            table.AddColumn("Id");
            foreach (var d in report.Discrepancies.Take(shown))
            {
                var review = report.Review.For(d.Id);
                var said = string.Join("\n", d.Claims.Take(4).Select(c => $"{c.Source.Display}: {c.Value.AsWritten} ({c.Evidence.ArticleId})"))
                           + (d.Claims.Length > 4 ? $"\n... {d.Claims.Length - 4} more claims" : "");
                var id = d.Id + (review.IsNew ? " (new)" : "") + (review.Status == ReviewStatus.Open ? "" : $" [{review.Status.ToString().ToLowerInvariant()}]");
                table.AddRow(new IRenderable[]
                {
                    new Spectre.Console.Text(d.Severity.ToString("0.00", CultureInfo.InvariantCulture)),
                    new Spectre.Console.Text(d.Claims.IsDefaultOrEmpty ? d.Key.ToString() : d.Claims[0].Describe()),
                    new Spectre.Console.Text(said),
                    new Spectre.Console.Text(d.Explanation),
                    new Spectre.Console.Text(id),
                });
            }
            _console.Write(table);
            if (shown < report.Discrepancies.Length)
                _console.WriteLine($"... and {report.Discrepancies.Length - shown} more: see the report{(outPath is null ? "" : " (" + outPath + ")")}.");
        }
        var line = $"{ok} article{(ok == 1 ? "" : "s")} read, {failed} failed, {report.Claims.Length} claim{(report.Claims.Length == 1 ? "" : "s")}, " +
                   $"{report.Discrepancies.Length} discrepanc{(report.Discrepancies.Length == 1 ? "y" : "ies")}";
        if (report.Review.Disappeared.Length > 0) line += $", {report.Review.Disappeared.Length} gone since the previous report";
        _console.WriteLine(line + ".");
    }
}

/// <summary>
/// Where a run stands: the stage (reading, analysing, comparing) with its count, and the input being processed, which
/// an internal error names. Without a terminal it only records the input.
/// </summary>
internal sealed class RunProgress(CliActivity activity, ProgressContext? context)
{
    private ProgressTask? _task;
    private string _verb = "reading";

    /// <summary>Starts a stage of <paramref name="total"/> steps (0: one whose length is not known, such as the comparison).</summary>
    /// <param name="name">What the bar says ("Reading").</param>
    /// <param name="total">The number of steps.</param>
    /// <param name="doing">For a stage without steps, what an internal error should say the run was doing.</param>
    public void Stage(string name, int total, string? doing = null)
    {
        if (_task is not null) _task.Value = _task.MaxValue;
        _verb = name.ToLowerInvariant();
        if (doing is not null) activity.Current = doing;
        if (context is null) return;
        _task = context.AddTask(name, maxValue: Math.Max(total, 1));
        _task.IsIndeterminate = total == 0;
    }

    /// <summary>The stage moves on to <paramref name="input"/>, counted as one more step.</summary>
    public void Step(string input)
    {
        activity.Current = $"{_verb} {input}";
        _task?.Increment(1);
    }
}

/// <summary>"12/40" beside the bar: counts, not only a percentage.</summary>
internal sealed class CountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Spectre.Console.Text(task.IsIndeterminate ? "" : $"{task.Value.ToString("0", CultureInfo.InvariantCulture)}/{task.MaxValue.ToString("0", CultureInfo.InvariantCulture)}");
}
