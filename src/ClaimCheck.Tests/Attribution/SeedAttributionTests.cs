using ClaimCheck.Attribution;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Segment;
using ClaimCheck.Tests.Entities;

namespace ClaimCheck.Tests.Attribution;

/// <summary>The acceptance cases of the sample articles in seeds/: every figure with its source and subject.</summary>
public class SeedAttributionTests
{
    private sealed record Seed(SegmentedArticle Document, IReadOnlyList<EntityMention> Entities)
    {
        public int At(string figure) => Document.NormalizedText.IndexOf(figure, StringComparison.Ordinal);

        public Source SourceOf(string figure)
        {
            int at = At(figure);
            at.Should().BeGreaterThan(0);
            return Attributor.Default.Attribute(Document, Entities, Document.SentenceAt(at)!, at);
        }
    }

    private static Seed Load(string file, string? outlet = null)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file));
        var document = EntityTestKit.Document(text, outlet, Path.GetFileNameWithoutExtension(file));
        return new Seed(document, EntityRecognizer.Default.Recognize(document));
    }

    [Fact]
    public void Seed001_HtsAndObservatoryDistances_EachHasItsOwnSourceAndTheSameSubject()
    {
        var seed = Load("001_e75a63f9a3994d58.txt");
        var hts = seed.SourceOf("20 km");
        hts.Name.Should().Be("Hayat Tahrir al-Sham");
        hts.Kind.Should().Be(SourceKind.ArmedGroup);
        var sohr = seed.SourceOf("10 km.");
        sohr.Name.Should().Be("Syrian Observatory for Human Rights");
        sohr.Kind.Should().Be(SourceKind.Monitor);

        // Subjects in their roles (party, target) are checked on the built claims in Pipeline/SeedAcceptanceTests.
    }

    [Fact]
    public void Seed002_RebelsTenKilometresFromTheCity_IsTheAssociatedPress()
    {
        var seed = Load("002_4d54abe0e811d1f3.txt");
        var ap = seed.SourceOf("10 kilometers");
        ap.Name.Should().Be("Associated Press");
        ap.Kind.Should().Be(SourceKind.NewsAgency);
        ap.Cue.Should().Be("according to");
    }

    [Fact]
    public void Seed002_FiftyThousandDisplaced_IsTheUnitedNations()
    {
        var un = Load("002_4d54abe0e811d1f3.txt").SourceOf("50,000");
        un.Name.Should().Be("United Nations");
        un.Kind.Should().Be(SourceKind.UnAgency);
    }

    [Fact]
    public void Seed004_DisplacedByTheEscalation_IsTheWorldFoodProgramme()
    {
        var wfp = Load("004_558042633266138b.txt", "Example Wire").SourceOf("280,000");
        wfp.Name.Should().Be("World Food Programme");
        wfp.Kind.Should().Be(SourceKind.UnAgency);
        wfp.Chain.Should().Equal("World Food Programme", "United Nations", "Example Wire");
    }

    [Fact]
    public void Seed004_DistanceStatedWithoutCue_IsTheArticlesOutlet()
    {
        var seed = Load("004_558042633266138b.txt");
        var own = seed.SourceOf("40 km");
        own.Name.Should().Be("004_558042633266138b");
        own.Kind.Should().Be(SourceKind.Outlet);
        var sentence = seed.Document.SentenceAt(seed.At("40 km"))!;
        seed.Entities.Where(e => e.Kind == EntityKind.Place && sentence.Span.Contains(e.Span.Start)).Select(p => p.Canonical).Should().Equal("Homs", "Hama");
    }

    [Fact]
    public void Seeds_LeaderSpellings_ShareOneCanonicalName()
    {
        var names = new[] { "003_a80db6b9d37bcb44.txt", "004_558042633266138b.txt" }
            .SelectMany(f => Load(f).Entities)
            .Where(e => e.Text.Contains("Julani") || e.Text.Contains("Jolani"))
            .Select(e => e.Canonical).Distinct();
        names.Should().Equal("Abu Mohammad al-Julani");
    }

    [Fact]
    public void Seeds_EveryMention_ConnectsToItsTextSpan()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var seed = Load(Path.GetFileName(file));
            foreach (var e in seed.Entities)
                e.Span.Slice(seed.Document.Article.Text).Should().Be(e.Text);
        }
    }
}
