using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using static ClaimCheck.Tests.Compare.ClaimFactory;

namespace ClaimCheck.Tests.Compare;

public class ClaimComparerTests
{
    private static IReadOnlyList<Discrepancy> Compare(params Claim[] claims) => ClaimComparer.Default.Compare(claims);

    [Fact]
    public void Compare_SameDistanceWithinRounding_NoDiscrepancy()
    {
        // 40 km and 40.3 km: 40 stands for [39.5, 40.5].
        Compare(Distance("Kherson", "Mykolaiv", Km("40 km", 40), "a"), Distance("Mykolaiv", "Kherson", Km("40.3 km", 40.3), "b")).Should().BeEmpty();
    }

    [Fact]
    public void Compare_DistanceInEitherDirection_IsOneQuantity()
    {
        var d = Compare(Distance("Goma", "Sake", Km("25 km", 25), "a"), Distance("Sake", "Goma", Km("60 km", 60), "b"));
        d.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.Contradiction);
    }

    [Fact]
    public void Compare_KmAgainstSameNumberInMiles_IsUnitConfusion()
    {
        // 40 km is 24.85 miles: "25 km" is what a writer gets by copying the miles figure.
        var d = Compare(Distance("Rafah", "Khan Younis", Km("25 km", 25), "a"), Distance("Khan Younis", "Rafah", Km("40 km", 40), "b"));
        d.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.UnitConfusion);
        d[0].Explanation.Should().Contain("miles");
    }

    [Fact]
    public void Compare_TwoSourcesInOneArticle_IsConflictInArticle()
    {
        var d = Compare(
            Distance("rebels", "Kyiv", Km("as near as 20 km", 20, Qualifier.Within, 20, 20), "a", "Ministry", SourceKind.Government, party: true),
            Distance("rebels", "Kyiv", Km("as close as 10 km", 10, Qualifier.Within, 10, 10), "a", "Monitor", SourceKind.Monitor, party: true));
        d.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.ConflictInArticle);
        d[0].Explanation.Should().Contain("Ministry").And.Contain("Monitor");
    }

    [Fact]
    public void Compare_UpperBoundWithin_AllowsSmallerValue()
    {
        // "within 20 km" is a bound: 12 km satisfies it.
        Compare(Distance("troops", "Bakhmut", Km("within 20 km", 20, Qualifier.Within, 0, 20), "a", party: true),
                Distance("troops", "Bakhmut", Km("12 km", 12), "b", party: true)).Should().BeEmpty();
    }

    [Fact]
    public void Compare_DifferentPlaces_NeverCompared()
    {
        Compare(Distance("rebels", "Mosul", Km("10 km", 10), "a", party: true), Distance("rebels", "Erbil", Km("80 km", 80), "b", party: true)).Should().BeEmpty();
    }

    [Fact]
    public void Compare_PartyDistanceAgainstPlaceDistance_NeverCompared()
    {
        Compare(Distance("rebels", "Homs", Km("5 km", 5), "a", party: true), Distance("Rastan", "Homs", Km("20 km", 20), "b")).Should().BeEmpty();
    }

    [Fact]
    public void Compare_MoreThanAndLargerFigure_Agree()
    {
        Compare(Count("killed", People("more than 300 people", 300, Qualifier.MoreThan), "a"), Count("killed", People("312 people", 312), "b")).Should().BeEmpty();
    }

    [Fact]
    public void Compare_MoreThanAgainstSmallerFigure_ConflictFlagged()
    {
        var d = Compare(Count("killed", People("more than 300 people", 300, Qualifier.MoreThan), "a"), Count("killed", People("150 people", 150), "b"));
        d.Should().ContainSingle();
    }

    [Fact]
    public void Compare_AboutWidensByTenPercent()
    {
        Compare(Count("displaced", People("about 50,000 people", 50000, Qualifier.Approximately), "a"), Count("displaced", People("54,000 people", 54000), "b")).Should().BeEmpty();
        Compare(Count("displaced", People("about 50,000 people", 50000, Qualifier.Approximately), "a"), Count("displaced", People("60,000 people", 60000), "b")).Should().ContainSingle();
    }

    [Fact]
    public void Compare_GrowingCumulativeCountWithoutDates_IsEvolvingFigure()
    {
        var d = Compare(Count("displaced", People("approximately 50,000 people", 50000, Qualifier.Approximately), "a", "United Nations", SourceKind.UnAgency),
                        Count("displaced", People("more than 280,000 people", 280000, Qualifier.MoreThan), "b", "World Food Programme", SourceKind.UnAgency));
        d.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.EvolvingFigure);
        d[0].Explanation.Should().Contain("later update");
    }

    [Fact]
    public void Compare_LaterLargerCount_IsEvolvingFigureWithBothDates()
    {
        var d = Compare(Count("killed", People("1,200 people", 1200), "b", published: new DateOnly(2023, 2, 7)),
                        Count("killed", People("900 people", 900), "a", published: new DateOnly(2023, 2, 6)));
        d.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.EvolvingFigure);
        d[0].Explanation.Should().Contain("6 February 2023").And.Contain("7 February 2023");
    }

    [Fact]
    public void Compare_LaterSmallerCumulativeCount_IsContradiction()
    {
        var d = Compare(Count("killed", People("1,200 people", 1200), "a", published: new DateOnly(2023, 2, 6)),
                        Count("killed", People("900 people", 900), "b", published: new DateOnly(2023, 2, 7)));
        d.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.Contradiction);
    }

    [Fact]
    public void Compare_VagueAgainstPreciseOutsideIt_IsVagueVersusPrecise()
    {
        var d = Compare(Count("fled", People("tens of thousands", null, Qualifier.Vague, 10000, 99999), "a", where: "Kharkiv"),
                        Count("fled", People("3,000 people", 3000), "b", where: "Kharkiv"));
        d.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.VagueVersusPrecise);
    }

    [Fact]
    public void Compare_AdjacentVagueMagnitudes_Agree()
    {
        Compare(Count("fled", People("thousands of residents", null, Qualifier.Vague, 1000, 9999), "a", where: "Sumy"),
                Count("fled", People("tens of thousands", null, Qualifier.Vague, 10000, 99999), "b", where: "Sumy")).Should().BeEmpty();
    }

    [Fact]
    public void Compare_DifferentWhere_NotCompared()
    {
        Compare(Count("displaced", People("10,000 people", 10000), "a", where: "Darfur"), Count("displaced", People("8 million people", 8000000), "b")).Should().BeEmpty();
    }

    [Fact]
    public void Compare_ConsistentConversion_NoDiscrepancy()
    {
        Compare(Distance("Hilla", "Karbala", Km("40 km", 40, conversion: "25 mi", conversionKm: 40.23), "a")).Should().BeEmpty();
        Compare(Distance("rebels", "Juba", Km("10 kilometers", 10, conversion: "6 miles", conversionKm: 9.656), "a", party: true)).Should().BeEmpty();
    }

    [Fact]
    public void Compare_WrongConversion_IsInconsistentConversion()
    {
        var d = Compare(Distance("Hilla", "Karbala", Km("40 km", 40, conversion: "15 mi", conversionKm: 24.14), "a"));
        d.Should().ContainSingle().Which.Class.Should().Be(DiscrepancyClass.InconsistentConversion);
    }

    [Fact]
    public void Compare_SameInputTwice_SameIdsAndOrder()
    {
        Claim[] claims =
        [
            Distance("A-town", "B-city", Km("25 km", 25), "a"), Distance("A-town", "B-city", Km("90 km", 90), "b"),
            Count("killed", People("12 people", 12), "a"), Count("killed", People("40 people", 40), "b"),
        ];
        var first = Compare(claims).Select(d => d.Id).ToList();
        var second = Compare(claims.Reverse().ToArray()).Select(d => d.Id).ToList();
        first.Should().HaveCount(2).And.OnlyHaveUniqueItems();
        second.Should().Equal(first);
        first.Should().AllSatisfy(id => id.Should().MatchRegex("^d-[0-9a-f]{10}$"));
    }

    [Fact]
    public void Compare_OrderedBySeverity_LargerGapFirst()
    {
        var d = Compare(
            Count("killed", People("100 people", 100), "a"), Count("killed", People("110 people", 110), "b"),
            Distance("P", "Q", Km("5 km", 5), "a"), Distance("P", "Q", Km("200 km", 200), "b"));
        d.Should().HaveCount(2);
        d[0].Key.Kind.Should().Be(ClaimKind.Distance);
        d[0].Severity.Should().BeGreaterThan(d[1].Severity);
    }

    [Fact]
    public void Compare_MinSeverity_FiltersWeakFlags()
    {
        var comparer = new ClaimComparer(new ComparisonOptions { MinSeverity = 0.5 });
        comparer.Compare([Count("killed", People("100 people", 100), "a"), Count("killed", People("110 people", 110), "b")]).Should().BeEmpty();
    }

    [Fact]
    public void Compare_Tolerance_UserCanWidenIt()
    {
        var loose = new ClaimComparer(new ComparisonOptions { Tolerance = 0.10 });
        Claim[] claims = [Count("killed", People("100 people", 100), "a"), Count("killed", People("110 people", 110), "b")];
        ClaimComparer.Default.Compare(claims).Should().ContainSingle();
        loose.Compare(claims).Should().BeEmpty();
    }

    [Fact]
    public void Summarize_RepeatedAgency_CountsOnceAsIndependentSource()
    {
        var s = ClaimComparer.Default.Summarize([
            Count("displaced", People("50,000 people", 50000), "a", "OCHA", SourceKind.UnAgency),
            Count("displaced", People("50,000 people", 50000), "b", "OCHA", SourceKind.UnAgency),
            Count("displaced", People("62,000 people", 62000), "c", "Red Crescent", SourceKind.Expert)]);
        s.Should().ContainSingle();
        s[0].IndependentSources.Should().Be(2);
        s[0].Min.Should().Be(49999.5);
        s[0].Max.Should().Be(62000.5);
        s[0].MostConservative.Value.AsWritten.Should().Be("50,000 people");
    }

    [Fact]
    public void Compare_ScalesLinearly_DoublingClaimsRoughlyDoublesTime()
    {
        static Claim[] Make(int n) => Enumerable.Range(0, n).SelectMany(i => new Claim[]
        {
            Distance($"Town{i}", $"City{i}", Km("25 km", 25), "a"), Distance($"Town{i}", $"City{i}", Km("40 km", 40), "b"),
        }).ToArray();
        var small = Make(20_000);
        var large = Make(40_000);
        ClaimComparer.Default.Compare(Make(1000)); // warm up
        var t1 = Time(() => ClaimComparer.Default.Compare(small));
        var t2 = Time(() => ClaimComparer.Default.Compare(large));
        (t2 / t1).Should().BeLessThan(3.5, $"40k claims took {t2:0}ms, 20k took {t1:0}ms: growth must be near linear, not quadratic");
    }

    private static double Time(Action action)
    {
        var best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            action();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}

