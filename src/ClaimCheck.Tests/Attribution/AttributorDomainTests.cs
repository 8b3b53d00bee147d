using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Attribution.AttributionTestKit;

namespace ClaimCheck.Tests.Attribution;

/// <summary>Disasters, protests and elections: sentences shaped unlike the war reports the rules grew from.</summary>
public class AttributorDomainTests
{
    [Theory]
    [InlineData("The death toll from the floods in Libya has risen to 11,300, the Libyan Red Crescent said, while the WHO put the number of recovered bodies at 3,958.", "11,300", "Libyan Red Crescent")]
    [InlineData("The death toll from the floods in Libya has risen to 11,300, the Libyan Red Crescent said, while the WHO put the number of recovered bodies at 3,958.", "3,958", "World Health Organization")]
    [InlineData("Police said they arrested 45 people during the protests in Nairobi, but rights groups said the number was closer to 300.", "45", "police")]
    [InlineData("Police said they arrested 45 people during the protests in Nairobi, but rights groups said the number was closer to 300.", "300", "rights groups")]
    [InlineData("At least 150 people were killed when the ferry capsized on Lake Kivu, a provincial official told AFP.", "150", "provincial official")]
    [InlineData("In a statement, the ministry said 1,400 schools had been damaged.", "1,400", "ministry")]
    [InlineData("The Election Commission announced that the ruling party had won 72 of 120 seats, a result the opposition rejected.", "72", "Election Commission")]
    [InlineData("Around 60 percent of the city is without power, Mayor Klitschko wrote on Telegram.", "60", "Klitschko")]
    [InlineData("According to a UN report released on Friday, 25,000 children have been killed or maimed.", "25,000", "United Nations")]
    [InlineData("Data from the Ministry of Health shows that 2,300 people have died of cholera since January.", "2,300", "Ministry of Health")]
    [InlineData("The figure, first reported by Reuters, was later confirmed by the army: 18 soldiers had died.", "18", "army")]
    [InlineData("Pollsters at Datafolha estimated that 48 percent of voters backed the president.", "48", "pollsters at Datafolha")]
    [InlineData("The National Hurricane Center said winds of up to 250 km/h were expected when the storm reaches Florida.", "250", "National Hurricane Center")]
    [InlineData("The wildfire has burned 23,000 hectares, Greece's fire service said on Sunday.", "23,000", "Greece's fire service")]
    [InlineData("Seismologists at the Kandilli Observatory recorded 1,100 aftershocks in the first day.", "1,100", "seismologists at the Kandilli Observatory")]
    [InlineData("The toll rose to 1,200, according to the latest figures from the health ministry.", "1,200", "health ministry")]
    [InlineData("Human Rights Watch's latest report, released on Monday, says 200 civilians were executed in Tigray.", "200", "Human Rights Watch")]
    [InlineData("Residents, speaking on condition of anonymity, said 20 houses were burned.", "20", "residents")]
    [InlineData("The toll stood at 87, according to the most recent data by the Philippine disaster agency.", "87", "Philippine disaster agency")]
    [InlineData("A UN agency said 300 trucks were waiting at the Rafah crossing.", "300", "UN agency")]
    public void Attribute_DomainSentence_FindsTheSource(string text, string figure, string name) =>
        SourceOf(text, figure).Name.Should().Be(name);

    [Fact]
    public void Attribute_ConfirmedByAfterReportedBy_ChainsBoth()
    {
        var source = SourceOf("The figure, first reported by Reuters, was later confirmed by the army: 18 soldiers had died.", "18");
        source.Kind.Should().Be(SourceKind.ArmedGroup);
        source.Chain.Should().Equal("army", "Reuters", Outlet);
    }

    [Theory]
    [InlineData("The toll stood at 87, according to the most recent data by the Philippine disaster agency.", "87", SourceKind.Government)]
    [InlineData("A UN agency said 300 trucks were waiting at the Rafah crossing.", "300", SourceKind.UnAgency)]
    [InlineData("Residents, speaking on condition of anonymity, said 20 houses were burned.", "20", SourceKind.Witness)]
    public void Attribute_UnnamedBody_KindFollowsWhatItBelongsTo(string text, string figure, SourceKind kind) =>
        SourceOf(text, figure).Kind.Should().Be(kind);
}
