using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public sealed class MarkdownTextTests
{
    private static string Text(string markdown) => MarkdownText.Read(markdown).Text;

    [Fact]
    public void Read_EmphasisInAllItsForms_KeepsTheWordsOnly()
    {
        Text("Shares fell *12%* after _weak_ results, **the company** said; __analysts__ expected ~~5%~~ ***3%***.")
            .Should().Be("Shares fell 12% after weak results, the company said; analysts expected 5% 3%.");
    }

    [Fact]
    public void Read_ListMarkers_AreDroppedEachItemAParagraph()
    {
        Text("Results by district:\n\n- North: 12,400 votes\n* South: 9,870 votes\n1. East: 3 seats\n2) West: 2 seats\n")
            .Should().Be("Results by district:\n\nNorth: 12,400 votes\n\nSouth: 9,870 votes\n\nEast: 3 seats\n\nWest: 2 seats");
    }

    [Fact]
    public void Read_CodeBlocks_AreLeftOutInlineCodeKeepsItsText()
    {
        Text("The model predicts `2.1 °C` of warming.\n\n```python\nwarming = 4.5  # not a claim\n```\n\n    indented = 99\n\nThe team used 40 years of data.")
            .Should().Be("The model predicts 2.1 °C of warming.\n\nThe team used 40 years of data.");
    }

    [Fact]
    public void Read_LinksImagesAndReferences_KeepOnlyTheLinkText()
    {
        Text("Police [said](https://example.org/p \"title\") 3 men were held. ![Scene, 2 km away](img.jpg) See <https://example.org/7>.\nAn [earlier report][r] gave 4.\n\n[r]: https://example.org/r")
            .Should().Be("Police said 3 men were held.  See .\nAn earlier report gave 4.");
    }

    [Fact]
    public void Read_HeadingsQuotesAndRules_KeepTheirWords()
    {
        Text("# Storm Ciarán\n\nSetext title\n------------\n\n> Gusts of 100 mph were recorded, the Met Office said.\n\n***\n\nFerries were cancelled.")
            .Should().Be("Storm Ciarán\n\nSetext title\n\nGusts of 100 mph were recorded, the Met Office said.\n\nFerries were cancelled.");
    }

    [Fact]
    public void Read_SoftAndHardLineBreaks_StayLineBreaks()
    {
        Text("The probe travelled 6.4 billion km\nover seven years.  \nIt landed at 10:42.")
            .Should().Be("The probe travelled 6.4 billion km\nover seven years.\nIt landed at 10:42.");
    }

    [Fact]
    public void Read_PipeTable_OneLinePerRowNoPipes()
    {
        Text("| Party | Seats |\n|---|---:|\n| Greens | 14 |\n| Liberals | 9 |\n\nCounting ended at midnight.")
            .Should().Be("Party Seats\nGreens 14\nLiberals 9\n\nCounting ended at midnight.");
    }

    [Fact]
    public void Read_RawHtmlAndEntities_TagsDroppedEntitiesDecoded()
    {
        Text("Rainfall hit 120&nbsp;mm <span class=\"x\">in</span> a day &mdash; a record.\n\n<div>The river rose 2 m.</div>\n\n<!-- 999 -->")
            .Should().Be("Rainfall hit 120\u00a0mm in a day \u2014 a record.\n\nThe river rose 2 m.");
    }

    [Fact]
    public void Read_FrontMatter_IsSplitFromTheBody()
    {
        var (text, yaml) = MarkdownText.Read("---\ntitle: Derby ends 2-2\npublished: 2024-03-10\n---\nA crowd of 52,000 watched.");

        text.Should().Be("A crowd of 52,000 watched.");
        yaml.Should().Be("title: Derby ends 2-2\npublished: 2024-03-10");
    }

    [Fact]
    public void Read_UnclosedFrontMatter_IsAParagraphNotMetadata()
    {
        var (text, yaml) = MarkdownText.Read("---\nThe fire burned 300 acres.");

        yaml.Should().BeNull();
        text.Should().Be("The fire burned 300 acres.");
    }
}

public sealed class MarkdownArticleTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Analyze_MarkdownWithEmphasisAndLists_QuotesHoldNoMarkup()
    {
        var path = _dir.Write("wildfire.md", """
            ---
            outlet: Valley Courier
            published: 2023-08-10
            ---
            ## Wildfire update

            - **More than 2,000 people** were _evacuated_ from Lahaina, the county said.
            - The fire is [about 15 km](https://example.org/map) from Kapalua, officials said.
            """);
        var article = ArticleLoader.Load(path).Article!;

        var analysis = new ClaimCheck.Pipeline.ClaimCheckPipelineBuilder().Build().Analyze(article);

        article.Text.Should().Be("Wildfire update\n\nMore than 2,000 people were evacuated from Lahaina, the county said.\n\nThe fire is about 15 km from Kapalua, officials said.");
        analysis.Quantities.Select(q => q.Text).Should().Contain(["More than 2,000 people", "about 15 km"]);
        analysis.Claims.Should().NotBeEmpty();
        analysis.Claims.Should().OnlyContain(c => !c.Evidence.Quote.Contains('*') && !c.Evidence.Quote.Contains('_') && !c.Evidence.Quote.Contains("]("));
    }
}
