using System.Diagnostics;
using ClaimCheck.Cli;
using ClaimCheck.Report;
using ClaimCheck.Tests.Articles;

namespace ClaimCheck.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, new CliIo(new StringReader(stdin), output, error));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_FilesAndAMissingOne_WritesYamlToStdoutAndOneErrorLine()
    {
        var a = _dir.Write("gaza.txt", "Aid officials said 120 trucks entered on Sunday.");
        var missing = _dir.Path_("absent.txt");

        var (code, stdout, stderr) = Run("", "check", a, missing);

        code.Should().Be(0);
        stdout.Should().StartWith("# ClaimCheck report.").And.Contain("schema_version: \"1.1\"\n");
        stdout.Should().Contain("- id: gaza\n  path: " + a + "\n  status: ok\n");
        stdout.Should().Contain("- id: absent\n  path: " + missing + "\n  status: failed\n  error: no such file or folder\n");
        stderr.Split('\n')[0].Should().Be($"claimcheck: {missing}: no such file or folder");
    }

    [Fact]
    public void Check_EveryInputFails_Exits2WithoutReport()
    {
        var (code, stdout, stderr) = Run("", "check", _dir.Path_("nope.txt"));

        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"claimcheck: {_dir.Path_("nope.txt")}: no such file or folder\nclaimcheck: no input could be read; no report written.\n");
    }

    [Fact]
    public void Check_NoInputs_IsBadUsage()
    {
        var (code, _, stderr) = Run("", "check");

        code.Should().Be(2);
        stderr.Should().Contain("Run 'claimcheck check --help' for usage and examples.");
    }

    [Fact]
    public void Check_UnknownFormat_IsBadUsage()
    {
        var a = _dir.Write("a.txt", "Text.");

        Run("", "check", a, "--format", "xml").Code.Should().Be(2);
    }

    [Fact]
    public void Check_Stdin_IsReadForDash()
    {
        var (code, stdout, _) = Run("Floodwaters displaced 5,000 families in Sylhet.", "check", "-", "--format", "json");

        code.Should().Be(0);
        stdout.Should().StartWith("{\n  \"schema_version\": \"1.1\",").And.Contain("\"id\": \"stdin\",\n      \"path\": \"-\",");
    }

    [Fact]
    public void Check_OutFile_IsWrittenAtomicallyAndFormatFollowsExtension()
    {
        var a = _dir.Write("a.txt", "Text.");
        var outPath = _dir.Path_("report.json");

        var (code, stdout, _) = Run("", "check", a, "--out", outPath);

        code.Should().Be(0);
        stdout.Should().BeEmpty();
        File.ReadAllText(outPath).Should().StartWith("{");
        Directory.GetFiles(_dir.Root, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Check_OutInMissingFolder_Exits2()
    {
        var a = _dir.Write("a.txt", "Text.");

        var (code, _, stderr) = Run("", "check", a, "--out", _dir.Path_("no/such/dir/r.yaml"));

        code.Should().Be(2);
        stderr.Should().StartWith($"claimcheck: {_dir.Path_("no/such/dir/r.yaml")}: cannot write the report:");
    }

    [Fact]
    public void Check_PreviousReport_IsReadAndBadOneRejected()
    {
        var a = _dir.Write("a.txt", "Text.");
        var previous = _dir.Write("prev.yaml", "schema_version: \"9.1\"\n");

        var (code, _, stderr) = Run("", "check", a, "--previous", previous);

        code.Should().Be(2);
        stderr.Should().Be($"claimcheck: {previous}: not a ClaimCheck report: schema_version 9.1 is not supported (this version reads 1.x)\n");
    }

    [Fact]
    public void Check_PreviousMissing_WarnsAndContinues()
    {
        var a = _dir.Write("a.txt", "Text.");

        var (code, _, stderr) = Run("", "check", a, "--previous", _dir.Path_("first-run.yaml"));

        code.Should().Be(0);
        stderr.Should().StartWith($"claimcheck: {_dir.Path_("first-run.yaml")}: no previous report yet; every discrepancy is new\n");
    }

    [Fact]
    public void Check_BadSourcesFile_Exits2NamingTheEntry()
    {
        var a = _dir.Write("a.txt", "Text.");
        var sources = _dir.Write("sources.yaml", "a:\n  published: soon\n");

        var (code, _, stderr) = Run("", "check", a, "--sources", sources);

        code.Should().Be(2);
        stderr.Should().Be($"claimcheck: {sources}: 'a': 'published' is not a date (expected YYYY-MM-DD): 'soon'\n");
    }

    [Fact]
    public void Check_Sources_FillOutletInReport()
    {
        var a = _dir.Write("kherson.txt", "Shelling hit the port, officials said.");
        var sources = _dir.Write("sources.yaml", "kherson:\n  outlet: River Gazette\n  published: 2023-06-07\n");

        var (_, stdout, _) = Run("", "check", a, "--sources", sources);

        stdout.Should().Contain("  outlet: River Gazette\n  published: 2023-06-07\n");
    }

    [Fact]
    public void Check_MissingGazetteer_Exits2NamingTheFile()
    {
        var a = _dir.Write("a.txt", "Text.");
        var missing = _dir.Path_("places.yaml");

        var (code, _, stderr) = Run("", "check", a, "--gazetteer", missing);

        code.Should().Be(2);
        stderr.Should().Be($"claimcheck: {missing}: gazetteer file not found\n");
    }

    [Fact]
    public void Check_GazetteerWithBadKind_Exits2NamingTheProblem()
    {
        var a = _dir.Write("a.txt", "Text.");
        var bad = _dir.Write("bad.yaml", "entries:\n  - {name: Lake Town, kind: planet}\n");

        var (code, _, stderr) = Run("", "check", a, "--gazetteer", bad);

        code.Should().Be(2);
        stderr.Should().StartWith($"claimcheck: {bad}: ").And.Contain("planet");
    }

    [Fact]
    public void Check_UserGazetteerAlias_MakesTwoNamesOneQuantity()
    {
        // Without the user's gazetteer "the Garden City" and "Port Harcourt" are two places; with it, one.
        var a = _dir.Write("a.txt", "Militants were 10 km from Port Harcourt on Monday, the army said.");
        var b = _dir.Write("b.txt", "Militants were 45 km from the Garden City on Monday, residents said.");
        var places = _dir.Write("places.yaml", "entries:\n  - {name: Port Harcourt, kind: place, type: city, aliases: [Garden City]}\n");

        var without = Run("", "check", a, b, "--quiet");
        var with = Run("", "check", a, b, "--gazetteer", places, "--quiet");

        without.Code.Should().Be(0);
        without.Out.Should().Contain("discrepancies: 0\n");
        with.Code.Should().Be(0);
        with.Out.Should().Contain("discrepancies: 1\n").And.Contain("class: contradiction\n");
    }

    [Fact]
    public void Check_MinSeverity_LeavesOutWeakerDiscrepancies()
    {
        // 10 km vs 45 km, both from named sources: one contradiction, severity well below 0.99 and above 0.1.
        var a = _dir.Write("a.txt", "Militants were 10 km from Port Harcourt on Monday, the army said.");
        var b = _dir.Write("b.txt", "Militants were 45 km from Port Harcourt on Monday, residents said.");

        var all = Run("", "check", a, b, "--quiet", "--min-severity", "0.1");
        var strict = Run("", "check", a, b, "--quiet", "--min-severity", "0.99", "--fail-on-discrepancy");

        all.Out.Should().Contain("discrepancies: 1\n");
        strict.Out.Should().Contain("discrepancies: 0\n");
        strict.Code.Should().Be(0, "nothing at or above the minimum severity is left to fail on");
    }

    [Fact]
    public void Check_MinSeverityOutOfRange_IsBadUsage()
    {
        var a = _dir.Write("a.txt", "Text.");

        Run("", "check", a, "--min-severity", "1.5").Code.Should().Be(2);
    }

    [Fact]
    public void Check_SummaryLine_GoesToStderr()
    {
        var a = _dir.Write("a.txt", "Text.");

        Run("", "check", a).Err.Should().EndWith("1 article read, 0 failed, 0 claims, 0 discrepancies.\n");
    }

    [Fact]
    public void Extract_OneFile_WritesItsArticleAndClaims()
    {
        var a = _dir.Write("nepal.md", "---\noutlet: Valley Times\n---\nThe landslide buried 12 houses.");

        var (code, stdout, _) = Run("", "extract", a);

        code.Should().Be(0);
        stdout.Should().Contain("- id: nepal\n").And.Contain("  outlet: Valley Times\n").And.Contain("discrepancies: []\n");
        ClaimCheckReportReader.Read(new StringReader(stdout)).Articles.Should().ContainSingle();
    }

    [Fact]
    public void Extract_Folder_Exits2()
    {
        var (code, _, stderr) = Run("", "extract", _dir.Root);

        code.Should().Be(2);
        stderr.Should().Be($"claimcheck: {_dir.Root}: is a directory; extract reads one article (use 'check' for folders)\n");
    }

    [Fact]
    public void Help_Check_ShowsOptionsAndExamples()
    {
        var (code, stdout, _) = Run("", "check", "--help");

        code.Should().Be(0);
        stdout.Should().Contain("--fail-on-discrepancy").And.Contain("Examples:").And.Contain("Exit codes: 0 ok, 1 discrepancies found");
    }

    [Fact]
    public async Task Process_BuiltToolOnSeeds_ExitsZeroWithAReportForEverySeed()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll");
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "check", seeds, "--quiet" }) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        var stdout = await stdoutTask;
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        var report = ClaimCheckReportReader.Read(new StringReader(stdout));

        process.ExitCode.Should().Be(0, stderr);
        report.Articles.Should().HaveCount(Directory.GetFiles(seeds, "*.txt").Length).And.OnlyContain(a => a.Status == ArticleStatus.Ok);
    }
}
