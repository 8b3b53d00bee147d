namespace ClaimCheck.Cli;

/// <summary>The streams a command talks to, injected so tests can run commands in-process and read what they print.</summary>
/// <param name="In">Standard input, for the input <c>-</c>.</param>
/// <param name="Out">Machine output (a report) when no --out is given.</param>
/// <param name="Error">Messages for people: errors, progress, the discrepancy table.</param>
/// <param name="Interactive">Whether <see cref="Error"/> is a terminal (progress bars and colour only then).</param>
internal sealed record CliIo(TextReader In, TextWriter Out, TextWriter Error, bool Interactive = false)
{
    /// <summary>Standard input as bytes, decoded like a file (strict UTF-8, size limit); null in tests that give text.</summary>
    public Stream? InBytes { get; init; }

    /// <summary>What the run is doing now, named in the message of an internal error.</summary>
    public CliActivity Activity { get; } = new();

    public void Fail(string subject, string problem) => Error.WriteLine($"claimcheck: {subject}: {problem}");
}

/// <summary>The input a run is processing, so that a crash can say which one to retry without and send us.</summary>
/// <remarks>Written by the thread doing the work and read after a crash; a plain volatile field is enough.</remarks>
internal sealed class CliActivity
{
    private volatile string? _current;

    /// <summary>What the run is doing, as "reading news/a.txt", "analysing news/a.txt", "comparing the claims of 12 articles", or null.</summary>
    public string? Current { get => _current; set => _current = value; }
}

/// <summary>The documented exit codes (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The run completed (some inputs may have failed; they are listed).</summary>
    public const int Ok = 0;

    /// <summary>Discrepancies were found and --fail-on-discrepancy was given.</summary>
    public const int Discrepancies = 1;

    /// <summary>Bad usage, a bad option file, an unwritable output, unreadable input, or every input failed.</summary>
    public const int BadUsageOrInput = 2;

    /// <summary>A bug in claimcheck: an exception nobody expected. The message names the input and how to report it.</summary>
    public const int InternalError = 3;
}
