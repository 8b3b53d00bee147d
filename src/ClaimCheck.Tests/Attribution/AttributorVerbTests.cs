using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Attribution.AttributionTestKit;

namespace ClaimCheck.Tests.Attribution;

public class AttributorVerbTests
{
    [Theory]
    [InlineData("Reuters reported that 1,200 homes were destroyed in the floods.", "1,200", "Reuters", SourceKind.NewsAgency)]
    [InlineData("UNICEF said 3,400 children had been separated from their families in Darfur.", "3,400", "UNICEF", SourceKind.UnAgency)]
    [InlineData("OCHA estimated that 1.2 million people needed food aid in Tigray.", "1.2 million", "UN Office for the Coordination of Humanitarian Affairs", SourceKind.UnAgency)]
    [InlineData("The International Organization for Migration warned that 60,000 migrants were stranded in Libya.", "60,000", "International Organization for Migration", SourceKind.UnAgency)]
    [InlineData("ACLED recorded 412 political violence events in Myanmar last month.", "412", "ACLED", SourceKind.Monitor)]
    [InlineData("Human Rights Watch documented at least 85 unlawful killings in El Geneina.", "85", "Human Rights Watch", SourceKind.Monitor)]
    [InlineData("Amnesty International has said 300 protesters were detained in Dhaka.", "300", "Amnesty International", SourceKind.Monitor)]
    [InlineData("The Kremlin claimed 1,500 Ukrainian soldiers were killed near Kursk.", "1,500", "Kremlin", SourceKind.Government)]
    [InlineData("The Israel Defense Forces said it struck 150 targets in Gaza overnight.", "150", "Israel Defense Forces", SourceKind.ArmedGroup)]
    [InlineData("Hamas announced that 20 hostages would be released on Sunday.", "20", "Hamas", SourceKind.ArmedGroup)]
    [InlineData("The Associated Press counted 3,000 displaced families in the camp.", "3,000", "Associated Press", SourceKind.NewsAgency)]
    [InlineData("The USGS put the magnitude at 7.8, with the epicentre near Gaziantep.", "7.8", "US Geological Survey", SourceKind.Government)]
    [InlineData("The Norwegian Refugee Council estimates that 10 million people have fled their homes in Sudan.", "10 million", "Norwegian Refugee Council", SourceKind.Expert)]
    [InlineData("The WHO has confirmed 1,200 cholera cases in Yemen since January.", "1,200", "World Health Organization", SourceKind.UnAgency)]
    [InlineData("Anadolu Agency reported 44 aftershocks above magnitude 4 in Hatay.", "44", "Anadolu Agency", SourceKind.NewsAgency)]
    [InlineData("The Independent National Electoral Commission said turnout was 27 percent.", "27", "Independent National Electoral Commission", SourceKind.Government)]
    [InlineData("Japan's Meteorological Agency said waves of up to 1.2 metres hit the coast.", "1.2", "Meteorological Agency", SourceKind.Government)]
    [InlineData("The Sudan Doctors Network said 32 civilians were killed in the market.", "32", "Sudan Doctors Network", SourceKind.Monitor)]
    [InlineData("The IPC warned that 500,000 people in Gaza faced catastrophic hunger.", "500,000", "Integrated Food Security Phase Classification", SourceKind.Monitor)]
    [InlineData("Xinhua said rescuers had pulled 38 survivors from the rubble.", "38", "Xinhua", SourceKind.NewsAgency)]
    [InlineData("Airwars tallied 1,100 civilian deaths from strikes on Raqqa.", "1,100", "Airwars", SourceKind.Monitor)]
    [InlineData("The Pentagon believes 3,000 North Korean troops are now in Kursk.", "3,000", "Pentagon", SourceKind.Government)]
    [InlineData("The Rapid Support Forces claimed to have killed 200 soldiers near El Obeid.", "200", "Rapid Support Forces", SourceKind.ArmedGroup)]
    [InlineData("Ukraine's State Emergency Service said 17 people were rescued from the building.", "17", "State Emergency Service of Ukraine", SourceKind.Government)]
    public void Attribute_NamedSubjectOfASpeechVerb_IsTheSource(string text, string figure, string name, SourceKind kind)
    {
        var source = SourceOf(text, figure);
        source.Name.Should().Be(name);
        source.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("At least 64 people died in the floods, according to the Myanmar military.", "64", "Tatmadaw", SourceKind.ArmedGroup)]
    [InlineData("According to UNHCR, 250,000 refugees crossed into Chad.", "250,000", "UN High Commissioner for Refugees", SourceKind.UnAgency)]
    [InlineData("Turnout reached 62 percent, according to the Election Commission of India.", "62", "Election Commission of India", SourceKind.Government)]
    [InlineData("Some 1,500 homes were destroyed, according to local officials.", "1,500", "local officials", SourceKind.Official)]
    [InlineData("The rebels were 15 km from Goma, according to AFP.", "15", "Agence France-Presse", SourceKind.NewsAgency)]
    [InlineData("The storm killed 23 people, according to figures from the National Disaster Management Authority.", "23", "National Disaster Management Authority", SourceKind.Government)]
    [InlineData("Nearly 900 people were arrested, citing data from the Assistance Association for Political Prisoners.", "900", "Assistance Association for Political Prisoners", SourceKind.Monitor)]
    [InlineData("At least 2,000 buildings collapsed in Kahramanmaras, according to AFAD estimates.", "2,000", "AFAD", SourceKind.Government)]
    public void Attribute_AccordingToOrCiting_NamesTheSourceAfterTheCue(string text, string figure, string name, SourceKind kind)
    {
        var source = SourceOf(text, figure);
        source.Name.Should().Be(name);
        source.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("Officials said 2,000 homes were damaged by the cyclone.", "2,000", "officials", SourceKind.Official)]
    [InlineData("A resident said 14 bodies lay in the street.", "14", "resident", SourceKind.Witness)]
    [InlineData("Witnesses told AFP that 30 aid trucks were looted.", "30", "witnesses", SourceKind.Witness)]
    [InlineData("A military monitor said 27 fighters were killed near Idlib.", "27", "military monitor", SourceKind.Monitor)]
    [InlineData("Hospital sources said 45 wounded were brought in overnight.", "45", "hospital sources", SourceKind.Official)]
    [InlineData("Firefighters said the blaze had burned 12,000 acres.", "12,000", "firefighters", SourceKind.Official)]
    [InlineData("The governor of Hatay said 212 bodies had been recovered.", "212", "governor of Hatay", SourceKind.Official)]
    [InlineData("Medics said 19 people died when the shelter was hit.", "19", "medics", SourceKind.Witness)]
    public void Attribute_UnnamedSource_GetsItsNounPhraseAndKind(string text, string figure, string name, SourceKind kind)
    {
        var source = SourceOf(text, figure);
        source.Name.Should().Be(name);
        source.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("Fighting has displaced 9,000 people in North Kivu, the UN said.", "9,000", "United Nations")]
    [InlineData("More than 700 people were killed, said Mohamed Ali, a doctor in Khartoum.", "700", "Mohamed Ali")]
    [InlineData("The flood destroyed 4,000 homes, officials in Sylhet said on Monday.", "4,000", "officials in Sylhet")]
    [InlineData("\"We need 300 more tents,\" said Fatima Nour, a camp manager.", "300", "Fatima Nour")]
    public void Attribute_ReportingClauseAfterTheFigure_IsTheSource(string text, string figure, string name) =>
        SourceOf(text, figure).Name.Should().Be(name);
}

