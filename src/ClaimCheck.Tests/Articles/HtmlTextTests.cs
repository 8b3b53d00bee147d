using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public sealed class HtmlTextTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_Html_StripsMarkupDropsScriptDecodesEntitiesAndBreaksBlocks()
    {
        var path = _dir.Write("myanmar.html", """
            <!DOCTYPE html>
            <html><head>
              <title>Clashes in Sagaing &ndash; Example Wire</title>
              <meta property="og:site_name" content="Example Wire">
              <meta property="article:published_time" content="2024-02-14T08:30:00Z">
              <link rel="canonical" href="https://example.org/sagaing">
              <style>p { color: red }</style>
              <script>var figure = "999 killed";</script>
            </head>
            <body>
              <h1>Clashes in Sagaing</h1>
              <p>At least 30&nbsp;people were killed, the <b>army</b> said.<br>Residents fled&hellip;</p>
              <!-- an ad: 5,000 -->
              <ul><li>Item one</li><li>Item&#32;two</li></ul>
            </body></html>
            """);

        var article = ArticleLoader.Load(path).Article!;

        article.Text.Should().Be("Clashes in Sagaing\n\nAt least 30\u00a0people were killed, the army said.\nResidents fled\u2026\n\nItem one\n\nItem two");
        article.Metadata.Should().Be(new ArticleMetadata("Clashes in Sagaing \u2013 Example Wire", "Example Wire", "https://example.org/sagaing", new DateOnly(2024, 2, 14)));
        article.Id.Should().Be("myanmar");
    }

    [Fact]
    public void Load_HtmlWithOnlyMarkup_FailsAsNoText()
    {
        var path = _dir.Write("shell.htm", "<html><body><script>render()</script></body></html>");

        ArticleLoader.Load(path).Failure!.Message.Should().Be("no article text (only metadata or markup)");
    }

    [Fact]
    public void Load_HtmlLessThanInText_IsKeptAsText()
    {
        var path = _dir.Write("lt.html", "<p>Turnout was 3 < 5 points lower</p>");

        ArticleLoader.Load(path).Article!.Text.Should().Be("Turnout was 3 < 5 points lower");
    }
}
