using System.Collections.Concurrent;
using ClaimCheck.Claims;
using ClaimCheck.Compare;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;
using static ClaimCheck.Tests.Compare.ClaimFactory;

namespace ClaimCheck.Tests.Compare;

/// <summary>The comparison's groups worked on several threads: every group once, the same results as on one.</summary>
public class GroupWorkTests
{
    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(7, 2)]
    [InlineData(1000, 2)]
    [InlineData(1000, 5)]
    public void ForEach_CallsEveryIndexExactlyOnce(int count, int jobs)
    {
        var seen = new ConcurrentBag<int>();
        GroupWork.ForEach(count, i => i % 13, jobs, seen.Add);
        seen.Order().Should().Equal(Enumerable.Range(0, count));
    }

    [Fact]
    public void ForEach_OneJob_RunsInIndexOrderOnTheCallingThread()
    {
        var order = new List<(int Index, int Thread)>();
        GroupWork.ForEach(5, i => i, 1, i => order.Add((i, Environment.CurrentManagedThreadId)));
        order.Select(o => o.Index).Should().Equal(0, 1, 2, 3, 4);
        order.Select(o => o.Thread).Should().OnlyContain(t => t == Environment.CurrentManagedThreadId);
    }

    [Fact]
    public void HandOutOrder_LargestFirst_TiesInIndexOrder()
    {
        int[] sizes = [3, 50, 7, 50, 1, 7];
        GroupWork.HandOutOrder(sizes.Length, i => sizes[i]).Should().Equal(1, 3, 2, 5, 0, 4);
    }

    [Fact]
    public void ForEach_WorkThrows_TheExceptionReachesTheCaller()
    {
        var act = () => GroupWork.ForEach(100, i => 1, 2, i => { if (i == 57) throw new InvalidOperationException("group 57"); });
        act.Should().Throw<Exception>().Where(e => e.Message.Contains("group 57") ||
            (e is AggregateException && ((AggregateException)e).Flatten().InnerExceptions.Any(x => x.Message == "group 57")));
    }

    [Fact]
    public void ForEach_BadArguments_Throw()
    {
        FluentActions.Invoking(() => GroupWork.ForEach(-1, i => 1, 2, _ => { })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GroupWork.ForEach(3, i => 1, 0, _ => { })).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void CompareAndSummarize_SameAsCompareThenSummarize(int jobs)
    {
        // Many keys of very different sizes: counts in several places (and with none), distances between pairs of
        // towns, some groups that conflict, some that agree, some single claims with related scopes.
        var random = new Random(20261204 + jobs);
        string?[] places = [null, "Lyon", "Arles", "Nimes", "Dijon", "Metz"];
        string[] events = ["killed", "displaced", "injured"];
        var claims = new List<Claim>();
        for (int i = 0; i < 3000; i++)
        {
            string article = "a" + random.Next(400);
            string source = "Source " + random.Next(12);
            double v = Math.Round(random.Next(3) == 0 ? 100 + random.NextDouble() * 900 : 300 + random.Next(3), 0);
            string w = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (random.Next(4) == 0)
            {
                string from = places[1 + random.Next(5)]!, to = places[1 + random.Next(5)]!;
                if (from != to) claims.Add(Distance(from, to, Km($"{w} km", v), article, source));
            }
            else
            {
                var q = random.Next(5) == 0 ? Qualifier.MoreThan : Qualifier.Exact;
                claims.Add(Count(events[random.Next(3)], People($"{w} people", v, q), article, source, SourceKind.Outlet, places[random.Next(places.Length)],
                    new DateOnly(2026, 2, 1 + random.Next(20))));
            }
        }
        var comparer = ClaimComparer.Default;
        var expectedDiscrepancies = comparer.Compare(claims);
        var expectedSummaries = comparer.Summarize(claims);
        expectedDiscrepancies.Should().HaveCountGreaterThan(5, "the test needs conflicts in several groups");
        expectedSummaries.Should().HaveCountGreaterThan(20);

        var (discrepancies, summaries) = comparer.CompareAndSummarize(claims, jobs);

        discrepancies.Select(d => (d.Id, d.Class, d.Explanation, d.Severity, d.OtherClaims)).Should()
            .Equal(expectedDiscrepancies.Select(d => (d.Id, d.Class, d.Explanation, d.Severity, d.OtherClaims)));
        discrepancies.Should().Equal(expectedDiscrepancies);
        summaries.Should().Equal(expectedSummaries);
        summaries.Select(s => (s.Description, s.MostConservative, s.OtherRelatedScopes, string.Join(",", s.RelatedScopes))).Should()
            .Equal(expectedSummaries.Select(s => (s.Description, s.MostConservative, s.OtherRelatedScopes, string.Join(",", s.RelatedScopes))));
    }
}
