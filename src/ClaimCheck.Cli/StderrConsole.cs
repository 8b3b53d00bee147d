using System.Globalization;
using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClaimCheck.Cli;

/// <summary>The human side of a run on stderr: a progress bar for many files and a table of the discrepancies found.</summary>
internal sealed class StderrConsole
{
    // Below this many files a run is instant and a progress bar is only noise.
    private const int ProgressThreshold = 5;

    private readonly IAnsiConsole _console;
    private readonly bool _interactive;
    private readonly bool _quiet;

    public StderrConsole(CliIo io, bool quiet)
    {
        _interactive = io.Interactive;
        _quiet = quiet;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Error),
            Ansi = io.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = io.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = io.Interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!io.Interactive) _console.Profile.Width = 120;
    }

    /// <summary>Runs a check of <paramref name="inputs"/> inputs with a progress bar fed by its progress reports.</summary>
    public T WithProgress<T>(int inputs, Func<IProgress<CheckProgress>?, T> run)
    {
        if (_quiet || !_interactive || inputs < ProgressThreshold) return run(null);
        T result = default!;
        _console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("Checking articles", maxValue: inputs);
            result = run(new Progress(p => task.Value = p.Inputs));
        });
        return result;
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class Progress(Action<CheckProgress> report) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress value) => report(value);
    }

    public void Summary(ClaimCheckReport report)
    {
        if (_quiet) return;
        int ok = report.Articles.Count(a => a.Status == ArticleStatus.Ok);
        int failed = report.Articles.Length - ok;
        if (report.Discrepancies.Length > 0)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Discrepancies");
            table.AddColumn("Severity");
            table.AddColumn("Quantity");
            table.AddColumn("Who says what");
            table.AddColumn("Why");
            table.AddColumn("Id");
            foreach (var d in report.Discrepancies)
            {
                var review = report.Review.For(d.Id);
                var said = string.Join("\n", d.Claims.Select(c => $"{c.Source.Name}: {c.Value.AsWritten} ({c.Evidence.ArticleId})"));
                var id = d.Id + (review.IsNew ? " (new)" : "") + (review.Status == ReviewStatus.Open ? "" : $" [{SnakeName(review.Status)}]");
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
        }
        var line = $"{ok} article{(ok == 1 ? "" : "s")} read, {failed} failed, {report.Claims.Length} claim{(report.Claims.Length == 1 ? "" : "s")}, " +
                   $"{report.Discrepancies.Length} discrepanc{(report.Discrepancies.Length == 1 ? "y" : "ies")}";
        if (report.Review.Disappeared.Length > 0) line += $", {report.Review.Disappeared.Length} gone since the previous report";
        _console.WriteLine(line + ".");
    }

    private static string SnakeName(ReviewStatus status) => status.ToString().ToLowerInvariant();
}
