using ClaimCheck.Attribute;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Tests.Entities;

namespace ClaimCheck.Tests.Attribute;

public class SubjectFinderTests
{
    private static (Party? Party, string? Place) Subject(string text, string figure)
    {
        var document = EntityTestKit.Document(text);
        var entities = EntityRecognizer.Default.Recognize(document);
        int at = document.NormalizedText.IndexOf(figure, StringComparison.Ordinal);
        var sentence = document.SentenceAt(at)!;
        return (SubjectFinder.PartyBefore(document, entities, sentence, at),
            SubjectFinder.PlaceAfter(document, entities, sentence, at + figure.Length)?.Canonical);
    }

    [Theory]
    [InlineData("Russian troops were 5 km from Pokrovsk on Monday.", "5 km", "government forces", "Pokrovsk")]
    [InlineData("M23 fighters advanced to within 20 km of Bukavu.", "20 km", "M23", "Bukavu")]
    [InlineData("The front line now runs 12 km east of Kupiansk.", "12 km", "front line", "Kupiansk")]
    [InlineData("Insurgents came within 30 kilometres of Mocimboa da Praia.", "30 kilometres", "rebels", "Mocimboa da Praia")]
    public void PartyBeforeAndPlaceAfter_DistanceSentence_FindBothRoles(string text, string figure, string party, string place)
    {
        var (p, where) = Subject(text, figure);
        p!.Value.Canonical.Should().Be(party);
        where.Should().Be(place);
    }

    [Fact]
    public void PartyBefore_PronounInALaterSentence_ResolvesToTheGroupNamedEarlier()
    {
        var (p, where) = Subject("The Arakan Army pressed its offensive on Sittwe. By Friday they were 8 km from the city of Sittwe.", "8 km");
        p!.Value.Canonical.Should().Be("Arakan Army");
        where.Should().Be("Sittwe");
    }

    [Fact]
    public void CaptureIn_GroupCapturedATown_GivesActorAndTarget()
    {
        var document = EntityTestKit.Document("Rwanda-backed M23 rebels captured the town of Masisi on Sunday.");
        var capture = SubjectFinder.CaptureIn(document, EntityRecognizer.Default.Recognize(document), document.Sentences[0]);
        capture!.Value.Actor.Canonical.Should().Be("M23");
        capture.Value.Target.Should().Be("Masisi");
    }
}
