using System.Globalization;
using System.Text;
using ClaimCheck.Articles;
using ClaimCheck.Pipeline;

namespace ClaimCheck.Tests.Claims;

/// <summary>
/// "They" in a distance refers back to the last armed party named, however many sentences ago: a long article keeps
/// only its latest sentences' contexts, and reads the older ones for their parties as it lets them go.
/// </summary>
public class PartyTrackerTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(200)]
    public void Distance_TheyAfterManyFigureSentences_IsTheLastPartyNamed(int between)
    {
        var text = new StringBuilder("Rebels seized the airport at Goma on Monday. ");
        for (int i = 0; i < between; i++)
            text.Append(CultureInfo.InvariantCulture, $"At least {20 + i} people were treated at the hospital in Uvira, officials said. ");
        text.Append("By Friday they were 15 km from Bukavu, the army said.");

        var claims = ClaimCheckPipeline.Default.Analyze(new Article("kivu", text.ToString())).Claims;

        claims.Should().ContainSingle(c => c.Concept == "distance")
            .Which.Key.ToString().Should().Be("distance:distance:length:party=rebels;to=bukavu");
    }

    [Fact]
    public void Distance_TheyAfterAPartyNamedLongAgoAndAnotherLater_IsTheLaterParty()
    {
        // The later party is named in a sentence with a figure (one whose context is let go first), 40 figure
        // sentences before the pronoun.
        var text = new StringBuilder("Rebels seized the airport at Goma on Monday. ");
        text.Append("Government troops lost 12 vehicles near Sake, the army said. ");
        for (int i = 0; i < 40; i++)
            text.Append(CultureInfo.InvariantCulture, $"At least {20 + i} people were treated at the hospital in Uvira, officials said. ");
        text.Append("By Friday they were 15 km from Bukavu, the army said.");

        var claims = ClaimCheckPipeline.Default.Analyze(new Article("kivu", text.ToString())).Claims;

        claims.Should().ContainSingle(c => c.Concept == "distance")
            .Which.Key.ToString().Should().Be("distance:distance:length:party=government forces;to=bukavu", "\"government troops\" is named after the rebels");
    }
}
