using System.CommandLine;
using System.CommandLine.Help;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Cli;

/// <summary>The claimcheck command line: builds the commands, parses, maps usage errors to exit code 2 and runs.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliIo io)
    {
        var root = new RootCommand("claimcheck: read news articles, extract quantity claims (distances, counts...) with their sources, and flag where sources disagree.");
        root.Subcommands.Add(CheckCommand.Create(io));
        root.Subcommands.Add(ExtractCommand.Create(io));
        root.Subcommands.Add(CreateQuantities(io));

        var parse = root.Parse(args);
        if (parse.Action is HelpAction)
        {
            int code = parse.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error });
            io.Out.Write(HelpExamples.For(parse.CommandResult.Command.Name));
            return code;
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) io.Error.WriteLine($"claimcheck: {error.Message}");
            var command = parse.CommandResult.Command;
            io.Error.WriteLine(command == root ? "Run 'claimcheck --help' for usage." : $"Run 'claimcheck {command.Name} --help' for usage and examples.");
            return ExitCodes.BadUsageOrInput;
        }
        if (parse.CommandResult.Command == root)
        {
            io.Error.WriteLine("claimcheck: give a command: check, extract or quantities. Run 'claimcheck --help' for usage.");
            return ExitCodes.BadUsageOrInput;
        }
        return parse.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = true });
    }

    private static Command CreateQuantities(CliIo io)
    {
        var file = new Argument<string>("file") { Description = "A text file, or - (the default) for standard input.", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "-" };
        var command = new Command("quantities", "List the quantities the recognizer finds in text, one per line (a debugging aid).") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file) ?? "-";
            if (path == "-") return QuantitiesCommand.Run(io.In, io.Out, Recognize.Quantities.QuantityRecognizer.Default);
            if (!File.Exists(path))
            {
                io.Fail(path, Directory.Exists(path) ? "is a directory, not a file" : "no such file");
                return ExitCodes.BadUsageOrInput;
            }
            using var reader = File.OpenText(path);
            return QuantitiesCommand.Run(reader, io.Out, Recognize.Quantities.QuantityRecognizer.Default);
        });
        return command;
    }
}

/// <summary>Examples appended to --help, because a journalist learns a tool from examples.</summary>
internal static class HelpExamples
{
    public static string For(string command) => command switch
    {
        "check" => """

            Examples:
              claimcheck check seeds/                       YAML report of every article in seeds/ to stdout
              claimcheck check 'news/*.html' --format html --out report.html
              claimcheck check seeds/ --out report.yaml --previous report.yaml
                                                            keep your status/note edits from the last run
              claimcheck check seeds/ --sources sources.yaml --min-severity 0.5 --fail-on-discrepancy
              cat story.txt | claimcheck check -

            Exit codes: 0 ok, 1 discrepancies found (with --fail-on-discrepancy), 2 bad usage or every input failed.

            """,
        "extract" => """

            Examples:
              claimcheck extract seeds/story.txt            every claim in one article, as YAML
              claimcheck extract story.md --format json

            """,
        "quantities" => """

            Examples:
              echo "The camp lies about 40 km (25 miles) north of the border." | claimcheck quantities

            """,
        _ => """

            Examples:
              claimcheck check seeds/ --out report.yaml
              claimcheck check seeds/ --format html --out report.html
              claimcheck extract seeds/story.txt
              claimcheck check --help

            """,
    };
}
