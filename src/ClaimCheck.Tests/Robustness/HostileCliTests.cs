using ClaimCheck.Cli;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Hostile command lines, standard input and batches: clear errors, documented exit codes, nothing overwritten.</summary>
public sealed class HostileCliTests : IDisposable
{
    private readonly HostileRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public void Check_StdinInvalidUtf8_FailsWithItsByteOffsetLikeAFile()
    {
        var stdin = new MemoryStream([.. HostileRun.Utf8("Prices rose "), 0xC3, 0x28, .. HostileRun.Utf8(" 5%.")]);

        var result = _run.RunStdin(stdin, "check", _run.Good, "-", "--quiet");

        result.Code.Should().Be(0);
        result.GoodArticleReported();
        result.Failed("-", "not valid UTF-8 at byte 12");
    }

    [Fact]
    public void Check_StdinOverTheSizeLimit_FailsLikeAFileWithoutReadingItAll()
    {
        var result = _run.RunStdin(new HostileRun.EndlessStream(long.MaxValue), "check", _run.Good, "-", "--quiet");

        result.Code.Should().Be(0);
        result.GoodArticleReported();
        result.Failed("-", "too large for an article (over 64 MB)");
    }

    [Fact]
    public void Check_StdinTextOverTheSizeLimit_FailsToo()
    {
        var io = new CliIo(new StreamReader(new HostileRun.EndlessStream(70L * 1024 * 1024)), new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" });

        var result = HostileRun.RunWith(io, "check", _run.Good, "-", "--quiet");

        result.GoodArticleReported();
        result.Failed("-", "too large for an article (over 64 MB)");
    }

    [Fact]
    public void Check_StdinEmpty_Fails()
    {
        var result = _run.RunStdin(new MemoryStream(), "check", _run.Good, "-", "--quiet");

        result.GoodArticleReported();
        result.Failed("-", "empty file");
    }

    [Fact]
    public void Check_OutIsAnInput_Exit2AndTheArticleIsUntouched()
    {
        var result = _run.Run("check", _run.Good, "--out", _run.Good);

        result.Code.Should().Be(2);
        result.Err.Should().Be($"claimcheck: {_run.Good}: --out is also an input ({_run.Good}); the report would overwrite it. Choose another --out.\n");
        File.ReadAllText(_run.Good).Should().Be(HostileRun.GoodText);
    }

    [Fact]
    public void Check_OutIsAnInputThroughASymlinkOrAFolder_Exit2()
    {
        var link = _run.Dir.Path_("link.txt");
        File.CreateSymbolicLink(link, _run.Good);

        var viaLink = _run.Run("check", _run.Good, "--out", link);
        var viaFolder = _run.Run("check", _run.Dir.Root, "--out", _run.Good);

        viaLink.Code.Should().Be(2);
        viaFolder.Code.Should().Be(2);
        viaFolder.Err.Should().Contain("--out is also an input");
        File.ReadAllText(_run.Good).Should().Be(HostileRun.GoodText);
    }

    [Fact]
    public void Check_OutIsTheSourcesFile_Exit2()
    {
        var sources = _run.Dir.Write("sources.yaml", "good:\n  outlet: Delta Daily\n");

        var result = _run.Run("check", _run.Good, "--sources", sources, "--out", sources);

        result.Code.Should().Be(2);
        File.ReadAllText(sources).Should().Be("good:\n  outlet: Delta Daily\n");
    }

    [Fact]
    public void Check_OutEqualsPrevious_IsTheReviewLoopAndAllowed()
    {
        var report = _run.Dir.Path_("report.yaml");

        _run.Run("check", _run.Good, "--out", report, "--quiet").Code.Should().Be(0);
        var again = _run.Run("check", _run.Good, "--previous", report, "--out", report, "--quiet");

        again.Code.Should().Be(0, again.Err);
        File.ReadAllText(report).Should().EndWith(YamlReportWriter.EndMarker + "\n");
    }

    [Fact]
    public void Check_OutInAMissingFolder_NamesTheTargetNeverTheTempFile()
    {
        var target = _run.Dir.Path_("no/such/dir/report.yaml");

        var result = _run.Run("check", _run.Good, "--out", target);

        result.Code.Should().Be(2);
        result.Err.Should().Be($"claimcheck: {target}: cannot write the report: the folder {_run.Dir.Path_("no/such/dir")} does not exist\n");
    }

    [Fact]
    public void Check_OutInAMissingFolder_FailsBeforeReadingAnyArticle()
    {
        // An article that would fail to read: had the run read it, its error would come first on stderr.
        var broken = _run.Dir.WriteBytes("broken.txt", [0xC3, 0x28]);
        var target = _run.Dir.Path_("no/such/dir/report.yaml");

        var result = _run.Run("check", _run.Good, broken, "--out", target);

        result.Code.Should().Be(2);
        result.Err.Should().Be($"claimcheck: {target}: cannot write the report: the folder {_run.Dir.Path_("no/such/dir")} does not exist\n");
        Directory.GetFiles(_run.Dir.Root, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Extract_OutIsAFolder_FailsBeforeReadingTheArticle()
    {
        var folder = _run.Dir.Path_("reports");
        Directory.CreateDirectory(folder);

        var result = _run.Run("extract", _run.Dir.Path_("missing.txt"), "--out", folder);

        result.Code.Should().Be(2);
        result.Err.Should().Be($"claimcheck: {folder}: cannot write the report: is a directory\n");
    }

    [Fact]
    public void Check_OutIsAFolder_Exit2WithNoTempFileLeft()
    {
        var folder = _run.Dir.Path_("reports");
        Directory.CreateDirectory(folder);

        var result = _run.Run("check", _run.Good, "--out", folder);

        result.Code.Should().Be(2);
        result.Err.Should().StartWith($"claimcheck: {folder}: cannot write the report: ");
        result.ErrorsAreClean();
        Directory.GetFiles(_run.Dir.Root, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Check_CrashWhileWriting_Exit3NamingWhatItWasDoingAndWhereToReport()
    {
        var io = new CliIo(new StringReader(""), new ThrowingWriter(), new StringWriter { NewLine = "\n" });

        var result = HostileRun.RunWith(io, "check", _run.Good, "--quiet");

        result.Code.Should().Be(3);
        result.Err.Should().StartWith("claimcheck: internal error while writing the report: disk on fire\n")
            .And.Contain("this is a bug in claimcheck").And.Contain(CliApp.IssuesUrl);
        result.Err.Should().NotContain("InvalidOperationException");
    }

    [Theory]
    [InlineData("--outt", "unknown option '--outt'. Did you mean '--out'?")]
    [InlineData("--previus", "unknown option '--previus'. Did you mean '--previous'?")]
    [InlineData("--fail-on-discrepancies", "unknown option '--fail-on-discrepancies'. Did you mean '--fail-on-discrepancy'?")]
    [InlineData("--zebra", "unknown option '--zebra' (to read a file whose name starts with '-', write ./--zebra or put it after --).")]
    public void Check_MistypedOption_IsRejectedWithASuggestionAndNoReport(string typo, string message)
    {
        var result = _run.Run("check", _run.Good, typo, "report.yaml");

        result.Code.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Err.Should().Be($"claimcheck: {message}\nRun 'claimcheck check --help' for usage and examples.\n");
    }

    [Fact]
    public void Extract_MistypedOption_IsNamedNotTheFileAfterIt()
    {
        var result = _run.Run("extract", "--outt", "claims.yaml", _run.Good);

        result.Code.Should().Be(2);
        result.Err.Should().StartWith("claimcheck: unknown option '--outt'. Did you mean '--out'?\n");
        _run.Run("extract", _run.Good, "--fromat", "csv").Err.Should().StartWith("claimcheck: unknown option '--fromat'. Did you mean '--format'?\n");
    }

    [Fact]
    public void Check_ArgumentLikeAnOptionAfterDoubleDash_IsAnInputNotAnOption()
    {
        var result = _run.Run("check", _run.Good, "--quiet", "--", "--outt");

        result.Code.Should().Be(0, result.Err);
        result.GoodArticleReported();
        result.Failed("--outt", "no such file or folder");
    }

    [Fact]
    public void Check_ThousandsOfBadFiles_StderrStaysShort()
    {
        for (int i = 0; i < 300; i++) _run.Dir.Write($"bulk/empty{i:D3}.txt", "");
        _run.Dir.Write("bulk/good.txt", HostileRun.GoodText);

        var result = _run.Run("check", _run.Dir.Path_("bulk"));

        result.Code.Should().Be(0);
        result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(22);
        result.Err.Should().Contain("claimcheck: ... and 280 more inputs could not be read; the report lists them all.\n");
        result.Report.Articles.Should().HaveCount(301);
    }

    [Theory]
    [InlineData("--sources", "- a\n- b\n", "not valid YAML at line 1: expected 'key: value' lines, found a list")]
    [InlineData("--sources", "good:\n  outlet: [1, 2]\n", "not valid YAML at line 2: expected a text value, found a list or 'key: value' lines")]
    [InlineData("--sources", "good: 5\n", "not valid YAML at line 1: expected a list or 'key: value' lines, found a single value")]
    [InlineData("--sources", "good:\n  published: soon\n", "'good': 'published' is not a date (expected YYYY-MM-DD): 'soon'")]
    [InlineData("--gazetteer", "entries: 5\n", "not valid YAML at line 1: expected a list or 'key: value' lines, found a single value")]
    [InlineData("--gazetteer", "entries:\n  - {name: Lake Town, kind: place, aliases: {a: 1}}\n", "not valid YAML at line 2: expected a list, found 'key: value' lines")]
    [InlineData("--gazetteer", "entries:\n  - name: [x]\n", "not valid YAML at line 2: expected a text value, found a list or 'key: value' lines")]
    [InlineData("--gazetteer", "entries: [", "not valid YAML at line")]
    public void Check_BadOptionFile_OneLineInYamlTermsExit2(string option, string content, string message)
    {
        var file = _run.Dir.Write("option.yaml", content);

        var result = _run.Run("check", _run.Good, option, file);

        result.Code.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Err.Should().StartWith($"claimcheck: {file}: {message}");
        result.Err.TrimEnd('\n').Should().NotContain("\n");
        result.ErrorsAreClean();
    }

    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("disk on fire");
        public override void Write(string? value) => throw new InvalidOperationException("disk on fire");
        public override void Write(char[] buffer, int index, int count) => throw new InvalidOperationException("disk on fire");
    }
}
