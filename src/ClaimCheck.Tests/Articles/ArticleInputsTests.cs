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

    [Fact]
    public void Expand_IdsArePathsRelativeToTheFolderOrGlobRoot()
    {
        _dir.Write("wire/top.txt", "T.");
        _dir.Write("wire/europe/brief.txt", "B.");
        _dir.Write("wire/asia/brief.md", "A.");

        var fromFolder = ArticleInputs.Expand([_dir.Path_("wire")], recursive: true);
        var fromGlob = ArticleInputs.Expand([_dir.Path_("wire") + "/**/*.txt"]);

        fromFolder.Select(i => i.Id).Should().Equal("asia/brief", "europe/brief", "top");
        fromGlob.Select(i => i.Id).Should().Equal("europe/brief", "top");
    }

    [Fact]
    public void Expand_NamedFilesWithOneName_GetTheirFoldersUntilTheyDiffer()
    {
        var a = _dir.Write("2024/reuters/story.txt", "A.");
        var b = _dir.Write("2024/ap/story.txt", "B.");
        var c = _dir.Write("2023/ap/story.txt", "C.");
        var lone = _dir.Write("other/lone.txt", "L.");

        ArticleInputs.Expand([a, b, c, lone]).Select(i => i.Id).Should().Equal("2024/reuters/story", "2024/ap/story", "2023/ap/story", "lone");
    }

    [Fact]
    public void Load_MetadataId_WinsOverThePathAndTheSidecarWinsOverFrontMatter()
    {
        var own = _dir.Write("a.md", "---\nid: flood-update-3\n---\nThe river rose 2 metres.");
        var both = _dir.Write("b.md", "---\nid: from-front-matter\n---\nThe river rose 2 metres.");
        _dir.Write("b.meta.yaml", "id: from-sidecar\n");

        ArticleLoader.Load(own).Article!.Id.Should().Be("flood-update-3");
        ArticleLoader.Load(both).Article!.Id.Should().Be("from-sidecar");
    }

    [Fact]
    public void Sources_AreLookedUpByTheFinalId()
    {
        var file = _dir.Write("desk/lagos/update.txt", "The river rose 2 metres.");
        ArticleSources.TryParse("lagos/update:\n  outlet: Harbour Post\n", out var sources, out _).Should().BeTrue();

        var results = ArticleInputs.LoadAll([_dir.Path_("desk")], new ArticleLoadOptions(Recursive: true, Sources: sources));

        results.Should().ContainSingle().Which.Article!.Metadata.Outlet.Should().Be("Harbour Post");
        file.Should().EndWith("update.txt");
    }
}
