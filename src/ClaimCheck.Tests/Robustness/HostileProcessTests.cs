using System.Diagnostics;
using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>The built tool as a separate process: real standard input bytes, real exit codes, no temporary file left.</summary>
public sealed class HostileProcessTests : IDisposable
{
    private readonly HostileRun _run = new();

    public void Dispose() => _run.Dispose();

    private static async Task<(int Code, string Out, string Err)> Start(byte[] stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Process_InvalidUtf8OnStdin_FailsWithTheByteOffsetNotAReplacementCharacter()
    {
        var (code, stdout, stderr) = await Start([.. HostileRun.Utf8("Prices rose "), 0xFF, .. HostileRun.Utf8(" 5%.")], "check", "-");

        code.Should().Be(2, "the only input failed");
        stdout.Should().BeEmpty();
        stderr.Should().Be("claimcheck: -: not valid UTF-8 at byte 12\nclaimcheck: no input could be read; no report written.\n");
    }

    [Fact]
    public async Task Process_Version_ExitsZero()
    {
        var (code, stdout, _) = await Start([], "--version");

        code.Should().Be(0);
        stdout.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task Process_UnwritableOut_Exit2NamingTheTargetAndNoTempFileLeft()
    {
        var folder = _run.Dir.Path_("out-is-a-folder");
        Directory.CreateDirectory(folder);

        var (code, _, stderr) = await Start([], "check", _run.Good, "--out", folder);

        code.Should().Be(2);
        stderr.Should().StartWith($"claimcheck: {folder}: cannot write the report: ").And.NotContain(".tmp").And.NotContain("Exception");
        Directory.GetFiles(_run.Dir.Root, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void AtomicFile_Interrupted_DeletePendingRemovesTheTemporaryFile()
    {
        var target = _run.Dir.Path_("report.yaml");
        string[] during = [];

        var act = () => AtomicFile.Write(target, w =>
        {
            w.Write("half a report");
            AtomicFile.DeletePending(); // what the SIGINT/SIGTERM handler does
            during = Directory.GetFiles(_run.Dir.Root, "*.tmp");
            throw new OperationCanceledException("interrupted");
        });

        act.Should().Throw<OperationCanceledException>();
        during.Should().BeEmpty();
        File.Exists(target).Should().BeFalse();
    }
}
