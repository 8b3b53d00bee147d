using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Attribution.AttributionTestKit;

namespace ClaimCheck.Tests.Attribution;

public class AttributorChainTests
{
    [Fact]
    public void Attribute_AgencyCitingSources_NamesTheOriginFirst()
    {
        var source = SourceOf("Reuters, citing two security sources, said 40 soldiers were killed.", "40");
        source.Name.Should().Be("security sources");
        source.Kind.Should().Be(SourceKind.Official);
        source.Chain.Should().Equal("security sources", "Reuters", Outlet);
    }

    [Fact]
    public void Attribute_SourcesToldANewsAgency_ChainHasTheAgency()
    {
        var source = SourceOf("Iraqi and Syrian sources told Reuters that 300 fighters crossed the border.", "300");
        source.Name.Should().Be("Iraqi and Syrian sources");
        source.Chain.Should().Equal("Iraqi and Syrian sources", "Reuters", Outlet);
    }

    [Fact]
    public void Attribute_UnAgencyNamedThroughTheUn_ChainHasBoth()
    {
        var source = SourceOf("The UN's World Food Programme said 1.7 million people faced famine in Sudan.", "1.7 million");
        source.Name.Should().Be("World Food Programme");
        source.Kind.Should().Be(SourceKind.UnAgency);
        source.Chain.Should().Equal("World Food Programme", "United Nations", Outlet);
    }

    [Fact]
    public void Attribute_SpokesmanOfABody_TheBodySpeaksAndTheChainKeepsThePerson()
    {
        var source = SourceOf("Kremlin spokesman Dmitry Peskov told reporters that 200 drones were shot down.", "200");
        source.Name.Should().Be("Kremlin");
        source.Kind.Should().Be(SourceKind.Government);
        source.Chain.Should().Equal("Dmitry Peskov", "Kremlin", Outlet);
    }

    [Fact]
    public void Attribute_AccordingToDirectorOfAMonitor_ChainHasTheMonitor()
    {
        var source = SourceOf("According to SOHR director Rami Abdel Rahman, 30 fighters died in the assault.", "30");
        source.Name.Should().Be("Rami Abdel Rahman");
        source.Chain.Should().Equal("Rami Abdel Rahman", "Syrian Observatory for Human Rights", Outlet);
    }

    [Fact]
    public void Attribute_OutletQuotingOfficials_NamesTheOfficials()
    {
        var source = SourceOf("Al Jazeera, quoting hospital officials, reported 25 deaths in Rafah.", "25");
        source.Name.Should().Be("hospital officials");
        source.Chain.Should().Equal("hospital officials", "Al Jazeera", Outlet);
    }

    [Fact]
    public void Attribute_SpeakerAndCarrierInOneSentence_ChainEndsWithTheCarrier()
    {
        var source = SourceOf("The health ministry said 61 people were killed, according to the Associated Press.", "61");
        source.Name.Should().Be("health ministry");
        source.Chain.Should().Equal("health ministry", "Associated Press", Outlet);
    }

    [Fact]
    public void Attribute_PersonToldANewsAgency_KeepsThePersonAndTheAgency()
    {
        var source = SourceOf("Khaled, who lives on the outskirts of the city, told Agence France-Presse that 100 cars left overnight.", "100");
        source.Name.Should().Be("Khaled");
        source.Kind.Should().Be(SourceKind.Witness);
        source.Chain.Should().Equal("Khaled", "Agence France-Presse", Outlet);
    }

    [Fact]
    public void Attribute_NoOutletKnown_ChainStopsAtTheNamedSource()
    {
        var source = SourceOf("UNICEF said 3,400 children were missing.", "3,400", outlet: null);
        source.Chain.Should().Equal("UNICEF");
    }

    [Fact]
    public void Attribute_NoCueAndNoOutlet_FallsBackToTheArticleId()
    {
        var source = SourceOf("Bakhmut lies about 20 km from Kramatorsk.", "20", outlet: null);
        source.Name.Should().Be("test-article");
        source.Kind.Should().Be(SourceKind.Outlet);
        source.Cue.Should().BeNull();
    }
}
