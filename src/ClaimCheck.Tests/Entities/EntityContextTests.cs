using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Entities.EntityTestKit;

namespace ClaimCheck.Tests.Entities;

public class EntityContextTests
{
    [Theory]
    [InlineData("Rescue teams arrived, state news agency MAP reported.", "MAP", SourceKind.NewsAgency)]
    [InlineData("Independent monitor Perludem said it had received 300 complaints.", "Perludem", SourceKind.Monitor)]
    [InlineData("The figures were published by the newspaper Kommersant on Friday.", "Kommersant", SourceKind.Outlet)]
    [InlineData("The charity Islamic Relief said 40 trucks were waiting at the crossing.", "Islamic Relief", SourceKind.Expert)]
    [InlineData("Members of the militia Imbonerakure were seen near the border.", "Imbonerakure", SourceKind.ArmedGroup)]
    public void Recognize_UnknownNameAfterADescriptor_IsThatKindOfOrganisation(string sentence, string written, SourceKind role)
    {
        var e = Single(sentence, written);
        e.Kind.Should().Be(EntityKind.Organisation);
        e.Role.Should().Be(role);
    }

    [Fact]
    public void Recognize_UnknownNameTheArticleAbbreviates_IsAnOrganisationAndSoIsItsAbbreviation()
    {
        var found = Mentions("Volunteers with the Emergency Response Rooms (ERR) fed 5,000 people. ERR said supplies were running out.");
        found.Where(e => e.Canonical == "Emergency Response Rooms").Select(e => e.Text).Should().Equal("Emergency Response Rooms", "ERR", "ERR");
        found.Should().OnlyContain(e => e.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void Recognize_OrganisationAbbreviatedInItsOwnLanguage_LinksTheAbbreviation()
    {
        var found = Mentions("Indonesia's General Elections Commission (KPU) released the count. The KPU said turnout was 81.8 percent.");
        found.Where(e => e.Text == "KPU").Should().HaveCount(2).And.OnlyContain(e => e.Canonical == "General Elections Commission");
    }

    [Theory]
    [InlineData("Shelling resumed near Huliaipole, regional officials said.", "Huliaipole")]
    [InlineData("The cyclone made landfall near Beira, killing 12.", "Beira")]
    [InlineData("Protesters marched through Nairobi on Tuesday.", "Nairobi")]
    [InlineData("The water reached the streets of Porto Alegre overnight.", "Porto Alegre")]
    [InlineData("Hundreds of families returned to Kfar Kila after the ceasefire.", "Kfar Kila")]
    public void Recognize_PlacesOfOtherRegions_AreRecognised(string sentence, string written) =>
        Single(sentence, written).Kind.Should().Be(EntityKind.Place);
}

public class EntityFalsePositiveTests
{
    [Theory]
    [InlineData("In December, the army said in Arabic that the operation had ended.")]
    [InlineData("Speaking in English, the envoy said talks would resume.")]
    [InlineData("Since Friday, rescuers have searched the rubble.")]
    [InlineData("Thousands rallied against the new law on Saturday.")]
    [InlineData("But the storm weakened before landfall.")]
    [InlineData("Earlier, Reuters-owned footage showed smoke over the port.")]
    public void Recognize_CommonCapitalisedWords_AreNotPlaces(string sentence) =>
        EntityTestKit.Mentions(sentence).Should().NotContain(e => e.Kind == EntityKind.Place);

    [Theory]
    [InlineData("Thousands rallied in Tbilisi, the Georgian Dream party said.", "Georgian Dream", SourceKind.Expert)]
    [InlineData("Fighters of the Imbonerakure militia were seen near the border.", "Imbonerakure", SourceKind.ArmedGroup)]
    public void Recognize_NameBeforeAnOrganisationNoun_IsAnOrganisation(string sentence, string written, SourceKind role)
    {
        var e = EntityTestKit.Single(sentence, written);
        e.Kind.Should().Be(EntityKind.Organisation);
        e.Role.Should().Be(role);
    }
}
