using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Attribution.AttributionTestKit;

namespace ClaimCheck.Tests.Attribution;

public class AttributorAppositionTests
{
    [Theory]
    [InlineData("Hamas's armed wing, the Qassam Brigades, claimed its fighters destroyed 12 vehicles near Jabalia.", "12", "Qassam Brigades", SourceKind.ArmedGroup)]
    [InlineData("The UN agency for Palestinian refugees, UNRWA, said 1.9 million people had been displaced.", "1.9 million", "UNRWA", SourceKind.UnAgency)]
    [InlineData("Russian forces advanced to within 3 km of Pokrovsk, according to DeepState, a Ukrainian analytical group.", "3 km", "DeepState", SourceKind.Monitor)]
    [InlineData("Ukraine's General Staff said its troops repelled 52 attacks over the past day.", "52", "General Staff", SourceKind.ArmedGroup)]
    [InlineData("Gregory Waters, an analyst at the Middle East Institute, said 5,000 soldiers had deserted.", "5,000", "Gregory Waters", SourceKind.Expert)]
    [InlineData("Israeli strikes killed at least 38 people across Gaza on Tuesday, the territory's health ministry said.", "38", "territory's health ministry", SourceKind.Government)]
    public void Attribute_AppositionBesideTheSubject_NamesTheRightSource(string text, string figure, string name, SourceKind kind)
    {
        var source = SourceOf(text, figure);
        source.Name.Should().Be(name);
        source.Kind.Should().Be(kind);
    }

    [Fact]
    public void Attribute_SecondSentenceOfAnOfficial_IsStillTheOfficial()
    {
        var source = SourceOf("Governor Vyacheslav Gladkov said on Telegram that two civilians were killed. He added that 15 homes were damaged.", "15");
        source.Name.Should().Be("Vyacheslav Gladkov");
        source.Kind.Should().Be(SourceKind.Official);
        source.Cue.Should().Be("added");
    }

    [Fact]
    public void Attribute_TwoSpeakersJoinedByWhile_EachOwnsHisFigure()
    {
        const string text = "Zelensky said the country needed at least 25 more air defence systems, while Kyiv's mayor Vitali Klitschko warned that 30 percent of the city's power had been lost.";
        SourceOf(text, "25").Name.Should().Be("Volodymyr Zelensky");
        SourceOf(text, "30 percent").Name.Should().Be("Vitali Klitschko");
    }
}
