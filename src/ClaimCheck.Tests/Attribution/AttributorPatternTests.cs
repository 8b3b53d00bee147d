using ClaimCheck.Attribution;
using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Attribution.AttributionTestKit;

namespace ClaimCheck.Tests.Attribution;

/// <summary>The shapes of attribution issue 9 asks for, each in sentences of several domains.</summary>
public class AttributorPatternTests
{
    [Theory]
    [InlineData("The London-based group said 43 journalists were in prison.", "43", "group", SourceKind.Monitor)]
    [InlineData("A Geneva-based charity said 3,000 families had received cash transfers.", "3,000", "charity", SourceKind.Expert)]
    [InlineData("According to a Nairobi-based watchdog, 112 people were killed by police last year.", "112", "watchdog", SourceKind.Monitor)]
    [InlineData("Militants killed 19 soldiers, a Sahel-based security analyst said.", "19", "security analyst", SourceKind.Expert)]
    [InlineData("The Brussels-based think tank estimated that 7 percent of the budget went to defence.", "7 percent", "think tank", SourceKind.Expert)]
    public void Attribute_XBasedSource_IsTheBodyNeverThePlace(string text, string figure, string name, SourceKind kind)
    {
        var source = SourceShouldBe(text, figure, name, kind);
        source.Owner.Should().BeNull("where a source sits does not own it");
    }

    [Theory]
    [InlineData("Ukrainian officials said 60 drones were launched overnight.", "60", "Ukrainian officials", SourceKind.Official, "Ukraine")]
    [InlineData("Kenyan police said 23 protesters were arrested in Nairobi.", "23", "Kenyan police", SourceKind.Official, "Kenya")]
    [InlineData("Ethiopian authorities put the number of displaced at 400,000.", "400,000", "Ethiopian authorities", SourceKind.Official, "Ethiopia")]
    [InlineData("Mexican prosecutors said 14 bodies were found in the ravine.", "14", "Mexican prosecutors", SourceKind.Official, "Mexico")]
    [InlineData("The flood damaged 12,000 homes, Brazil's civil defence agency said.", "12,000", "Brazil's civil defence agency", SourceKind.Government, "Brazil")]
    [InlineData("The governor of Texas said 8 counties were under evacuation orders.", "8 counties", "governor of Texas", SourceKind.Official, "Texas")]
    [InlineData("Nigerian officials said 31 students were freed.", "31", "Nigerian officials", SourceKind.Official, "Nigeria")]
    [InlineData("Lebanese health ministry figures show 2,500 people were killed.", "2,500", "Lebanese health ministry figures", SourceKind.Government, "Lebanon")]
    [InlineData("Residents of Goma said 30 people died overnight.", "30", "residents of Goma", SourceKind.Witness, "Goma")]
    [InlineData("Hospitals in Gaza reported 40 deaths overnight.", "40", "hospitals in Gaza", SourceKind.Official, "Gaza Strip")]
    public void Attribute_CountryAsAdjectiveOrOwner_GivesTheOfficialsWithTheCountryAsOwner(string text, string figure, string name, SourceKind kind, string owner)
    {
        var source = SourceShouldBe(text, figure, name, kind);
        source.Owner.Should().Be(owner);
        source.Chain.Should().NotContain(owner, "a place is never a source");
    }

    [Theory]
    [InlineData("At least 21 people died when the bus overturned, the governor said.", "21", "governor")]
    [InlineData("The regulator said the bank lacked capital, adding that 2 more lenders were under review.", "2 more", "regulator")]
    [InlineData("The ministry said on Tuesday that the drought had killed 1.4 million cattle.", "1.4 million", "ministry")]
    [InlineData("The fire spread to 800 hectares overnight, a firefighter told reporters.", "800", "firefighter")]
    [InlineData("The union estimates that 9,000 jobs are at risk.", "9,000", "union")]
    [InlineData("Turnout was 38 percent, the electoral commission said, citing provisional results.", "38", "electoral commission")]
    [InlineData("The coastguard said late on Friday that 61 migrants had been rescued.", "61", "coastguard")]
    [InlineData("Rescue teams found 3 survivors, officials said, adding that the search would continue.", "3 survivors", "officials")]
    public void Attribute_ReportingVerbBeforeOrAfterTheFigure_IsFound(string text, string figure, string name) =>
        SourceOf(text, figure).Name.Should().Be(name);

