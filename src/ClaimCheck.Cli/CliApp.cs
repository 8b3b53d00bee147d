using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Cli;

/// <summary>
/// The claimcheck command line: builds the commands, parses, maps usage errors to exit code 2, runs, and turns a crash
/// into exit code 3 with a message that names the input being processed.
/// </summary>
internal static class CliApp
{
    /// <summary>The command name users type, whatever the assembly or apphost is called.</summary>
    public const string Name = "claimcheck";

    /// <summary>Where to report a crash; the project's issue tracker.</summary>
    public const string IssuesUrl = "https://github.com/claimcheck/claimcheck/issues";

    public static int Run(string[] args, CliIo io)
    {
        // Help and parser messages in invariant English whatever the user's locale: a half-German help is worse than English.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return RunInvariant(args, io);
        }
        catch (Exception e)
        {
            return InternalError(e, io);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static int RunInvariant(string[] args, CliIo io)
    {
        var root = new RootCommand("claimcheck: read news articles, extract quantity claims (distances, counts...) with their sources, and flag where sources disagree.");
        root.Subcommands.Add(CheckCommand.Create(io));
        root.Subcommands.Add(ExtractCommand.Create(io));
        root.Subcommands.Add(CreateQuantities(io));

        var parse = root.Parse(args);
        if (parse.Action is HelpAction)
        {
            var help = new StringWriter { NewLine = "\n" };
            int code = parse.Invoke(new InvocationConfiguration { Output = help, Error = io.Error });
            io.Out.Write(UsageName(help.ToString(), root.Name));
            io.Out.Write(HelpExamples.For(parse.CommandResult.Command.Name));
            return code;
        }
        var command = parse.CommandResult.Command;
        string usageHint = command == root ? $"Run '{Name} --help' for usage." : $"Run '{Name} {command.Name} --help' for usage and examples.";
        // Before the parser's own errors: "extract --outt x" is one typo, not "unrecognized argument 'x'".
        if (UnknownOptions.Find(parse) is { } unknown)
        {
            io.Error.WriteLine($"{Name}: {unknown}");
            io.Error.WriteLine(usageHint);
            return ExitCodes.BadUsageOrInput;
        }
        if (parse.Errors.Count > 0)
        {
            if (command == root && args.Length == 0)
            {
                io.Error.WriteLine($"{Name}: give a command: check, extract or quantities. {usageHint}");
                return ExitCodes.BadUsageOrInput;
            }
            if (command == root && parse.UnmatchedTokens.Count > 0)
            {
                // "claimcheck chek": one line that names the typo and the nearest command, not the parser's two.
                var typo = parse.UnmatchedTokens[0];
                var nearest = UnknownOptions.Nearest(typo, root.Subcommands.Select(c => c.Name));
                io.Error.WriteLine($"{Name}: unknown command '{typo}'." + (nearest is null ? " Commands: check, extract, quantities." : $" Did you mean '{nearest}'?"));
                io.Error.WriteLine(usageHint);
                return ExitCodes.BadUsageOrInput;
            }
            foreach (var error in parse.Errors) io.Error.WriteLine($"{Name}: {error.Message}");
            io.Error.WriteLine(usageHint);
            return ExitCodes.BadUsageOrInput;
        }
        // --version and the [suggest] completion directive run their own actions; everything else is a command.
        return parse.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// Exit code 3: a bug, not the user's fault. The message names the input being processed (so the user can retry
    /// without it and send it to us) and where to report; the .NET exception type is not shown.
    /// </summary>
    private static int InternalError(Exception e, CliIo io)
    {
        var where = io.Activity.Current is { } doing ? $" while {doing}" : "";
        io.Error.WriteLine($"{Name}: internal error{where}: {e.Message.ReplaceLineEndings(" ")}");
        io.Error.WriteLine($"{Name}: this is a bug in {Name}, not a problem with your files. Please report it at {IssuesUrl} " +
                           "with the command line and, if you can share it, the input named above.");
        return ExitCodes.InternalError;
    }

    /// <summary>Replaces the executable name System.CommandLine puts in the usage lines ("ClaimCheck.Cli", "testhost") by "claimcheck".</summary>
    internal static string UsageName(string help, string executable)
    {
        if (executable == Name) return help;
        var lines = help.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith("  " + executable, StringComparison.Ordinal) && (lines[i].Length == executable.Length + 2 || lines[i][executable.Length + 2] == ' '))
                lines[i] = "  " + Name + lines[i][(executable.Length + 2)..];
        return string.Join('\n', lines);
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

/// <summary>
/// Finds a mistyped option that the parser took as an argument value (<c>--outt x</c> would otherwise read two input
/// files named "--outt" and "x"), and suggests the nearest real option.
/// </summary>
internal static class UnknownOptions
{
    public static string? Find(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        int doubleDash = -1;
        for (int i = 0; i < parse.Tokens.Count; i++)
            if (parse.Tokens[i].Type == TokenType.DoubleDash) { doubleDash = i; break; }
        var taken = command.Arguments.Select(a => parse.GetResult(a)).OfType<ArgumentResult>().SelectMany(r => r.Tokens)
            .Where(t => doubleDash < 0 || IndexOf(parse.Tokens, t) < doubleDash)
            .Select(t => t.Value)
            .Concat(parse.UnmatchedTokens);
        foreach (var value in taken)
        {
            if (value.Length < 2 || value[0] != '-' || File.Exists(value) || Directory.Exists(value)) continue;
            var name = value.Split('=', 2)[0];
            var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                .Where(k => k.StartsWith("--", StringComparison.Ordinal) || name.Length <= 2);
            return Nearest(name, known) is { } nearest
                ? $"unknown option '{name}'. Did you mean '{nearest}'?"
                : $"unknown option '{name}' (to read a file whose name starts with '-', write ./{value} or put it after --).";
        }
        return null;
    }

    /// <summary>The candidate closest to <paramref name="typo"/>, when it is close enough to be what was meant.</summary>
    internal static string? Nearest(string typo, IEnumerable<string> candidates) => candidates
        .Distinct(StringComparer.Ordinal)
        .Select(k => (Name: k, Distance: Distance(typo, k)))
        .Where(k => k.Distance <= Math.Max(2, typo.Length / 3))
        .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
        .Select(k => k.Name).FirstOrDefault();

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (int i = 0; i < tokens.Count; i++)
            if (ReferenceEquals(tokens[i], token)) return i;
        return -1;
    }

    /// <summary>Levenshtein distance; option names are short, so the quadratic table is nothing.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
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
              claimcheck check news/ -r --exclude '**/drafts/**'
              claimcheck check seeds/ --out report.yaml --previous report.yaml
                                                            keep your status/note edits from the last run
              claimcheck check seeds/ --sources sources.yaml --min-severity 0.5 --fail-on-discrepancy
              cat story.txt | claimcheck check -

            Exit codes: 0 ok, 1 discrepancies found (with --fail-on-discrepancy), 2 bad usage or unreadable input
            (every article failed, a bad --previous/--sources/--gazetteer file, an unwritable --out), 3 internal error.

            """,
        "extract" => """

            Examples:
              claimcheck extract seeds/story.txt            every claim in one article, as YAML
              claimcheck extract story.md --format json
              claimcheck extract story.html --format csv --out claims.csv
                                                            one row per claim, for a spreadsheet

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
