using System.CommandLine;
using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck extract</c>: every claim of one article, in the report format, without comparison.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "One article (.txt, .md, .html), or - for stdin." };
        var output = CommonOptions.Out();
        var format = CommonOptions.Format("yaml", "json", "csv");
        var sources = CommonOptions.Sources();
        var gazetteer = new Option<string?>("--gazetteer") { Description = "YAML gazetteer of extra places, organisations and people, added to the shipped one.", HelpName = "FILE" };
        var command = new Command("extract", "List every claim ClaimCheck finds in one article (the report's articles and claims sections).")
        {
            file, output, format, sources, gazetteer,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(format), parse.GetValue(sources), io, parse.GetValue(gazetteer)));
        return command;
    }

    public static int Run(string path, string? outPath, string? format, string? sourcesPath, CliIo io, string? gazetteerPath = null)
    {
        if (!CommonOptions.TryBuildPipeline(gazetteerPath, io, out var pipeline)) return ExitCodes.BadUsageOrInput;
        var writer = CommonOptions.Writer(format, outPath, csv: true);
        if (writer is HtmlReportWriter) writer = YamlReportWriter.Default;
        if (!CommonOptions.TryLoadSources(sourcesPath, io, out var sources)) return ExitCodes.BadUsageOrInput;
        if (!CommonOptions.OutIsNotAnInput(outPath, [path, sourcesPath, gazetteerPath], io)) return ExitCodes.BadUsageOrInput;
        if (!CommonOptions.OutCanBeWritten(outPath, io)) return ExitCodes.BadUsageOrInput;
        var input = path == "-" ? new ArticleInput("-")
            : Directory.Exists(path) ? new ArticleInput(path, "is a directory; extract reads one article (use 'check' for folders)")
            : File.Exists(path) ? new ArticleInput(path)
            : new ArticleInput(path, "no such file");
        io.Activity.Current = $"reading {path}";
        var result = ArticleInputs.Load(input, new ArticleLoadOptions(Sources: sources, Stdin: io.In, StdinBytes: io.InBytes));
        if (!result.Succeeded)
        {
            io.Fail(result.Path, result.Failure!.Message);
            return ExitCodes.BadUsageOrInput;
        }
        var article = result.Article!;
        io.Activity.Current = $"analysing {path}";
        var analysis = pipeline.Analyze(article);
        io.Activity.Current = $"writing the report{(outPath is null ? "" : " to " + outPath)}";
        var entry = new ArticleEntry(article.Id, result.Path, ArticleStatus.Ok, null, article.Metadata.Outlet, article.Metadata.Published, analysis.Claims.Length);
        var report = new ClaimCheckReport(ClaimCheckReport.CurrentSchemaVersion, [entry], analysis.Claims, []);
        bool written = CommonOptions.TryWrite(report, writer, outPath, io);
        io.Activity.Current = null;
        return written ? ExitCodes.Ok : ExitCodes.BadUsageOrInput;
    }
}
