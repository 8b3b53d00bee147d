using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Attribution.AttributionTestKit;

namespace ClaimCheck.Tests.Attribution;

public class AttributorContextTests
{
    [Theory]
    [InlineData("Ukraine said it shot down 30 drones, while Russia claimed 45 were destroyed.", "30", "Ukraine")]
    [InlineData("Ukraine said it shot down 30 drones, while Russia claimed 45 were destroyed.", "45", "Russia")]
    [InlineData("Kyiv said 12 people were killed, but Moscow put the toll at 3.", "12", "Kyiv")]
    [InlineData("Kyiv said 12 people were killed, but Moscow put the toll at 3.", "3.", "Moscow")]
    [InlineData("Rebel commanders said they were 15 km from Kharkiv, and the Institute for the Study of War put them as close as 8 km.", "15", "Rebel commanders")]
    [InlineData("Rebel commanders said they were 15 km from Kharkiv, and the Institute for the Study of War put them as close as 8 km.", "8 km", "Institute for the Study of War")]
    [InlineData("The army said 40 militants were killed; the militants' spokesman said only 6 died.", "40", "army")]
    [InlineData("The army said 40 militants were killed; the militants' spokesman said only 6 died.", "6", "militants' spokesman")]
    public void Attribute_TwoSourcesInOneSentence_TheNearestCueWins(string text, string figure, string name) =>
        SourceOf(text, figure).Name.Should().Be(name);

    [Theory]
    [InlineData("The ministry denied reports that 300 soldiers had surrendered.", "300")]
    [InlineData("Russia's defence ministry denied reports that 50 tanks were lost near Avdiivka.", "50")]
    [InlineData("An estimated 20,000 people attended the rally in Caracas.", "20,000")]
    [InlineData("At least 12 people were reported killed in Goma.", "12")]
    [InlineData("Some 5,000 people were displaced and the UN said aid was blocked.", "5,000")]
    [InlineData("Bakhmut lies about 20 km from Kramatorsk.", "20")]
    [InlineData("There were reports that 200 fighters had crossed into Lebanon.", "200")]
    [InlineData("The earthquake, which officials said was the strongest in a century, destroyed 6,000 buildings.", "6,000")]
    public void Attribute_NoSpeakerOwnsTheFigure_TheOutletDoes(string text, string figure)
    {
        var source = SourceOf(text, figure);
        source.Name.Should().Be(Outlet);
        source.Kind.Should().Be(SourceKind.Outlet);
    }

    [Fact]
    public void Attribute_PronounInALaterSentence_ResolvesToThePerson()
    {
        var source = SourceOf("Tedros visited Port Sudan on Monday. He said 11 hospitals had been attacked since April.", "11");
        source.Name.Should().Be("Tedros Adhanom Ghebreyesus");
        source.Kind.Should().Be(SourceKind.UnAgency);
        source.Cue.Should().Be("said");
    }

    [Fact]
    public void Attribute_DefiniteDescription_ResolvesToTheMonitorNamedBefore()
    {
        var source = SourceOf("The Syrian Observatory for Human Rights reported heavy clashes near Idlib. The monitor added that 27 fighters were killed.", "27");
        source.Name.Should().Be("Syrian Observatory for Human Rights");
        source.Kind.Should().Be(SourceKind.Monitor);
    }

    [Theory]
    [InlineData("UNICEF warned of a measles outbreak in the camps. The agency added that 300 children were sick.", "300", "UNICEF")]
    [InlineData("Reuters saw the convoy leave Goma. The agency reported that 40 trucks crossed the border.", "40", "Reuters")]
    [InlineData("The Russian Defence Ministry published new footage. The ministry said 18 drones were destroyed.", "18", "Russian Defence Ministry")]
    [InlineData("The Tigray People's Liberation Front rejected the deal. The group said 600 fighters remained.", "600", "Tigray People's Liberation Front")]
    public void Attribute_DefiniteDescriptionOfAKind_ResolvesToTheBodyOfThatKind(string text, string figure, string name) =>
        SourceOf(text, figure).Name.Should().Be(name);

    [Fact]
    public void Attribute_SourceNamedTwoSentencesEarlier_StillSpeaks()
    {
        var source = SourceOf("UNHCR released new figures on Tuesday. The report covered the whole Sahel region. It said 3.2 million people were displaced across Mali, Burkina Faso and Niger.", "3.2 million");
        source.Name.Should().Be("UN High Commissioner for Refugees");
    }

    [Fact]
    public void Attribute_HeSaidAfterTwoPeople_PrefersTheOneWhoSpoke()
    {
        var source = SourceOf("President Erdogan told Guterres in a phone call that the war had entered a new phase. \"We have taken in 3 million refugees,\" he said.", "3 million");
        source.Name.Should().Be("Recep Tayyip Erdogan");
    }

    [Fact]
    public void Attribute_FigureInAQuote_BelongsToTheSpeakerAfterIt()
    {
        var source = SourceOf("\"We have counted 212 bodies so far,\" the governor of Hatay told reporters.", "212");
        source.Name.Should().Be("governor of Hatay");
        source.Kind.Should().Be(SourceKind.Official);
    }

    [Fact]
    public void Attribute_FigureInAQuoteIntroducedBeforeIt_BelongsToThatSpeaker()
    {
        var source = SourceOf("Oleh Syniehubov, the regional governor, said: \"At least 14 people were wounded in the strike.\"", "14");
        source.Name.Should().Be("Oleh Syniehubov");
        source.Kind.Should().Be(SourceKind.Official);
    }

    [Fact]
    public void Attribute_QuoteInsideAQuote_NamesTheInnerSpeakerThenTheOuter()
    {
        var source = SourceOf("\"The commander told us 'we lost 40 men in one night',\" the soldier said.", "40");
        source.Name.Should().Be("commander");
        source.Chain.Should().Equal("commander", "soldier", Outlet);
    }

    [Fact]
    public void Attribute_QuoteRunningOverTwoSentences_BelongsToTheSpeakerWhoOpenedIt()
    {
        var source = SourceOf("The mayor of Derna said: \"The city is in ruins. We have found 96 bodies on the beach.\"", "96");
        source.Name.Should().Be("mayor of Derna");
    }

    [Fact]
    public void Attribute_NumbersOutsideTheQuote_AreNotTheQuotedSpeakers()
    {
        var source = SourceOf("After 3 days of shelling, the mayor said: \"We have no water.\"", "3");
        source.Name.Should().Be("mayor");
    }
}
