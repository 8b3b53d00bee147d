using System.Text;
using ClaimCheck.Articles;
using ClaimCheck.Cli;
using ClaimCheck.Pipeline;
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
    public void Check_SameFileThroughSymlinkAndHardLink_IsReadOnce()
    {
        File.CreateSymbolicLink(_run.Dir.Path_("sym.txt"), _run.Good);
        File.Exists(_run.Dir.Path_("sym.txt")).Should().BeTrue();
        var hard = _run.Dir.Path_("hard.txt");
        HardLink(_run.Good, hard);

        var result = _run.Run("check", _run.Good, _run.Dir.Path_("sym.txt"), hard, "./" + Path.GetRelativePath(".", _run.Good), "--quiet");

        result.Report.Articles.Should().ContainSingle().Which.Id.Should().Be("good");
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

    [Fact]
    public void Check_TwoStoriesWithTheSameFileName_StayTwoArticlesAndTheirContradictionIsFound()
    {
        var reuters = _run.Dir.Write("reuters/story.txt", "Militants were 10 km from Port Harcourt on Monday, the army said.");
        var ap = _run.Dir.Write("ap/story.txt", "Militants were 45 km from Port Harcourt on Monday, residents said.");

        var result = _run.Run("check", reuters, ap, "--quiet");

        result.Report.Articles.Select(a => a.Id).Should().Equal("reuters/story", "ap/story");
        result.Report.Discrepancies.Should().ContainSingle().Which.Claims.Select(c => c.Evidence.ArticleId).Should().BeEquivalentTo(["reuters/story", "ap/story"]);
    }

    [Fact]
    public void Check_SavedPagesInFolders_IdsArePathsRelativeToTheRoot()
    {
        _run.Dir.Write("saved/a/index.html", "<p>The storm cut power to 3,000 homes.</p>");
        _run.Dir.Write("saved/b/index.html", "<p>The storm cut power to 4,000 homes.</p>");

        var result = _run.Run("check", _run.Dir.Path_("saved"), "-r", "--quiet");

        result.Report.Articles.Select(a => a.Id).Should().Equal("a/index", "b/index");
    }

    [Fact]
    public void Check_TwoArticlesWithOneMetadataId_TheSecondIsReportedAsADuplicate()
    {
        var a = _run.Dir.Write("a.md", "---\nid: storm-report\n---\nThe storm cut power to 3,000 homes.");
        var b = _run.Dir.Write("b.md", "---\nid: storm-report\n---\nThe storm cut power to 4,000 homes.");

        var result = _run.Run("check", _run.Good, a, b, "--quiet");

        result.Code.Should().Be(0);
        result.GoodArticleReported();
        result.Report.Articles.Should().Contain(x => x.Id == "storm-report" && x.Path == a && x.Status == ArticleStatus.Ok);
        result.Failed(b, $"duplicate article id 'storm-report' (already used by {a})");
    }

    [Fact]
    public void Check_OnePageSavedTwice_SameUrlIsReadOnce()
    {
        var a = _run.Dir.Write("copy1.md", "---\nurl: https://example.org/storm\n---\nThe storm cut power to 3,000 homes.");
        var b = _run.Dir.Write("copy2.md", "---\nurl: https://example.org/storm\n---\nThe storm cut power to 3,000 homes.");

        var result = _run.Run("check", _run.Good, a, b, "--quiet");

        result.GoodArticleReported();
        result.Failed(b, $"same url as {a}");
    }

    [Fact]
    public void Check_SameNameDifferentExtensions_KeepTheExtensionInTheId()
    {
        _run.Dir.Write("pair/story.txt", "The storm cut power to 3,000 homes.");
        _run.Dir.Write("pair/story.md", "The storm cut power to 4,000 homes.");

        var result = _run.Run("check", _run.Dir.Path_("pair"), "--quiet");

        result.Report.Articles.Select(a => a.Id).Should().Equal("story.md", "story.txt");
    }

    [Fact]
    public void Pipeline_TwoArticlesWithOneId_IsRefusedWithAClearError()
    {
        var act = () => ClaimCheckPipeline.Default.Check([new Article("wire", "The storm cut power to 3,000 homes."), new Article("wire", "The storm cut power to 4,000 homes.")]);

        act.Should().Throw<ArgumentException>().WithMessage("Two articles have the id 'wire' (the second is article 2 of the batch). Each article needs its own id*");
    }

    [Fact]
    public void LoadAll_DuplicateIds_BecomeFailuresNotMerges()
    {
        var a = _run.Dir.Write("x/a.md", "---\nid: same\n---\nThe storm cut power to 3,000 homes.");
        var b = _run.Dir.Write("y/b.md", "---\nid: same\n---\nThe storm cut power to 4,000 homes.");

        var results = ArticleInputs.LoadAll([a, b]);

        results.Select(r => r.Succeeded).Should().Equal(true, false);
        results[1].Failure!.Message.Should().StartWith("duplicate article id 'same'");
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

    private static void HardLink(string existing, string link)
    {
        // .NET has no hard-link API; ln is on every machine this runs on.
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        ln.ExitCode.Should().Be(0);
    }

    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("disk on fire");
        public override void Write(string? value) => throw new InvalidOperationException("disk on fire");
        public override void Write(char[] buffer, int index, int count) => throw new InvalidOperationException("disk on fire");
    }
}
