using System.Collections.Immutable;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds date claims: an event word and a resolved date in one clause ("the offensive began on 27 March", "the town
/// fell on Saturday", "the quake struck at dawn on 6 February"). Two sources naming different dates for one event
/// disagree. A capture's place is its scope ("Kherson fell on..."); other events are the story's own.
/// The value is the date's day number (<see cref="DateOnly.DayNumber"/>), an interval when the text names a month or a year.
/// </summary>
internal static class DateRule
{
    private const int Reach = 5;

    public static IEnumerable<(Claim Claim, DateMention Date)> Build(SentenceContext context, List<DateMention> dates)
    {
        foreach (var date in dates)
        {
            if (date.Earliest is not { } first || date.Latest is not { } last) continue;
            var ev = context.DateEvents
                .Select(e => (e, Distance: e.Span.End <= date.Start ? context.WordsBetween(e.Span.End, date.Start)
                    : e.Span.Start >= date.Start + date.Length ? context.WordsBetween(date.Start + date.Length, e.Span.Start) + 1 : int.MaxValue))
                .Where(x => x.Distance <= Reach && !context.ClauseBreakBetween(Math.Min(x.e.Span.End, date.Start), Math.Max(x.e.Span.Start, date.Start)))
                .OrderBy(x => x.Distance).Select(x => (Text.PhraseMatcher<string>.Match?)x.e).FirstOrDefault();
            if (ev is not { } e) continue;
            var scope = ImmutableArray<ScopeEntry>.Empty;
            if (e.Value == "captured" && CapturedPlace(context, e.Span) is { } place) scope = [new(ScopeRole.Place, place)];
            var value = new ClaimValue(date.Text, first.DayNumber, first.DayNumber, last.DayNumber, "date", first == last ? Qualifier.Exact : Qualifier.Range);
            string concept = "date_" + e.Value;
            var def = new ConceptDef(concept, ClaimKind.Date, $"date the event {Verb(e.Value)}", [], null, true, false, [], false, false);
            yield return (ClaimBuilder.Draft(ClaimKind.Date, concept, "date", scope, value, ClaimText.Describe(ClaimKind.Date, def, null, scope)), date);
        }
    }

    private static string Verb(string ev) => ev switch
    {
        "captured" => "was captured",
        "held" => "was held",
        _ => ev,
    };

    /// <summary>The place that fell: named before "fell"/"was taken", or after "captured"/"seized".</summary>
    private static string? CapturedPlace(SentenceContext context, Text.TextSpan verb)
    {
        var before = context.Places.LastOrDefault(p => p.Span.End <= verb.Start && context.WordsBetween(p.Span.End, verb.Start) <= 3);
        var after = context.Places.FirstOrDefault(p => p.Span.Start >= verb.End && context.WordsBetween(verb.End, p.Span.Start) <= 2);
        return (after ?? before)?.Canonical;
    }
}
