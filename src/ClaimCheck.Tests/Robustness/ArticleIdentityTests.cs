using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Report;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Article identity: every article keeps its own id, duplicates are reported and never merged, one file is read once.</summary>
public sealed class ArticleIdentityTests : IDisposable
{
    private readonly HostileRun _run = new();

    public void Dispose() => _run.Dispose();

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

    private static void HardLink(string existing, string link)
    {
        // .NET has no hard-link API; ln is on every machine this runs on.
        using var ln = System.Diagnostics.Process.Start("ln", [existing, link]);
        ln.WaitForExit();
        ln.ExitCode.Should().Be(0);
    }
}
