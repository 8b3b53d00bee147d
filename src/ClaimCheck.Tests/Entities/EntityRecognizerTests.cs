using ClaimCheck.Recognize.Entities;
using static ClaimCheck.Tests.Entities.EntityTestKit;

namespace ClaimCheck.Tests.Entities;

public class EntityRecognizerTests
{
    [Theory]
    [InlineData("Shelling hit Kharkov overnight, regional officials said.", "Kharkov", "Kharkiv", EntityKind.Place)]
    [InlineData("Fighters loyal to the RSF entered El-Fasher on Sunday.", "El-Fasher", "El Fasher", EntityKind.Place)]
    [InlineData("The paramilitary Rapid Support Forces shelled Omdurman.", "Rapid Support Forces", "Rapid Support Forces", EntityKind.Organisation)]
    [InlineData("Rescuers in Antakya pulled a girl from the rubble.", "Antakya", "Antakya", EntityKind.Place)]
    [InlineData("Türkiye's disaster agency AFAD said 12,000 rescuers were deployed.", "Türkiye", "Turkey", EntityKind.Place)]
    [InlineData("The Arakan Army captured Sittwe's airport, residents said.", "Sittwe", "Sittwe", EntityKind.Place)]
    [InlineData("M23 rebels marched into Goma after a week of fighting.", "Goma", "Goma", EntityKind.Place)]
    [InlineData("Gangs allied under Viv Ansanm attacked Port-au-Prince again.", "Port-au-Prince", "Port-au-Prince", EntityKind.Place)]
    [InlineData("Voters in Dhaka queued for hours on Sunday.", "Dhaka", "Dhaka", EntityKind.Place)]
    [InlineData("Floodwaters swept through Derna after two dams burst.", "Derna", "Derna", EntityKind.Place)]
    [InlineData("President Zelenskyy thanked allies for the new air defence systems.", "Zelenskyy", "Volodymyr Zelensky", EntityKind.Person)]
    [InlineData("Houthi fighters fired missiles at ships in the Red Sea.", "Red Sea", "Red Sea", EntityKind.Place)]
    [InlineData("Israeli strikes on Khan Yunis killed dozens, medics said.", "Khan Yunis", "Khan Younis", EntityKind.Place)]
    [InlineData("Rebels reached the outskirts of al-Rastan by nightfall.", "al-Rastan", "Rastan", EntityKind.Place)]
    [InlineData("The U.N. said aid convoys were blocked.", "U.N.", "United Nations", EntityKind.Organisation)]
    public void Recognize_GazetteerNameInAnySpelling_ResolvesToCanonical(string sentence, string written, string canonical, EntityKind kind)
    {
        var e = Single(sentence, written);
        e.Canonical.Should().Be(canonical);
        e.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("Militants attacked the town of Djibo before dawn.", "Djibo")]
    [InlineData("Heavy rain flooded Sylhet province on Tuesday.", "Sylhet")]
    [InlineData("Troops withdrew from the village of Krynky after months of fighting.", "Krynky")]
    [InlineData("Kaduna's governor imposed a curfew on Friday.", "Kaduna")]
    [InlineData("About 3,000 families fled to Tawila, aid workers said.", "Tawila")]
    [InlineData("The wildfire destroyed homes in Paradise Valley, officials said.", "Paradise Valley")]
    [InlineData("Russian forces shelled Vovchansk overnight.", "Vovchansk")]
    [InlineData("The quake struck 30 km north of Sindgi on Monday.", "Sindgi")]
    [InlineData("Voting closed in the port city of Chittagong at 4 pm.", "Chittagong")]
    [InlineData("Aid reached the Zamzam camp in North Darfur.", "Zamzam")]
    public void Recognize_UnknownPlaceWithPlaceContext_IsAPlace(string sentence, string written)
    {
        var e = Single(sentence, written);
        e.Kind.Should().Be(EntityKind.Place);
        e.Canonical.Should().Be(written);
    }

    [Theory]
    [InlineData("Governor Oleh Syniehubov said two people were wounded.", "Oleh Syniehubov", SourceKind.Official)]
    [InlineData("Homs Governor Numeir Mahlouf urged residents not to panic.", "Numeir Mahlouf", SourceKind.Official)]
    [InlineData("Mayor Vitali Klitschko said the metro would stay open.", "Vitali Klitschko", SourceKind.Official)]
    [InlineData("Amina Yusuf, a nurse at the clinic, said 40 children were treated.", "Amina Yusuf", SourceKind.Witness)]
    [InlineData("Jonas Berg, an analyst at a Stockholm think tank, said turnout was low.", "Jonas Berg", SourceKind.Expert)]
    [InlineData("Gen. Yasir Atta told troops the city would be retaken.", "Yasir Atta", SourceKind.ArmedGroup)]
    public void Recognize_UnknownPersonWithTitleOrApposition_IsAPersonWithRole(string sentence, string written, SourceKind role)
    {
        var e = Single(sentence, written);
        e.Kind.Should().Be(EntityKind.Person);
        e.Role.Should().Be(role);
    }

