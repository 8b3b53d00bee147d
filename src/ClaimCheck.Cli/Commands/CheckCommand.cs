using System.CommandLine;
using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck check</c>: read articles, find discrepancies, write the report.</summary>
internal static class CheckCommand
{
    public static Command Create(CliIo io)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Article files (.txt, .md, .html), folders, globs such as 'news/*.txt', or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var output = CommonOptions.Out();
        var format = CommonOptions.Format("yaml", "json", "html");
        var sources = CommonOptions.Sources();
        var gazetteer = new Option<string?>("--gazetteer") { Description = "YAML gazetteer of extra places, organisations and people (name, kind, aliases), added to the shipped one. Format: docs/entities.md.", HelpName = "FILE" };
        var previous = new Option<string?>("--previous") { Description = "A previous report (YAML or JSON): keep its status/note edits, mark new discrepancies, list disappeared ones.", HelpName = "FILE" };
        var minSeverity = new Option<double>("--min-severity") { Description = "Leave out discrepancies below this severity (0 to 1).", HelpName = "N", DefaultValueFactory = _ => 0 };
        minSeverity.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<double>();
            if (v is < 0 or > 1 || double.IsNaN(v)) r.AddError("--min-severity must be between 0 and 1.");
        });
        var failOn = new Option<bool>("--fail-on-discrepancy") { Description = "Exit with code 1 when the report lists any discrepancy." };
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Read folders' sub-folders too." };
        var exclude = new Option<string[]>("--exclude", "-x")
        {
            Description = "Leave out files of folders and globs matching this glob (repeatable): 'drafts/**', '**/index.html', '*.min.html'.",
            HelpName = "GLOB",
            AllowMultipleArgumentsPerToken = false,
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar or table on stderr; errors are still printed." };
        var top = new Option<int>("--top") { Description = "How many discrepancies the stderr table shows (the report has them all).", HelpName = "N", DefaultValueFactory = _ => StderrConsole.DefaultTop };
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--top must be 0 or more."); });
        var jobs = new Option<int>("--jobs", "-j") { Description = "Analyse N articles at once (default: one per core). The report does not depend on it.", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1."); });
        var command = new Command("check", "Check articles against each other and write a discrepancy report (YAML by default).")
        {
            inputs, output, format, sources, gazetteer, previous, minSeverity, failOn, recursive, exclude, quiet, top, jobs,
        };
        command.SetAction(parse => Run(new CheckRequest(
            parse.GetValue(inputs) ?? [], parse.GetValue(output), parse.GetValue(format), parse.GetValue(sources), parse.GetValue(gazetteer),
            parse.GetValue(previous), parse.GetValue(minSeverity), parse.GetValue(failOn), parse.GetValue(recursive), parse.GetValue(quiet), parse.GetValue(jobs))
        {
            Exclude = parse.GetValue(exclude) ?? [],
            Top = parse.GetValue(top),
        }, io));
        return command;
    }

    public static int Run(CheckRequest request, CliIo io)
    {
        var writer = CommonOptions.Writer(request.Format, request.Out);
        if (!CommonOptions.TryLoadSources(request.Sources, io, out var sources)) return ExitCodes.BadUsageOrInput;
        if (!CommonOptions.TryBuildPipeline(request.Gazetteer, io, out var pipeline, request.MinSeverity, request.Jobs)) return ExitCodes.BadUsageOrInput;
        ClaimCheckReport? previous = null;
        if (request.Previous is not null && !PreviousReport.TryRead(request.Previous, io, out previous)) return ExitCodes.BadUsageOrInput;

        var console = new StderrConsole(io, request.Quiet, request.Top);
        var expanded = ArticleInputs.Expand(request.Inputs, request.Recursive, request.Exclude);
        if (!CommonOptions.OutIsNotAnInput(request.Out, expanded.Select(i => i.Path).Concat([request.Sources, request.Gazetteer]), io)) return ExitCodes.BadUsageOrInput;
        if (!CommonOptions.OutCanBeWritten(request.Out, io)) return ExitCodes.BadUsageOrInput;
        var options = new ArticleLoadOptions(request.Recursive, sources, io.In, request.Exclude, io.InBytes);

        var failures = new List<ArticleLoadResult>();
        var report = console.Track(expanded.Count, progress =>
        {
            progress.Stage("Analysing", expanded.Count);
            // Read lazily: each file is read when the analysis is ready for it, so memory holds claims, not articles.
            var loaded = ArticleInputs.RejectDuplicates(expanded.Select(input =>
            {
                progress.Step(input.Path);
                return ArticleInputs.Load(input, options);
            })).Select(result =>
            {
                if (!result.Succeeded) failures.Add(result);
                return result;
            });
            return pipeline.Check(loaded, new Progress(p =>
            {
                if (p.Comparing) progress.Stage("Comparing", 0, $"comparing the claims of {p.Inputs} input{(p.Inputs == 1 ? "" : "s")}");
            }));
        });
        console.Failures(failures);
        if (!report.Articles.Any(a => a.Status == ArticleStatus.Ok))
        {
            io.Error.WriteLine(report.Articles.IsEmpty ? "claimcheck: no inputs." : "claimcheck: no input could be read; no report written.");
            return ExitCodes.BadUsageOrInput;
        }

        if (previous is not null) report = ReportReview.Carry(report, previous);
        io.Activity.Current = $"writing the report{(request.Out is null ? "" : " to " + request.Out)}";
        if (!CommonOptions.TryWrite(report, writer, request.Out, io)) return ExitCodes.BadUsageOrInput;
        io.Activity.Current = null;
        console.Summary(report, request.Out);
        return request.FailOnDiscrepancy && report.Discrepancies.Length > 0 ? ExitCodes.Discrepancies : ExitCodes.Ok;
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class Progress(Action<CheckProgress> report) : IProgress<CheckProgress>
    {
        public void Report(CheckProgress value) => report(value);
    }
}

/// <summary>What <c>claimcheck check</c> was asked to do.</summary>
internal sealed record CheckRequest(
    IReadOnlyList<string> Inputs, string? Out = null, string? Format = null, string? Sources = null, string? Gazetteer = null,
    string? Previous = null, double MinSeverity = 0, bool FailOnDiscrepancy = false, bool Recursive = false, bool Quiet = false, int Jobs = 0)
{
    /// <summary>Globs of files to leave out of folders and globs.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>How many discrepancies the stderr table shows.</summary>
    public int Top { get; init; } = StderrConsole.DefaultTop;
}
