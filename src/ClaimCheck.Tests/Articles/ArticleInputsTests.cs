using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public sealed class ArticleInputsTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Expand_Folder_ListsArticleFilesInOrdinalOrderSkippingSidecarsAndOthers()
    {
        _dir.Write("news/b.txt", "B.");
        _dir.Write("news/A.md", "A.");
        _dir.Write("news/c.html", "<p>C.</p>");
        _dir.Write("news/c.meta.yaml", "outlet: X\n");
        _dir.Write("news/notes.pdf", "x");
        _dir.Write("news/deeper/d.txt", "D.");

        var inputs = ArticleInputs.Expand([_dir.Path_("news")]);

        inputs.Select(i => Path.GetFileName(i.Path)).Should().Equal("A.md", "b.txt", "c.html");
        inputs.Should().OnlyContain(i => i.Problem == null);
    }

    [Fact]
    public void Expand_FolderRecursive_IncludesSubFolders()
    {
        _dir.Write("news/b.txt", "B.");
        _dir.Write("news/deeper/d.txt", "D.");

        ArticleInputs.Expand([_dir.Path_("news")], recursive: true).Select(i => Path.GetFileName(i.Path)).Should().Equal("b.txt", "d.txt");
    }

    [Fact]
    public void Expand_Glob_MatchesInOrderAndKeepsInputPlaces()
    {
        _dir.Write("seeds/02.txt", "Two.");
        _dir.Write("seeds/01.txt", "One.");
        _dir.Write("seeds/01.md", "One md.");
        var first = _dir.Write("first.txt", "First.");

        var inputs = ArticleInputs.Expand([first, _dir.Root + "/seeds/*.txt", "-"]);

        inputs.Select(i => i.Path).Should().Equal(first, _dir.Root + "/seeds/01.txt", _dir.Root + "/seeds/02.txt", "-");
    }

    [Fact]
    public void Expand_NothingMatches_IsAFailureEntryNotDropped()
    {
        var inputs = ArticleInputs.Expand([_dir.Root + "/*.txt", _dir.Path_("missing.txt"), _dir.Root]);

        inputs.Select(i => i.Problem).Should().Equal(
            "no article files match this pattern", "no such file or folder", "folder holds no .txt, .md, .html or .htm files");
    }

    [Fact]
    public void Expand_SameFileTwice_ReadOnce()
    {
        var path = _dir.Write("a.txt", "A.");

        ArticleInputs.Expand([path, _dir.Root]).Should().ContainSingle();
    }

    [Fact]
    public void LoadAll_Stdin_ReadsTheInjectedReader()
    {
        var results = ArticleInputs.LoadAll(["-"], new ArticleLoadOptions(Stdin: new StringReader("Rescuers pulled 14 people from the rubble.")));

        results.Should().ContainSingle().Which.Article!.Should().Be(new ClaimCheck.Articles.Article("stdin", "Rescuers pulled 14 people from the rubble."));
    }

    [Theory]
    [InlineData("report-*.txt", "report-2024.txt", true)]
    [InlineData("report-*.txt", "report-2024.md", false)]
    [InlineData("a?c.txt", "abc.txt", true)]
    [InlineData("a?c.txt", "ac.txt", false)]
    [InlineData("*a*b*", "xxaxxbxx", true)]
    [InlineData("*", "", true)]
    public void GlobIsMatch_Patterns_MatchLikeAShell(string pattern, string name, bool expected) =>
        Glob.IsMatch(name, pattern).Should().Be(expected);
}
