using System.Text;
using ClaimCheck.Articles;
using YamlDotNet.Core;

namespace ClaimCheck.Tests.Articles;

public sealed class FlatMetadataTests
{
    [Fact]
    public void TryRead_FlatFrontMatter_ReadsTheFiveFieldsAndIgnoresOthers()
    {
        var accepted = FlatMetadata.TryRead(
            "id: floods-07\ntitle: Crisis deepens, again\noutlet: Daily Ledger   \nauthor: Staff\n\nurl: https://example.org/a?b=1#top\npublished: 2025-04-09\n",
            out var fields);

        accepted.Should().BeTrue();
        fields!.Id.Should().Be("floods-07");
        fields.Title.Should().Be("Crisis deepens, again");
        fields.Outlet.Should().Be("Daily Ledger");
        fields.Url.Should().Be("https://example.org/a?b=1#top");
        fields.Published.Should().Be("2025-04-09");
    }

    [Theory]
    [InlineData("title: \"Floods: the toll\"")]
    [InlineData("title: Floods: the toll")]
    [InlineData("title: Floods # draft")]
    [InlineData("title: >\n  Floods")]
    [InlineData("title: Floods\n  in the north")]
    [InlineData("title: A\ntitle: B")]
    [InlineData("outlet: null")]
    [InlineData("outlet: [a, b]")]
    [InlineData("# a comment\ntitle: A")]
    [InlineData("Title: A")]
    [InlineData("just a line")]
    [InlineData("")]
    public void TryRead_AnythingButPlainFlatLines_IsLeftToTheYamlParser(string yaml)
    {
        FlatMetadata.TryRead(yaml, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("title: Floods: the toll", "not valid YAML at line 1: ")]
    [InlineData("published: yesterday-ish", "'published' is not a date (expected YYYY-MM-DD): 'yesterday-ish'")]
    public void TryParse_BadMetadata_FailsAsBefore(string yaml, string problem)
    {
        MetadataYaml.TryParse(yaml, out _, out var found).Should().BeFalse();
        found.Should().StartWith(problem);
    }

    [Fact]
    public void TryRead_ManyGeneratedDocuments_GivesWhatTheDeserializerGivesWheneverItAccepts()
    {
        int accepted = 0, total = 0;
        foreach (var yaml in GeneratedDocuments())
        {
            total++;
            if (!FlatMetadata.TryRead(yaml, out var fast)) continue;
            accepted++;
            MetadataYaml.Fields? slow = null;
            var parse = () => slow = MetadataYaml.Deserialize(yaml);
            parse.Should().NotThrow<YamlException>("the fast path accepted {0}", Show(yaml));
            (fast!.Id, fast.Title, fast.Outlet, fast.Url, fast.Published).Should()
                .Be((slow!.Id, slow.Title, slow.Outlet, slow.Url, slow.Published), "the fast path accepted {0}", Show(yaml));
        }
        total.Should().BeGreaterThan(5000);
        accepted.Should().BeGreaterThan(total / 10);
    }

    private static readonly string[] Keys = ["id", "title", "outlet", "url", "published", "author", "Title", "tags", "x_y", "2bad", " title", "url2"];

    private static readonly string[] Values =
    [
        "Crisis deepens", "2025-04-09", "2025-04-09T10:00:00Z", "https://example.org/a?b=1#frag", "Daily Ledger", "a, b", "a#b", "a:b",
        "", "null", "~", "Null", "NULL", "true", "yes", "123", "0x1F", "1e3", ".inf", "'quoted'", "\"dq\"", "a: b", "a #c", "[a, b]",
        "{a: 1}", "&anchor x", "*alias", "!tag x", "|", ">", "-5", "- item", "?q", "%x", "@x", "`x", "Caf\u00e9 \u201cx\u201d",
        "trailing   ", "x\ty", "x\u2028y", "x\u0085y", ",comma", "[x] y", "y [x]", ":x", "x:", "\u00a0x", "x\ufeffy", "emoji \U0001F642",
        "<b>", "=", "a = b", "<<", "...", "---", "a...", "x \\n y", "2025-04-09 # draft", "off",
    ];

    private static readonly string[] Separators = [": ", ": ", ":  ", ":", " : "];

    private static IEnumerable<string> GeneratedDocuments()
    {
        foreach (var key in Keys)
            foreach (var value in Values)
                yield return key + ": " + value + "\n";
        var random = new Random(20261205);
        for (int i = 0; i < 6000; i++)
        {
            var yaml = new StringBuilder();
            int count = random.Next(1, 6);
            for (int l = 0; l < count; l++)
            {
                int shape = random.Next(20);
                if (shape == 0) yaml.Append("  continued line");
                else if (shape == 1) yaml.Append("# comment");
                else if (shape == 2) yaml.Append("");
                else
                {
                    yaml.Append(random.Next(3) == 0 ? Keys[random.Next(Keys.Length)] : Keys[random.Next(5)]);
                    yaml.Append(Separators[random.Next(Separators.Length)]);
                    yaml.Append(random.Next(3) == 0 ? Values[random.Next(Values.Length)] : Values[random.Next(8)]);
                }
                yaml.Append(random.Next(6) == 0 ? "\r\n" : "\n");
            }
            yield return yaml.ToString();
        }
    }

    private static string Show(string text) => text.Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
}
