using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Cli;

/// <summary>Runs the console host in-process with empty standard input, capturing exit code, stdout and stderr.</summary>
internal static class CliRun
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, new CliIo(new StringReader(""), output, error));
        return (code, output.ToString(), error.ToString());
    }
}
