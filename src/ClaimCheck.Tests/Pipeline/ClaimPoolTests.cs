using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Pipeline;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Tests.Compare;
using ClaimCheck.Text;
using FluentAssertions;
using Xunit;

namespace ClaimCheck.Tests.Pipeline;

/// <summary>What a run keeps of its claims: equal parts held once, every claim reading exactly as before.</summary>
public class ClaimPoolTests
{
    private static Claim Displaced(string article, string quote, Source source, string place = "Valencia") =>
        ClaimFactory.CountClaim("displaced", "people", place, ClaimFactory.People("8,670 people", 8670), source,
            new Evidence(article, 3, quote, new TextSpan(22, 12), new TextSpan(0, quote.Length)));

    [Fact]
    public void Equal_parts_of_claims_from_two_articles_are_held_once()
    {
        // Two outlets carry the same wire sentence; the strings and records are equal but separate objects, as two
        // analyses make them.
        var quote = "Floods have displaced 8,670 people in Valencia, local authorities said.";
        var a = Displaced("a", new string(quote), new Source("local authorities", SourceKind.Official, ["local authorities", "Outlet A"], "said"));
        var b = Displaced("b", new string(quote), new Source("local authorities", SourceKind.Official, ["local authorities", "Outlet A"], "said"));
        a.Source.Should().NotBeSameAs(b.Source);

        var pool = new ClaimPool();
        var (sa, sb) = (pool.Share(a), pool.Share(b));

        sa.Should().Be(a);
        sb.Should().Be(b);
        sb.Source.Should().BeSameAs(sa.Source);
        sb.Value.Should().BeSameAs(sa.Value);
        sb.Scope.Should().Equal(sa.Scope);
        sb.Evidence.Quote.Should().BeSameAs(sa.Evidence.Quote);
        sb.Evidence.ArticleId.Should().Be("b");
        sb.Key.Should().Be(b.Key);
    }

    [Fact]
    public void Sources_that_read_differently_stay_apart()
    {
        // Equal by Source.Equals, but one is shown as "the governor of Hatay" and must stay so in the report.
        var plain = new Source("governor", SourceKind.Official, ["governor"], "said");
        var shown = plain with { Display = "the governor of Hatay" };
        var chain = new Source("governor", SourceKind.Official, ["governor", "Reuters"], "said");
        var pool = new ClaimPool();

        var claims = new[] { plain, shown, chain }.Select(s => pool.Share(Displaced("a", "q", s))).ToList();

        claims.Select(c => c.Source.Display).Should().Equal("the governor", "the governor of Hatay", "the governor");
        claims[2].Source.Chain.Should().Equal("governor", "Reuters");
        claims[0].Source.Should().NotBeSameAs(claims[1].Source).And.NotBeSameAs(claims[2].Source);
    }

    [Fact]
    public void A_claim_with_another_scope_or_kind_has_the_key_of_its_new_scope()
    {
        var claim = Displaced("a", "q", Source.Of("officials", SourceKind.Official));
        claim.Key.ToString().Should().Be("count:displaced:count/people:place=valencia");

        var moved = claim with { Scope = [new(ScopeRole.Place, "Seville")] };
        var unscoped = claim with { Scope = ImmutableArray<ScopeEntry>.Empty };
        var asDistance = ClaimFactory.DistanceClaim("Lyon", "Paris", ClaimFactory.Km("465 km", 465), Source.Of("x", SourceKind.Outlet),
            new Evidence("a", 0, "q", default, default));
        var asPartyDistance = asDistance with { Kind = ClaimKind.Length };

        moved.Key.ToString().Should().Be("count:displaced:count/people:place=seville");
        unscoped.Key.ToString().Should().Be("count:displaced:count/people:*");
        claim.Key.ToString().Should().Be("count:displaced:count/people:place=valencia");
        asDistance.Key.ToString().Should().Be("distance:distance:length:between=lyon|paris");
        // Only a distance reads the same both ways: as another kind the roles stay.
        asPartyDistance.Key.ToString().Should().Be("length:distance:length:from=lyon;to=paris");
    }
}
