namespace ClaimCheck.Cli;

/// <summary>The streams a command talks to, injected so tests can run commands in-process and read what they print.</summary>
/// <param name="In">Standard input, for the input <c>-</c>.</param>
/// <param name="Out">Machine output (a report) when no --out is given.</param>
/// <param name="Error">Messages for people: errors, progress, the discrepancy table.</param>
/// <param name="Interactive">Whether <see cref="Error"/> is a terminal (progress bars and colour only then).</param>
internal sealed record CliIo(TextReader In, TextWriter Out, TextWriter Error, bool Interactive = false)
{
    public void Fail(string subject, string problem) => Error.WriteLine($"claimcheck: {subject}: {problem}");
}

/// <summary>The documented exit codes (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The run completed (some inputs may have failed; they are listed).</summary>
    public const int Ok = 0;

    /// <summary>Discrepancies were found and --fail-on-discrepancy was given.</summary>
    public const int Discrepancies = 1;

    /// <summary>Bad usage, a bad option file, an unwritable output, or every input failed.</summary>
    public const int BadUsageOrInput = 2;
}
