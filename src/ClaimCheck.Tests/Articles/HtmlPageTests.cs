using ClaimCheck.Articles;
using ClaimCheck.Pipeline;

namespace ClaimCheck.Tests.Articles;

/// <summary>Real-looking pages of three outlet shapes: the story kept, the boxes around it dropped, the metadata read.</summary>
public sealed class HtmlPageTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string WirePage = """
        <!doctype html>
        <html lang="en"><head>
          <meta charset="utf-8">
          <title>Flood death toll rises to 41 in Rio Grande do Sul | Example Wire</title>
          <meta property="og:title" content="Flood death toll rises to 41 in Rio Grande do Sul">
          <meta property="og:site_name" content="Example Wire">
          <link rel="canonical" href="https://wire.example.com/world/americas/floods-2024-05-03/">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Example Wire","url":"https://wire.example.com/"},
            {"@type":"NewsArticle","headline":"Flood death toll rises to 41 in southern Brazil","datePublished":"2024-05-03T14:05:00Z",
             "dateModified":"2024-05-04T09:00:00Z","publisher":{"@type":"Organization","name":"Example Wire"}}]}
          </script>
        </head><body>
          <header class="site-header"><a href="/">Example Wire</a><nav><a href="/world">World</a><a href="/markets">Markets</a></nav></header>
          <div class="ticker" aria-label="Markets ticker">Ibovespa 128,000 +0.4%</div>
          <main id="main-content">
            <article>
              <header><h1>Flood death toll rises to 41 in southern Brazil</h1>
                <p class="byline">By A. Reporter</p><time datetime="2024-05-03T14:05:00Z">May 3, 2024</time></header>
              <div class="article-body">
                <p>At least 41 people have died in floods in the state of Rio Grande do Sul, the civil defence agency said on Friday.</p>
                <p>About 24,000 people have been forced from their homes, it said.</p>
                <div class="share-bar"><a href="#">Share on X</a> <span>1,204 shares</span></div>
                <p>Reporting by A. Reporter; editing by B. Editor</p>
              </div>
            </article>
            <section class="related-coverage"><h2>Related coverage</h2>
              <ul><li><a href="/a">Wildfires burn 12,000 hectares in Chile</a></li></ul></section>
          </main>
          <aside class="most-read"><h2>Most read</h2><ol><li>Stocks fall 3% as rates rise</li></ol></aside>
          <footer class="site-footer"><p>&copy; 2024 Example Wire. All rights reserved.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Load_WireStoryPage_KeepsTheStoryDropsNavTickerShareRelatedMostReadAndFooter()
    {
        var article = ArticleLoader.Load(_dir.Write("floods.html", WirePage)).Article!;

        article.Text.Should().Be(
            "Flood death toll rises to 41 in southern Brazil\n\nBy A. Reporter\n\nMay 3, 2024\n\n" +
            "At least 41 people have died in floods in the state of Rio Grande do Sul, the civil defence agency said on Friday.\n\n" +
            "About 24,000 people have been forced from their homes, it said.\n\n" +
            "Reporting by A. Reporter; editing by B. Editor");
        article.Metadata.Should().Be(new ArticleMetadata(
            "Flood death toll rises to 41 in southern Brazil", "Example Wire", "https://wire.example.com/world/americas/floods-2024-05-03/", new DateOnly(2024, 5, 3)));
    }

    [Fact]
    public void Analyze_WireStoryPage_NoClaimComesFromTheBoxes()
    {
        var article = ArticleLoader.Load(_dir.Write("floods.html", WirePage)).Article!;

        var analysis = new ClaimCheckPipelineBuilder().Build().Analyze(article);

        analysis.Quantities.Select(q => q.Text).Should().NotContain(t => t.Contains("12,000") || t.Contains("3%") || t.Contains("1,204") || t.Contains("128,000"));
        analysis.Quantities.Select(q => article.Text.Substring(q.Start, q.Length)).Should().Equal(analysis.Quantities.Select(q => q.Text));
    }

    [Fact]
    public void Analyze_WireStoryPage_ClaimsCarryThePublicationDateFromJsonLd()
    {
        var article = ArticleLoader.Load(_dir.Write("floods.html", WirePage)).Article!;

        var claims = new ClaimCheckPipelineBuilder().Build().Analyze(article).Claims;

        claims.Should().NotBeEmpty().And.OnlyContain(c => c.Published == new DateOnly(2024, 5, 3));
    }

    [Fact]
    public void Load_BlogPage_DateFromArticlePublishedTimeMastheadSidebarCommentsAndSiteInfoDropped()
    {
        var path = _dir.Write("rates.html", """
            <html><head>
            <meta name="viewport" content="width=device-width">
            <title>Why the central bank held rates at 5.25% &#8211; The Money Desk</title>
            <meta property="article:published_time" content="2023-11-02T07:30:00+09:00">
            <meta name="application-name" content="WordPress">
            </head>
            <body class="single-post">
            <div id="page">
              <div id="masthead"><p class="site-title">The Money Desk</p></div>
              <div id="content">
                <div class="entry-content">
                  <h2>Why the central bank held rates at 5.25%</h2>
                  <p>The bank kept its main rate at <em>5.25%</em> for a third meeting, and <strong>two of nine</strong> members voted for a cut.</p>
                  <ul><li>Inflation: 4.6% in September</li><li>Unemployment: 4.2%</li></ul>
                </div>
                <div id="comments" class="comments-area"><h3>3 thoughts on this post</h3><p>I think rates will be 6% by May.</p></div>
              </div>
              <div id="secondary" class="widget-area sidebar"><section class="widget"><h2>Popular posts</h2><p>Gold hits $2,000</p></section></div>
              <div class="site-info">Powered by WordPress</div>
            </div>
            </body></html>
            """);

        var article = ArticleLoader.Load(path).Article!;

        article.Text.Should().Be(
            "Why the central bank held rates at 5.25%\n\n" +
            "The bank kept its main rate at 5.25% for a third meeting, and two of nine members voted for a cut.\n\n" +
            "Inflation: 4.6% in September\n\nUnemployment: 4.2%");
        article.Metadata.Should().Be(new ArticleMetadata("Why the central bank held rates at 5.25% \u2013 The Money Desk", null, null, new DateOnly(2023, 11, 2)));
    }

    [Fact]
    public void Load_LivePageWithBoxes_KeepsEveryUpdateAndTheKeyFactsDropsTrendingAndNewsletter()
    {
        var path = _dir.Write("quake-live.html", """
            <!DOCTYPE html><html><head><title>Live: earthquake in central Turkey</title>
            <meta property="og:site_name" content="Daily Example"></head>
            <body>
            <div class="top-bar"><div class="trending"><span>Trending:</span> <a>Election results: 52% turnout</a></div></div>
            <main>
              <h1>Live: magnitude 6.1 earthquake strikes central Turkey</h1>
              <aside class="key-points"><h2>Key points</h2><ul><li>The quake struck at a depth of 10 km.</li></ul></aside>
              <article class="live-post"><time datetime="2024-08-10T19:40:00+03:00">19:40</time>
                <p>The disaster agency now says 22 buildings collapsed.</p></article>
              <article class="live-post"><time datetime="2024-08-10T19:05:00+03:00">19:05</time>
                <p>At least 11 people were injured, the health minister said.</p></article>
              <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Join 250,000 readers.</p><form><input type="email"></form></div>
              <section><h2>Most popular</h2><p>Striker signs for &pound;40m</p></section>
            </main>
            </body></html>
            """);

        var article = ArticleLoader.Load(path).Article!;

        article.Text.Should().Be(
            "Live: magnitude 6.1 earthquake strikes central Turkey\n\nKey points\n\nThe quake struck at a depth of 10 km.\n\n" +
            "19:40\n\nThe disaster agency now says 22 buildings collapsed.\n\n19:05\n\nAt least 11 people were injured, the health minister said.");
        article.Metadata.Should().Be(new ArticleMetadata("Live: earthquake in central Turkey", "Daily Example", null, new DateOnly(2024, 8, 10)));
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"ReportageNewsArticle\",\"datePublished\":\"2022-03-09\"}]</script>", 2022, 3, 9)]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2021-06-30\">", 2021, 6, 30)]
    [InlineData("<script type=\"application/ld+json\">{broken</script><meta name=\"parsely-pub-date\" content=\"2020-01-15T10:00:00Z\">", 2020, 1, 15)]
    public void Load_PublicationDate_FromEachUsualPlace(string head, int year, int month, int day)
    {
        var path = _dir.Write("page.html", $"<html><head>{head}</head><body><p>The marathon had 38,000 runners.</p></body></html>");

        ArticleLoader.Load(path).Article!.Metadata.Published.Should().Be(new DateOnly(year, month, day));
    }

    [Fact]
    public void Load_TimePubdate_WinsOverAnEarlierTimeInTheStory()
    {
        var path = _dir.Write("court.html", """
            <article><p>Updated <time datetime="2019-04-02">2 April</time></p>
            <p>Published <time pubdate datetime="2019-04-01T08:00">1 April</time></p>
            <p>The jury awarded $4.5 million in damages.</p></article>
            """);

        ArticleLoader.Load(path).Article!.Metadata.Published.Should().Be(new DateOnly(2019, 4, 1));
    }

    [Fact]
    public void Load_FirstTimeOfTheStory_SkipsTheDatesOfRelatedTeasers()
    {
        var path = _dir.Write("derby.html", """
            <html><body><main>
            <section class="related"><h2>Related</h2><p><time datetime="2018-09-01">1 Sep 2018</time> Last derby drew 48,000</p></section>
            <h1>City win the derby 2-1</h1><p><time datetime="2024-10-20T17:00:00+01:00">20 October 2024</time></p>
            <p>A crowd of 52,000 saw the late winner.</p>
            </main></body></html>
            """);

        var article = ArticleLoader.Load(path).Article!;

        article.Metadata.Published.Should().Be(new DateOnly(2024, 10, 20));
        article.Text.Should().Be("City win the derby 2-1\n\n20 October 2024\n\nA crowd of 52,000 saw the late winner.");
    }

    [Fact]
    public void Load_WrappersNamedLikeBoxes_AreKeptWhenTheyHoldTheStory()
    {
        // An ASP.NET page inside one form, and a layout class that mentions the sidebar it makes room for.
        var path = _dir.Write("budget.aspx.html", """
            <html><body><form id="aspnetForm" action="/news.aspx"><div class="layout layout--with-sidebar">
            <h1>Council approves a 4.1% rise in spending</h1>
            <p>The budget for 2025 is 212 million euros, up from 203.6 million.</p>
            <div class="sidebar"><h3>Popular now</h3><p>Tram fares rise by 10 cents</p></div>
            </div></form></body></html>
            """);

        ArticleLoader.Load(path).Article!.Text.Should().Be(
            "Council approves a 4.1% rise in spending\n\nThe budget for 2025 is 212 million euros, up from 203.6 million.");
    }

    [Fact]
    public void Load_TableOfThePopularVote_IsStoryNotABox()
    {
        var path = _dir.Write("election.html", """
            <article><h1>Results</h1><table class="popular-vote"><tr><th>Party</th><th>Share</th></tr>
            <tr><td>Labour</td><td>33.7%</td></tr></table><p>Turnout was 59.8%.</p></article>
            """);

        ArticleLoader.Load(path).Article!.Text.Should().Be("Results\n\nParty Share\n\nLabour 33.7%\n\nTurnout was 59.8%.");
    }

    [Fact]
    public void Load_InlineElementWithRelatedClass_StaysInTheSentence()
    {
        var path = _dir.Write("vote.html", "<p>Turnout was <a class=\"related-link\" href=\"/t\">61 percent</a>, the commission said.</p>");

        ArticleLoader.Load(path).Article!.Text.Should().Be("Turnout was 61 percent, the commission said.");
    }

    [Fact]
    public void Load_HiddenAndAriaHiddenElements_AreDropped()
    {
        var path = _dir.Write("storm.html", "<p>Winds reached 180 km/h.<span hidden>Ad: 50% off</span></p><div aria-hidden=\"true\">Sponsored: 2 for 1</div><p>Power was cut to 90,000 homes.</p>");

        ArticleLoader.Load(path).Article!.Text.Should().Be("Winds reached 180 km/h.\n\nPower was cut to 90,000 homes.");
    }
}