    [Theory]
    [InlineData("A UNHCR spokeswoman said 1.5 million people had crossed the border.", "1.5 million", "UN High Commissioner for Refugees", SourceKind.UnAgency, "")]
    [InlineData("Jane Doe, a spokeswoman for the World Food Programme, said 900,000 people faced hunger.", "900,000", "World Food Programme", SourceKind.UnAgency, "Jane Doe|World Food Programme")]
    [InlineData("An IOM spokesperson told reporters that 2,300 migrants had died at sea.", "2,300", "International Organization for Migration", SourceKind.UnAgency, "")]
    [InlineData("A spokesman for the Red Cross said 70 aid workers had been killed this year.", "70", "International Committee of the Red Cross", SourceKind.Expert, "")]
    [InlineData("Pentagon spokesman Pat Ryder said 900 troops would be deployed.", "900", "Pentagon", SourceKind.Government, "Pat Ryder|Pentagon")]
    [InlineData("\"We counted 44 strikes,\" said Amira Khalil, a spokeswoman for the UN human rights office.", "44", "UN Human Rights Office", SourceKind.UnAgency, "Amira Khalil|UN Human Rights Office")]
    [InlineData("According to a WHO spokesperson, 16 hospitals were no longer functioning.", "16", "World Health Organization", SourceKind.UnAgency, "")]
    public void Attribute_AgencySpokesperson_ResolvesToTheAgencyAndKeepsTheNamedPerson(string text, string figure, string name, SourceKind kind, string chain)
    {
        var source = SourceShouldBe(text, figure, name, kind);
        source.Chain.Should().Equal([.. (chain.Length == 0 ? [name] : chain.Split('|')), Outlet]);
    }

    [Theory]
    [InlineData("Reuters reported, citing two officials, that 40 soldiers were killed.", "40", "officials", "officials|Reuters")]
    [InlineData("The Associated Press, citing three people familiar with the matter, reported that the deal was worth $9 billion.", "9 billion", "people familiar with the matter", "people familiar with the matter|Associated Press")]
    [InlineData("According to Reuters, citing hospital sources, 18 people were wounded.", "18", "hospital sources", "hospital sources|Reuters")]
    [InlineData("Bloomberg, citing people with knowledge of the plans, said the company would cut 4,000 jobs.", "4,000", "people with knowledge of the plans", "people with knowledge of the plans|Bloomberg")]
    [InlineData("Sources close to the talks said 25 prisoners would be exchanged.", "25", "sources close to the talks", "sources close to the talks")]
    [InlineData("At least 18 people died, according to Al Jazeera, citing hospital officials.", "18", "hospital officials", "hospital officials|Al Jazeera")]
    [InlineData("The flood killed 31 people, according to Xinhua, citing local authorities.", "31", "local authorities", "local authorities|Xinhua")]
    public void Attribute_SourceQuotedByAnotherOutlet_KeepsTheChain(string text, string figure, string name, string chain)
    {
        var source = SourceOf(text, figure);
        source.Name.Should().Be(name);
        source.Chain.Should().Equal([.. chain.Split('|'), Outlet]);
    }