public class QuantitySummaryScopeTests
{
    [Fact]
    public void Summarize_SameCountInAnotherScope_ListedAsRelatedNotCompared()
    {
        Claim[] claims =
        [
            ClaimFactory.Count("displaced", ClaimFactory.People("10,000 people", 10000), "a", where: "Darfur"),
            ClaimFactory.Count("displaced", ClaimFactory.People("8 million people", 8000000), "b"),
        ];
        ClaimComparer.Default.Compare(claims).Should().BeEmpty();
        var summaries = ClaimComparer.Default.Summarize(claims);
        summaries.Should().HaveCount(2);
        summaries.Single(s => s.Key.Scope == "place=darfur").RelatedScopes.Select(k => k.ToString()).Should().Equal("count:displaced:count/people:*");
        summaries.Single(s => s.Key.Scope == "*").RelatedScopes.Select(k => k.ToString()).Should().Equal("count:displaced:count/people:place=darfur");
    }

    [Fact]
    public void Compare_ThousandsOfClaimsWhoseKeysShareNoStrings_AreStillOneQuantity()
    {
        // Claims built one by one by a caller: each key's concept and dimension are strings of their own, so grouping
        // cannot go by the strings' identity (and stops remembering identities after a while); equal keys still meet.
        var claims = Enumerable.Range(0, 3_000).Select(i => CountClaim(new string("displaced".AsSpan()), new string("people".AsSpan()), "Kassala",
            People($"{10_000 + i * 100:N0}", 10_000 + i * 100), ClaimCheck.Attribution.Source.Of($"Agency {i % 40}", SourceKind.Official), ClaimFactory.Evidence($"a{i}"))).ToList();

        var d = ClaimComparer.Default.Compare(claims);
        var s = ClaimComparer.Default.Summarize(claims);

        d.Should().ContainSingle().Which.Key.Should().Be(claims[0].Key);
        s.Should().ContainSingle().Which.Claims.Should().HaveCount(3_000);
        s[0].Min.Should().Be(9_999.5, "\"10,000\" stands for [9,999.5, 10,000.5]");
        s[0].Max.Should().Be(309_900.5);
        s[0].MostConservative.Should().BeSameAs(claims[0]);
        s[0].IndependentSources.Should().Be(40);
    }
}