public class AttributorMoreTests
{
    [Theory]
    [InlineData("\"We are seeing 2,000 new arrivals every day,\" UNHCR spokesperson Olga Sarrado told reporters in Geneva.", "2,000", "UN High Commissioner for Refugees")]
    [InlineData("Indonesia's General Elections Commission (KPU) said Prabowo Subianto won 58.6 percent of the vote.", "58.6", "General Elections Commission")]
    [InlineData("Rescuers joined local teams, state news agency MAP reported, adding that 2,059 people were injured.", "2,059", "MAP")]
    [InlineData("Volunteers with the Emergency Response Rooms (ERR) fed 5,000 people. ERR estimated that 300 families slept outside.", "300", "Emergency Response Rooms")]
    [InlineData("The Sudan Doctors Network reported new shelling on the camp. The group said 80 others were wounded.", "80", "Sudan Doctors Network")]
    [InlineData("Election officials in Georgia said 5.2 million ballots had been cast.", "5.2 million", "Election officials in Georgia")]
    [InlineData("The Bangladesh Election Commission put turnout at 40 percent.", "40", "Bangladesh Election Commission")]
    [InlineData("Brazil's civil defence agency said 580,000 people had been displaced in Rio Grande do Sul.", "580,000", "Brazil's civil defence agency")]
    [InlineData("Cal Fire officials estimated the fire had destroyed 6,000 structures.", "6,000", "Cal Fire officials")]
    [InlineData("A spokesman for the Houthis said 14 crew members were detained.", "14", "Houthis")]
    public void Attribute_OtherRegionsAndDomains_FindTheSource(string text, string figure, string name) =>
        AttributionTestKit.SourceOf(text, figure).Name.Should().Be(name);
}