    [Theory]
    [InlineData("The Sudan Doctors Network said 32 people were killed.", "Sudan Doctors Network", SourceKind.Monitor)]
    [InlineData("The Kherson Regional Military Administration reported two deaths.", "Kherson Regional Military Administration", SourceKind.Government)]
    [InlineData("The Bangladesh Election Commission put turnout at 40 percent.", "Bangladesh Election Commission", SourceKind.Government)]
    [InlineData("Fighters of the Karen National Liberation Army seized the post.", "Karen National Liberation Army", SourceKind.ArmedGroup)]
    public void Recognize_UnknownOrganisationWithHeadWord_IsAnOrganisation(string sentence, string written, SourceKind role)
    {
        var e = Single(sentence, written);
        e.Kind.Should().Be(EntityKind.Organisation);
        e.Role.Should().Be(role);
    }

    [Fact]
    public void Recognize_AbbreviationIntroducedInText_ResolvesLaterToTheFullName()
    {
        var found = Mentions("The Emergency Lawyers Group (ELG) said 70 people died. ELG added that the toll could rise.");
        found.Where(e => e.Text == "ELG").Should().HaveCount(2).And.OnlyContain(e => e.Canonical == "Emergency Lawyers Group");
    }

    [Fact]
    public void Recognize_AbbreviationIntroducedInText_WinsOverAShippedMeaning()
    {
        var found = Mentions("Reporters Without Borders (RSF) said 12 journalists were detained. RSF called for their release.");
        found.Where(e => e.Text == "RSF").Should().OnlyContain(e => e.Canonical == "Reporters Without Borders");
    }

    [Fact]
    public void Recognize_KnownAbbreviationAfterFullName_BothResolveToOneEntity()
    {
        var found = Mentions("The UK-based Syrian Observatory for Human Rights (SOHR) reported clashes.");
        found.Where(e => e.Canonical == "Syrian Observatory for Human Rights").Select(e => e.Text)
            .Should().Equal("Syrian Observatory for Human Rights", "SOHR");
    }

    [Fact]
    public void Recognize_SurnameAfterFullName_IsTheSamePerson()
    {
        var found = Mentions("Gregory Waters, a military analyst, said morale was low. Waters said pay was poor.");
        found.Where(e => e.Kind == EntityKind.Person).Select(e => e.Canonical).Distinct().Should().Equal("Gregory Waters");
    }

    [Fact]
    public void Recognize_VariantSpellingOfAnUnknownPlaceLaterInTheArticle_SharesTheCanonicalName()
    {
        var found = Mentions("Troops entered the town of Talbisseh on Monday. Residents fled Talbiseh overnight.");
        found.Where(e => e.Kind == EntityKind.Place).Select(e => e.Canonical).Distinct().Should().HaveCount(1);
    }

    [Fact]
    public void Recognize_JulaniSpellings_AllShareOneCanonicalName()
    {
        var found = Mentions("HTS leader Abu Mohammed al-Jolani spoke on Friday. Al-Julani said the war would end. Golani later appeared in Damascus.");
        found.Where(e => e.Kind == EntityKind.Person).Select(e => e.Canonical).Distinct().Should().Equal("Abu Mohammad al-Julani");
    }

    [Theory]
    [InlineData("Fighting raged in Syrian territory near the border.")]
    [InlineData("The Sudanese army said it repelled the attack.")]
    [InlineData("Ukrainian officials reported power cuts.")]
    [InlineData("Monday was the deadliest day of the month.")]
    [InlineData("However, the storm weakened overnight.")]
    public void Recognize_DemonymsAndSentenceOpeners_AreNotNames(string sentence) =>
        Mentions(sentence).Should().NotContain(e => e.Kind == EntityKind.Place && e.Canonical != "Sudanese Armed Forces");

    [Fact]
    public void Recognize_Mentions_AreOrderedAndDoNotOverlap()
    {
        var found = Mentions("Kremlin spokesman Dmitry Peskov told reporters in Moscow that the UN's World Food Programme was wrong.");
        found.Select(e => e.Span.Start).Should().BeInAscendingOrder();
        found.Zip(found.Skip(1)).Should().OnlyContain(p => p.First.Span.End <= p.Second.Span.Start);
        found.Select(e => e.Canonical).Should().Equal("Kremlin", "Dmitry Peskov", "Moscow", "United Nations", "World Food Programme");
    }

    [Fact]
    public void Recognize_MentionText_IsTheOriginalTextAtItsSpan()
    {
        const string text = "President Recep Tayyip Erdoğan spoke in Ankara.";
        var doc = Document(text);
        foreach (var e in EntityRecognizer.Default.Recognize(doc))
            e.Span.Slice(text).Should().Be(e.Text);
    }

    [Fact]
    public void Recognize_WithUserGazetteer_FindsTheUserEntries()
    {
        var user = Gazetteer.FromYaml(new StringReader("entries:\n  - {name: Tawila camp, kind: place, type: camp, aliases: [Tawilah]}\n"));
        var recognizer = new EntityRecognizer(Gazetteer.Default.Extend(user));
        var found = recognizer.Recognize(Document("Thousands reached Tawilah from El Fasher."));
        found.Select(e => e.Canonical).Should().Equal("Tawila camp", "El Fasher");
    }
}