    [Theory]
    [InlineData("A UNHCR spokesman said 12,000 people crossed on Sunday.", "12,000", "UN High Commissioner for Refugees", SourceKind.UnAgency)]
    [InlineData("The army said 9 soldiers died, while local officials put the toll at 14.", "14", "local officials", SourceKind.Official)]
    [InlineData("Doctors at the main hospital said 63 wounded had been admitted.", "63", "doctors at the main hospital", SourceKind.Witness)]
    [InlineData("Economists expect the jobless rate to rise to 6 percent.", "6 percent", "economists", SourceKind.Expert)]
    [InlineData("Support for the plan fell to 41 percent, according to a poll by YouGov.", "41", "YouGov", SourceKind.Expert)]
    [InlineData("The ruling coalition claimed 54 percent of the vote.", "54", "ruling coalition", SourceKind.Expert)]
    [InlineData("The manager said the squad had run 115 km in the match.", "115", "manager", SourceKind.Official)]
    [InlineData("The Kenya Red Cross said 12 bodies were recovered from the river.", "12", "Kenya Red Cross Society", SourceKind.Expert)]
    [InlineData("The Pakistan Red Crescent said 1,100 tents were distributed.", "1,100", "Pakistan Red Crescent Society", SourceKind.Expert)]
    public void Attribute_ShapesMissedOnTheBlindSet_AreFound(string text, string figure, string name, SourceKind kind) =>
        SourceShouldBe(text, figure, name, kind);

    [Theory]
    [InlineData("The bridge is 1.2 km long.", "1.2")]
    [InlineData("Prices rose 3 percent in May.", "3")]
    [InlineData("The storm was reported to have killed 9 people.", "9")]
    [InlineData("An estimated 40,000 fans attended the parade.", "40,000")]
    [InlineData("About 200 people were said to be trapped under the rubble.", "200")]
    [InlineData("Officials are investigating how 12 prisoners escaped.", "12")]
    [InlineData("The company, which analysts say is worth $3 billion, employs 12,000 people.", "12,000")]
    [InlineData("The magnitude 6.1 quake was felt in Lima.", "6.1")]
    [InlineData("The team won 3-1 in front of 52,000 spectators.", "52,000")]
    [InlineData("A 19-year-old was charged with 4 counts of robbery.", "4 counts")]
    public void Attribute_NobodyStatesTheFigure_TheOutletDoes(string text, string figure)
    {
        var source = SourceOf(text, figure);
        source.Name.Should().Be(Outlet);
        source.Kind.Should().Be(SourceKind.Outlet);
        source.Cue.Should().BeNull();
        source.Chain.Should().Equal(Outlet);
        source.Display.Should().Be(Outlet);
    }

    [Fact]
    public void Attribute_NobodyStatesTheFigureAndNoOutletIsKnown_ShowsNoSourceNamedNotTheFileId()
    {
        var source = SourceOf("The dam holds 3.9 billion cubic metres of water.", "3.9", outlet: null);
        source.Display.Should().Be("the article (no source named)");
        source.Display.Should().Be(Source.NoSourceNamed);
        source.Name.Should().Be("test-article", "the article id stays the key that keeps articles apart");
        source.Kind.Should().Be(SourceKind.Outlet);
    }

    [Theory]
    [InlineData("The governor of Hatay said 212 bodies had been recovered.", "212", "the governor of Hatay")]
    [InlineData("Officials said 2,000 homes were damaged.", "2,000", "officials")]
    [InlineData("Reuters reported that 1,200 homes were destroyed.", "1,200", "Reuters")]
    [InlineData("Israeli strikes killed 38 people, the territory's health ministry said.", "38", "the territory's health ministry")]
    [InlineData("The union said 94 percent of members backed the strike.", "94", "the union")]
    [InlineData("Police said 45 people were arrested.", "45", "police")]
    [InlineData("Rainfall reached 300 mm, a meteorologist at the Met Office said.", "300", "the meteorologist at the Met Office")]
    [InlineData("Sources close to the talks said 25 prisoners would be exchanged.", "25", "sources close to the talks")]
    public void Display_NamesTheSourceAsASentenceWould(string text, string figure, string display) =>
        SourceOf(text, figure).Display.Should().Be(display);
}
