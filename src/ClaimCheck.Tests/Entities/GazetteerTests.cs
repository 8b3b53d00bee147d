using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Tests.Entities;

public class GazetteerTests
{
    private static readonly Gazetteer Shipped = Gazetteer.Default;

    [Fact]
    public void Default_EveryNameAndAlias_ResolvesToItsOwnEntry()
    {
        var wrong = Shipped.Entries
            .SelectMany(e => e.Names.Select(n => (Entry: e, Name: n)))
            .Where(x => Shipped.Resolve(x.Name) != x.Entry)
            .Select(x => $"{x.Name} -> {Shipped.Resolve(x.Name)?.Name ?? "(none)"} (expected {x.Entry.Name})")
            .ToList();
        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Default_NoTwoEntriesShareASpelling()
    {
        var clashes = Shipped.Entries
            .SelectMany(e => e.Names.Select(n => (Key: string.Join(' ', n.Split(' ', '-').Select(w => NameKey.Exact(w)).Where(w => w is not ("al" or "el"))), e.Name)))
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Name).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();
        clashes.Should().BeEmpty();
    }

    [Fact]
    public void Default_CoversSeveralRegionsAndSourceKinds()
    {
        Shipped.Entries.Should().HaveCountGreaterThan(300);
        foreach (var place in new[] { "Khartoum", "Kyiv", "Yangon", "Port-au-Prince", "Gaza Strip", "Goma", "Kabul" })
            Shipped.Resolve(place).Should().NotBeNull(place);
        Shipped.Entries.Select(e => e.SourceKind).Should().Contain([SourceKind.Monitor, SourceKind.UnAgency, SourceKind.NewsAgency, SourceKind.Outlet, SourceKind.ArmedGroup, SourceKind.Government]);
    }

    [Theory]
    [InlineData("al-Jolani", "Abu Mohammad al-Julani")]
    [InlineData("Golani", "Abu Mohammad al-Julani")]
    [InlineData("Deraa", "Daraa")]
    [InlineData("Talbisa", "Talbiseh")]
    [InlineData("Al-Rastan", "Rastan")]
    [InlineData("Erdoğan", "Recep Tayyip Erdogan")]
    [InlineData("Zaporozhye", "Zaporizhzhia")]
    [InlineData("Khartum", "Khartoum")]
    [InlineData("Omdurman", "Omdurman")]
    [InlineData("Umdurman", "Omdurman")]
    [InlineData("Kinchasa", "Kinshasa")]
    [InlineData("Maidugiri", "Maiduguri")]
    [InlineData("Mogadisho", "Mogadishu")]
    [InlineData("Qandahar", "Kandahar")]
    [InlineData("Hizbullah", "Hezbollah")]
    [InlineData("Huthis", "Houthis")]
    [InlineData("Tigrai", "Tigray")]
    [InlineData("Nasrullah", "Hassan Nasrallah")]
    [InlineData("Zelenskyy", "Volodymyr Zelensky")]
    [InlineData("Zelenskiy", "Volodymyr Zelensky")]
    [InlineData("Kassem", "Naim Qassem")]
    [InlineData("Agence France Presse", "Agence France-Presse")]
    [InlineData("U.N.", "United Nations")]
    [InlineData("World Food Program", "World Food Programme")]
    public void Resolve_SpellingVariant_ResolvesToTheCanonicalName(string written, string canonical) =>
        Shipped.Resolve(written)?.Name.Should().Be(canonical);

    [Theory]
    [InlineData("Irene")]
    [InlineData("Hani")]
    [InlineData("Homa Bay Road")]
    [InlineData("Nowhereville")]
    public void Resolve_UnrelatedName_ResolvesToNothing(string written) =>
        Shipped.Resolve(written).Should().BeNull();

    [Fact]
    public void FromYaml_UserEntries_ExtendTheShippedGazetteer()
    {
        const string yaml = """
            entries:
              - {name: Sudan Doctors Network, kind: organisation, type: monitor, source_kind: monitor, aliases: [SDN]}
              - {name: Tawila, kind: place, type: town}
            """;
        var extended = Shipped.Extend(Gazetteer.FromYaml(new StringReader(yaml)));
        extended.Resolve("SDN")!.SourceKind.Should().Be(SourceKind.Monitor);
        extended.Resolve("Tawila")!.Kind.Should().Be(EntityKind.Place);
        extended.Resolve("Khartoum").Should().NotBeNull();
        Shipped.Resolve("Tawila").Should().BeNull();
    }

    [Fact]
    public void FromYaml_EntryWithSameName_ReplacesTheShippedOne()
    {
        var extended = Shipped.Extend(Gazetteer.FromYaml(new StringReader("entries:\n  - {name: Reuters, kind: organisation, type: outlet, source_kind: outlet}\n")));
        extended.Resolve("Reuters")!.SourceKind.Should().Be(SourceKind.Outlet);
        extended.Entries.Count(e => e.Name == "Reuters").Should().Be(1);
    }

    [Theory]
    [InlineData("entries:\n  - {kind: place}\n")]
    [InlineData("entries:\n  - {name: X, kind: planet}\n")]
    [InlineData("entries: [ {name: X, kind: place\n")]
    public void FromYaml_MalformedFile_ThrowsFormatException(string yaml) =>
        FluentActions.Invoking(() => Gazetteer.FromYaml(new StringReader(yaml), "user.yaml")).Should().Throw<FormatException>().WithMessage("user.yaml*");
}
