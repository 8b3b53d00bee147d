using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public sealed class ArticleLoaderTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_PlainText_KeepsTextAndUsesFileNameAsId()
    {
        var path = _dir.Write("sudan-camps.txt", "Aid agencies said about 12,000 people reached the camp near Adre on Monday.\n");

        var result = ArticleLoader.Load(path);

        result.Succeeded.Should().BeTrue();
        result.Article!.Id.Should().Be("sudan-camps");
        result.Article.Text.Should().Be("Aid agencies said about 12,000 people reached the camp near Adre on Monday.\n");
        result.Article.Metadata.Should().Be(ArticleMetadata.Empty);
    }

    [Fact]
    public void Load_CrLfLineEnds_BecomeLf()
    {
        var path = _dir.Write("quake.txt", "The quake struck at dawn.\r\nRescuers reached the village by noon.\r\n");

        ArticleLoader.Load(path).Article!.Text.Should().Be("The quake struck at dawn.\nRescuers reached the village by noon.\n");
    }

    [Fact]
    public void Load_MissingFile_FailsWithNoSuchFile()
    {
        var result = ArticleLoader.Load(_dir.Path_("nowhere.txt"));

        result.Succeeded.Should().BeFalse();
        result.Failure!.Message.Should().Be("no such file");
        result.Failure.Id.Should().Be("nowhere");
    }

    [Fact]
    public void Load_Directory_FailsSayingSo()
    {
        Directory.CreateDirectory(_dir.Path_("folder.txt"));

        ArticleLoader.Load(_dir.Path_("folder.txt")).Failure!.Message.Should().Be("is a directory, not a file");
    }

    [Fact]
    public void Load_EmptyFile_Fails()
    {
        var path = _dir.WriteBytes("empty.txt", []);

        ArticleLoader.Load(path).Failure!.Message.Should().Be("empty file");
    }

    [Fact]
    public void Load_OnlyWhiteSpace_Fails()
    {
        var path = _dir.Write("blank.txt", "  \n\n\t\n");

        ArticleLoader.Load(path).Failure!.Message.Should().Be("empty file (only white space)");
    }

    [Fact]
    public void Load_NulByte_FailsAsBinaryWithItsOffset()
    {
        var path = _dir.WriteBytes("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);

        ArticleLoader.Load(path).Failure!.Message.Should().Be("binary content (NUL byte at byte 4), not a text article");
    }

    [Fact]
    public void Load_InvalidUtf8_NamesTheByteOffset()
    {
        // "Kyiv " is 5 bytes, then a lone continuation byte 0x80 at offset 5.
        var path = _dir.WriteBytes("kyiv.txt", [(byte)'K', (byte)'y', (byte)'i', (byte)'v', (byte)' ', 0x80, (byte)'!']);

        ArticleLoader.Load(path).Failure!.Message.Should().Be("not valid UTF-8 at byte 5");
    }

    [Fact]
    public void Load_Utf8Bom_IsDropped()
    {
        var path = _dir.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, (byte)'O', (byte)'k', (byte)'.']);

        ArticleLoader.Load(path).Article!.Text.Should().Be("Ok.");
    }

    [Fact]
    public void Load_UnsupportedExtension_Fails()
    {
        var path = _dir.Write("budget.pdf", "%PDF-1.7");

        ArticleLoader.Load(path).Failure!.Message.Should().Be("unsupported file type '.pdf' (expected .txt, .md, .html or .htm)");
    }

    [Fact]
    public void Load_MissingFileOfAnUnsupportedType_FailsWithNoSuchFile()
    {
        ArticleLoader.Load(_dir.Path_("budget.pdf")).Failure!.Message.Should().Be("no such file");
    }

    [Fact]
    public void Load_DirectoryOfAnUnsupportedName_FailsSayingItIsADirectory()
    {
        Directory.CreateDirectory(_dir.Path_("scans.pdf"));

        ArticleLoader.Load(_dir.Path_("scans.pdf")).Failure!.Message.Should().Be("is a directory, not a file");
    }

    [Theory]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData(" 2024-12-05 ", "2024-12-05")]
    [InlineData("2024-12-05T23:30:00-08:00", "2024-12-05")]
    [InlineData("2024-12-05 08:00", "2024-12-05")]
    [InlineData("5 December 2024", "2024-12-05")]
    [InlineData("2023-02-29", null)]
    [InlineData("2024-13-01", null)]
    [InlineData("2024-00-10", null)]
    [InlineData("0000-01-01", null)]
    [InlineData("yesterday-ish", null)]
    public void TryParseDate_IsoDaysTimestampsAndProse_KeepTheCalendarDayAsWritten(string text, string? expected)
    {
        bool parsed = MetadataYaml.TryParseDate(text, out var date);

        parsed.Should().Be(expected is not null);
        if (expected is not null) date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Fact]
    public void Load_MarkdownFrontMatter_BecomesMetadataAndIsRemovedFromText()
    {
        var path = _dir.Write("floods.md", """
            ---
            title: Floods displace thousands in Assam
            outlet: Example Herald
            url: https://example.org/floods
            published: 2024-07-03
            ---
            # Floods displace thousands

            More than 40,000 people were **moved** to relief camps, officials said.
            """);

        var article = ArticleLoader.Load(path).Article!;

        article.Metadata.Should().Be(new ArticleMetadata("Floods displace thousands in Assam", "Example Herald", "https://example.org/floods", new DateOnly(2024, 7, 3)));
        article.Text.Should().Be("Floods displace thousands\n\nMore than 40,000 people were moved to relief camps, officials said.");
    }

    [Fact]
    public void Load_MarkdownLink_KeepsLinkTextOnly()
    {
        var path = _dir.Write("link.md", "The [UN refugee agency](https://example.org/unhcr) counted 8,000 arrivals.");

        ArticleLoader.Load(path).Article!.Text.Should().Be("The UN refugee agency counted 8,000 arrivals.");
    }

    [Fact]
    public void Load_FrontMatterWithBadDate_FailsNamingTheField()
    {
        var path = _dir.Write("bad.md", "---\npublished: last Tuesday\n---\nText.");

        ArticleLoader.Load(path).Failure!.Message.Should().Be("front matter 'published' is not a date (expected YYYY-MM-DD): 'last Tuesday'");
    }

    [Fact]
    public void Load_Sidecar_OverridesFrontMatterFieldByField()
    {
        var path = _dir.Write("wildfire.md", "---\noutlet: Old Outlet\ntitle: Wildfire spreads\n---\nThe fire has burned 12,000 hectares.");
        _dir.Write("wildfire.meta.yaml", "outlet: Valley Courier\npublished: 2023-08-10\n");

        var metadata = ArticleLoader.Load(path).Article!.Metadata;

        metadata.Should().Be(new ArticleMetadata("Wildfire spreads", "Valley Courier", null, new DateOnly(2023, 8, 10)));
    }

    [Fact]
    public void Load_Sources_WinOverSidecar()
    {
        var path = _dir.Write("vote.txt", "Turnout reached 61 percent, the commission said.");
        _dir.Write("vote.meta.yaml", "outlet: Sidecar Daily\n");
        ArticleSources.TryParse("vote:\n  outlet: Capital Post\n  url: https://example.org/vote\n", out var sources, out _).Should().BeTrue();

        var metadata = ArticleLoader.Load(path, sources).Article!.Metadata;

        metadata.Outlet.Should().Be("Capital Post");
        metadata.Url.Should().Be("https://example.org/vote");
    }

    [Fact]
    public void LoadText_HtmlOnStdin_IsStripped()
    {
        var result = ArticleLoader.LoadText("stdin", "-", "<p>Gaza: 1,200 trucks &amp; counting</p>");

        result.Article!.Text.Should().Be("Gaza: 1,200 trucks & counting");
        result.Article.Id.Should().Be("stdin");
    }
}
