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

    [Fact]
    public void One_scope_shared_by_a_distance_and_another_kind_keys_each_claim_by_its_kind()
    {
        // The pool makes a scope's key text once per distinct scope; only a distance reads it both ways.
        var distance = ClaimFactory.DistanceClaim("Lyon", "Paris", ClaimFactory.Km("465 km", 465), Source.Of("x", SourceKind.Outlet),
            new Evidence("a", 0, "q", default, default));
        var length = distance with { Kind = ClaimKind.Length, Scope = [.. distance.Scope] };
        var pool = new ClaimPool();

        var (sd, sl, sd2) = (pool.Share(distance), pool.Share(length), pool.Share(distance with { Scope = [.. distance.Scope] }));

        sd.Key.ToString().Should().Be("distance:distance:length:between=lyon|paris");
        sl.Key.ToString().Should().Be("length:distance:length:from=lyon;to=paris");
        sd2.Key.Should().Be(sd.Key);
        sl.Scope.Should().Equal(sd.Scope);
        // A shared claim given another scope afterwards keys by the new one.
        (sd with { Scope = [new(ScopeRole.Place, "Nice")] }).Key.ToString().Should().Be("distance:distance:length:place=nice");
    }

    [Fact]
    public void A_source_shown_by_its_own_words_meets_an_equal_source_shown_the_same_way()
    {
        // "the governor" is how an unnamed governor reads by default; saying so explicitly changes nothing.
        var derived = new Source("governor", SourceKind.Official, ["governor"], "said");
        var explicitly = derived with { Display = "the governor" };
        var pool = new ClaimPool();

        var (a, b) = (pool.Share(Displaced("a", "q", derived)), pool.Share(Displaced("b", "q", explicitly)));

        b.Source.Should().BeSameAs(a.Source);
        b.Source.Display.Should().Be("the governor");
    }
}
