using ClaimCheck.Articles;
using ClaimCheck.Compare;
using ClaimCheck.Pipeline;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimCheck.Tests.Compare;

/// <summary>
/// Multi-article scenarios (Data/scenarios/*.yaml): agreeing sources, rounding, conversions, updates over days,
/// genuine contradictions and look-alike quantities that must not be compared. Each runs the whole pipeline.
/// </summary>
public class ScenarioTests
{
    public sealed class Scenario
    {
        public string Name { get; set; } = "";
        public List<ScenarioArticle> Articles { get; set; } = [];
        public List<ExpectedFlag> Expect { get; set; } = [];
        public override string ToString() => Name;
    }

    public sealed class ScenarioArticle
    {
        public string Id { get; set; } = "";
        public string? Outlet { get; set; }
        public string? Published { get; set; }
        public string Text { get; set; } = "";
    }

    public sealed class ExpectedFlag
    {
        public string Class { get; set; } = "";
        public List<string> Values { get; set; } = [];
    }

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "scenarios"), "*.yaml").Order(StringComparer.Ordinal))
            foreach (var s in Load(file))
                data.Add(Path.GetFileName(file), s.Name);
        return data;
    }

    private static List<Scenario> Load(string file) =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<List<Scenario>>(File.ReadAllText(file));

    [Theory]
    [MemberData(nameof(All))]
    public void Check_Scenario_FlagsExactlyWhatAReaderExpects(string file, string name)
    {
        var scenario = Load(Path.Combine(AppContext.BaseDirectory, "Data", "scenarios", file)).Single(s => s.Name == name);
        var articles = scenario.Articles.Select(a => new Article(a.Id, a.Text,
            new ArticleMetadata(Outlet: a.Outlet, Published: a.Published is null ? null : DateOnly.Parse(a.Published, System.Globalization.CultureInfo.InvariantCulture))));
        var report = ClaimCheckPipeline.Default.Check(articles);

        var actual = report.Discrepancies
            .Select(d => $"{Snake(d.Class)}: {string.Join(" | ", d.Claims.Select(c => c.Value.AsWritten).Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal);
        var expected = scenario.Expect
            .Select(e => $"{e.Class}: {string.Join(" | ", e.Values.Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal);
        actual.Should().Equal(expected, "claims found: " + string.Join("; ", report.Claims.Select(c => $"{c.Key} {c.Value.AsWritten} ({c.Source.Name})")));
    }

    private static string Snake(DiscrepancyClass c) =>
        string.Concat(c.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
