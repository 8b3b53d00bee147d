using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Tests.Entities;

/// <summary>
/// A movement's full name, its acronym and its common name, and a leader's spellings, are one canonical entity, so that
/// claims about them meet under one key (issue 9, point 2).
/// </summary>
public class PartyAliasTests
{
    [Theory]
    [InlineData("The Islamic Resistance Movement said the talks had stalled.", "Islamic Resistance Movement", "Hamas")]
    [InlineData("Ansarallah fighters seized the ship.", "Ansarallah", "Houthis")]
    [InlineData("Houthi rebels fired a missile at the vessel.", "Houthi rebels", "Houthis")]
    [InlineData("Sudan's army retook the bridge on Friday.", "Sudan's army", "Sudanese Armed Forces")]
    [InlineData("The RSF shelled the market.", "RSF", "Rapid Support Forces")]
    [InlineData("The FARDC said it had repelled the attack.", "FARDC", "Armed Forces of the Democratic Republic of the Congo")]
    [InlineData("The Mouvement du 23 mars took the airport.", "Mouvement du 23 mars", "M23")]
    [InlineData("Fighters of the Alliance Fleuve Congo entered the town.", "Alliance Fleuve Congo", "Congo River Alliance")]
    [InlineData("The Izz ad-Din al-Qassam Brigades released a video.", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades")]
    [InlineData("The Gulf Clan controls the smuggling routes.", "Gulf Clan", "Clan del Golfo")]
    [InlineData("The Autodefensas Gaitanistas de Colombia denied the claim.", "Autodefensas Gaitanistas de Colombia", "Clan del Golfo")]
    [InlineData("Tsahal said the strike hit a weapons depot.", "Tsahal", "Israel Defense Forces")]
    [InlineData("The Israeli Defence Forces said the strike hit a weapons depot.", "Israeli Defence Forces", "Israel Defense Forces")]
    [InlineData("The Burmese military bombed the village.", "Burmese military", "Tatmadaw")]
    [InlineData("The TNLA captured the town.", "TNLA", "Ta'ang National Liberation Army")]
    [InlineData("The ENDF moved troops north.", "ENDF", "Ethiopian National Defense Force")]
    [InlineData("The G9 an Fanmi e Alye blocked the port road.", "G9 an Fanmi e Alye", "G9 Family and Allies")]
    [InlineData("The ISGS claimed the ambush.", "ISGS", "Islamic State Sahel Province")]
    [InlineData("The Baloch Liberation Army attacked the train.", "Baloch Liberation Army", "Balochistan Liberation Army")]
    public void Recognize_MovementNames_ResolveToOneEntity(string text, string written, string canonical) =>
        EntityTestKit.Single(text, written).Canonical.Should().Be(canonical);

    [Theory]
    [InlineData("El Chapo was extradited in 2017.", "Chapo", "Joaquin Guzman")]
    [InlineData("Syrsky said the line was holding.", "Syrsky", "Oleksandr Syrskyi")]
    [InlineData("Shoygu visited the front.", "Shoygu", "Sergei Shoigu")]
    [InlineData("Abdulmalik al-Houthi gave a televised speech.", "Abdulmalik al-Houthi", "Abdul-Malik al-Houthi")]
    [InlineData("Yahya Sarea read the statement.", "Yahya Sarea", "Yahya Saree")]
    [InlineData("General Tiani addressed the nation.", "Tiani", "Abdourahamane Tchiani")]
    [InlineData("Ismail Haniya met the mediators.", "Ismail Haniya", "Ismail Haniyeh")]
    [InlineData("Mohammad Deif was the target.", "Mohammad Deif", "Mohammed Deif")]
    public void Recognize_LeaderSpellings_ResolveToOnePerson(string text, string written, string canonical)
    {
        var mention = EntityTestKit.Mentions(text).Should().ContainSingle(e => e.Text.Contains(written, StringComparison.Ordinal)).Subject;
        mention.Canonical.Should().Be(canonical);
        mention.Kind.Should().Be(EntityKind.Person);
    }

    [Theory]
    [InlineData("Kizilay sent 300 tents.", "Kizilay", "Turkish Red Crescent", SourceKind.Expert)]
    [InlineData("FEMA opened 20 shelters.", "FEMA", "Federal Emergency Management Agency", SourceKind.Government)]
    [InlineData("The UNISDR report covers 2023.", "UNISDR", "UN Office for Disaster Risk Reduction", SourceKind.UnAgency)]
    [InlineData("The ONS published the data on Wednesday.", "ONS", "Office for National Statistics", SourceKind.Government)]
    [InlineData("The WMO confirmed the record.", "WMO", "World Meteorological Organization", SourceKind.UnAgency)]
    [InlineData("The BGS recorded the tremor.", "BGS", "British Geological Survey", SourceKind.Government)]
    [InlineData("The NCDC confirmed the outbreak.", "NCDC", "Nigeria Centre for Disease Control", SourceKind.Government)]
    [InlineData("The KPU announced the count.", "KPU", "General Elections Commission", SourceKind.Government)]
    [InlineData("Scotland Yard opened an inquiry.", "Scotland Yard", "Metropolitan Police", SourceKind.Government)]
    [InlineData("The Met Office issued a warning.", "Met Office", "Met Office", SourceKind.Government)]
    [InlineData("Stats SA released the figures.", "Stats SA", "Statistics South Africa", SourceKind.Government)]
    [InlineData("Magen David Adom treated the wounded.", "Magen David Adom", "Magen David Adom", SourceKind.Expert)]
    public void Recognize_AgencyAcronymsAndNames_ResolveWithTheirSourceKind(string text, string written, string canonical, SourceKind role)
    {
        var mention = EntityTestKit.Single(text, written);
        mention.Canonical.Should().Be(canonical);
        mention.Role.Should().Be(role);
    }

    [Fact]
    public void Recognize_FullNameAcronymAndCommonNameInOneArticle_GiveOneCanonicalName()
    {
        const string text = "The Rapid Support Forces (RSF) entered the town. The RSF said its fighters held the airport. "
                          + "Witnesses said the paramilitary Rapid Support Force looted the market.";
        var names = EntityTestKit.Mentions(text).Where(m => m.Kind == EntityKind.Organisation).Select(m => m.Canonical).Distinct();
        names.Should().Equal("Rapid Support Forces");
    }
}
