using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public sealed class PlainMarkdownTests
{
    [Fact]
    public void TryRead_FrontMatterAndParagraphs_GivesTheParagraphsAndTheYaml()
    {
        var accepted = PlainMarkdown.TryRead(
            "---\noutlet: Valley Courier\npublished: 2023-08-10\n---\nFires closed 3 roads.  \nCrews held the line.\n\n  \n\nRain is due on Friday, forecasters said ($2.1 million in damage). \n",
            out var text, out var yaml);

        accepted.Should().BeTrue();
        yaml.Should().Be("outlet: Valley Courier\npublished: 2023-08-10");
        text.Should().Be("Fires closed 3 roads.\nCrews held the line.\n\nRain is due on Friday, forecasters said ($2.1 million in damage).");
    }

    [Theory]
    [InlineData("Shares fell *12%* on Monday.")]
    [InlineData("Police [said](https://example.org) 3 men were held.")]
    [InlineData("# Storm update\n\nFerries were cancelled.")]
    [InlineData("Results:\n\n1. North: 12 seats")]
    [InlineData("The river rose 2 m.\n-----")]
    [InlineData("    indented = 99")]
    [InlineData("Rainfall hit 120&nbsp;mm.")]
    [InlineData("It landed at 10:42.\\\nCrews cheered.")]
    [InlineData("It landed at 10:42.\n  Crews cheered.")]
    [InlineData("---\ntitle: never closed\nThe fire burned 300 acres.")]
    [InlineData("The quake struck at dawn.\r\nRescuers arrived.")]
    public void TryRead_AnythingMarkdigMightReadOtherwise_IsLeftToMarkdig(string markdown)
    {
        PlainMarkdown.TryRead(markdown, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void TryRead_ManyGeneratedDocuments_GivesWhatMarkdigGivesWheneverItAccepts()
    {
        int accepted = 0, total = 0;
        foreach (var markdown in GeneratedDocuments())
        {
            total++;
            if (!PlainMarkdown.TryRead(markdown, out var text, out var yaml)) continue;
            accepted++;
            (text, yaml).Should().Be(MarkdownText.ReadWithMarkdig(markdown), "the fast path accepted {0}", Show(markdown));
        }
        // Not vacuous: a good share of the documents are plain enough to take the fast path.
        total.Should().BeGreaterThan(5000);
        accepted.Should().BeGreaterThan(total / 20);
    }

    private static readonly string[] FrontMatters =
    [
        "", "---\ntitle: A flood\noutlet: Daily Ledger\n---\n", "---\n---\n", "---\ntitle: A\n...\n", "---\ntitle: A\n--- \n",
        "---\ntitle: A\n----\n---\n", "---\ntitle: A\n", "--- \ntitle: A\n---\n", "---\n  indented: x\n\ttab: y\n---\n", "---\ntitle: A\n---",
        "\uFEFF---\ntitle: A\n---\n", "---\r\ntitle: A\r\n---\r\n", "---\ntitle: A   \n---\n", "---\n\ntitle: A\n\n---\n\n\n", "---\n...\n",
        "---\ntitle: A\n---\n---\n", "---\ntitle: *x*\n---\n", "\n---\ntitle: A\n---\n",
    ];

    private static readonly string[] Lines =
    [
        "The storm cut power to 3,000 homes.", "Officials said 12 people died.", "", "Crisis deepens in the north",
        "Price: $6.4 million (up 3%).", "Caf\u00e9 in Z\u00fcrich \u2013 \u201cquoted\u201d \u2014 dash", "'single' and \"double\" quotes",
        "http://example.org/a?b=c", "email@example.org", "a {brace} (paren) ;semi", "!bang", "emoji \U0001F642 here", "Q: what? A: this.",
        "# Heading", "## Heading ##", "#hashtag", "=====", "-----", "- item", "* item", "+ item", "1. first", "2) second", "3.5% of voters",
        "2025 was a hard year.", "1986. was", "123456789) x", "1234567890. y", "> quoted", "    indented code", "  two-space indent",
        "text with trailing  ", "text with trailing ", "   ", "Spaces after the last word.   ", "back\\", "*emph*", "_under_", "a_b_c", "~~gone~~", "x^2^", "++ins++", "==mark==",
        "a + b = c", "[link](http://x)", "![img](a.png)", "<b>bold</b>", "<div>", "&amp; entity", "AT&T", "a | b", "|---|---|", "`code`",
        "```", "~~~", "***", "___", "---", "...", "tab\there", "\ttabbed", "[ref]: http://x", "\u00a0nbsp start", "ends with nbsp\u00a0",
        "line\u2028sep", "form\ffeed", "nul\0char", "title: not front matter",
    ];

    private static readonly string[] Breaks = ["\n", "\n", "\n\n", "\n\n", "\n\n\n", "\r\n", ""];

    private static IEnumerable<string> GeneratedDocuments()
    {
        foreach (var frontMatter in FrontMatters)
            foreach (var line in Lines)
            {
                yield return frontMatter + line;
                yield return frontMatter + "The storm cut power to 3,000 homes.\n\n" + line + "\nCrews worked overnight.\n";
            }
        var random = new Random(20261204);
        for (int i = 0; i < 6000; i++)
        {
            var document = new System.Text.StringBuilder(FrontMatters[random.Next(FrontMatters.Length)]);
            int count = random.Next(1, 7);
            for (int l = 0; l < count; l++)
            {
                // Mostly plain lines, so that many documents are accepted and compared.
                document.Append(random.Next(3) == 0 ? Lines[random.Next(Lines.Length)] : Lines[random.Next(13)]);
                if (random.Next(6) == 0) document.Append(' ', random.Next(1, 4)); // soft, hard and trailing spaces
                document.Append(Breaks[random.Next(Breaks.Length)]);
            }
            yield return document.ToString();
        }
    }

    private static string Show(string text) => text.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
}
