using System.Collections.Immutable;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Claims;

/// <summary>
/// Builds date claims: an event word and a resolved date in one clause ("the offensive began on 27 March", "the town
/// fell on Saturday", "the quake struck at dawn on 6 February"). Two sources naming different dates for one event
/// disagree. A capture's place is its scope ("Kherson fell on..."); other events are the story's own.
/// The value is the date's day number (<see cref="DateOnly.DayNumber"/>), an interval when the text names a month or a year.
/// "Since" a date with an event noun in the clause ("the drought has lasted since 2020") dates the event's start. An event
/// verb that measures a figure ("inflation hit 211% in 2023", "shares fell 3% on Tuesday") dates the figure, not an event.
/// </summary>
internal static class DateRule
{
    private const int Reach = 9;
    private static readonly string[] EndBounds = ["until", "till", "through", "by", "before"];
    private static readonly string[] Connectives = ["to", "by", "at", "from", "of"];

    public static IEnumerable<(Claim Claim, DateMention Date)> Build(SentenceContext context, List<DateMention> dates)
    {
        foreach (var date in dates)
        {
            if (date.Earliest is not { } first || date.Latest is not { } last) continue;
            if (ScopeFinder.IsPossessive(context.Text, date.Start + date.Length)) continue; // "Sunday's vote": the date names the noun, not an event verb's time
            if (Array.IndexOf(EndBounds, context.WordBefore(date.Start)) >= 0) continue; // "forecast to last until Sunday": a bound, not when it happened
            if (IsSince(context, date) && AfterComparison(context, date)) continue; // "the biggest strike since 2023": a comparison, not a start
            var ev = context.DateEvents
                .Select(e => (e, Distance: e.Span.End <= date.Start ? context.WordsBetween(e.Span.End, date.Start)
                    : e.Span.Start >= date.Start + date.Length ? context.WordsBetween(date.Start + date.Length, e.Span.Start) + 1 : int.MaxValue))
                .Where(x => x.Distance <= Reach && !context.ClauseBreakBetween(Math.Min(x.e.Span.End, date.Start), Math.Max(x.e.Span.Start, date.Start))
                    && !MeasuresAFigure(context, x.e))
                .OrderBy(x => x.Distance).Select(x => (Text.PhraseMatcher<string>.Match?)x.e).FirstOrDefault();
            if (ev is not { } e)
            {
                if (SinceEvent(context, date))
                {
                    var (from, to) = SinceStart(date.Text, first);
                    yield return (Claim(context, date, "began", [], from, to), date);
                }
                continue;
            }
            var scope = ImmutableArray<ScopeEntry>.Empty;
            if (e.Value == "captured" && CapturedPlace(context, e.Span) is { } place) scope = [new(ScopeRole.Place, place)];
            yield return (Claim(context, date, e.Value, scope, first, last), date);
        }
    }

    private static Claim Claim(SentenceContext context, DateMention date, string ev, ImmutableArray<ScopeEntry> scope, DateOnly first, DateOnly last)
    {
        var value = new ClaimValue(date.Text, first.DayNumber, first.DayNumber, last.DayNumber, "date", first == last ? Qualifier.Exact : Qualifier.Range);
        string concept = "date_" + ev;
        var def = new ConceptDef(concept, ClaimKind.Date, $"date the event {Verb(ev)}", [], null, true, false, [], false, false);
        return ClaimBuilder.Draft(ClaimKind.Date, concept, "date", scope, value, ClaimText.Describe(ClaimKind.Date, def, null, scope));
    }

    /// <summary>
    /// "shares fell 3.1%", "temperatures hit 46C", "deliveries fell to 60 trucks": the verb's object is a figure; "60,000
    /// people died in 2022": a count is the subject of an event that happens to one.
    /// </summary>
    private static bool MeasuresAFigure(SentenceContext context, Text.PhraseMatcher<string>.Match e)
    {
        foreach (var quantity in context.Quantities)
        {
            var q = new Text.TextSpan(quantity.Start, quantity.Length);
            if (q.Start >= e.Span.End && context.WordSpansBetween(e.Span.End, q.Start)
                    .All(w => Array.IndexOf(Connectives, w.Slice(context.Text).ToLowerInvariant()) >= 0) && context.WordsBetween(e.Span.End, q.Start) <= 2)
                return true;
            if (q.End <= e.Span.Start && context.Vocabulary.DateEventsOfOne.Contains(e.Value) && context.WordsBetween(q.End, e.Span.Start) <= 2)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The start a "since" date names: the recognizer resolves "since 2020" to the whole time since; the event began within
    /// the unit the text names (a day when it names a day, else the month, else the year).
    /// </summary>
    private static (DateOnly From, DateOnly To) SinceStart(string text, DateOnly first)
    {
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, "[0-9]+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(50));
        if (numbers.Any(n => n.Length <= 2)) return (first, first);
        bool yearOnly = text.Replace("since", "", StringComparison.OrdinalIgnoreCase).Trim().All(char.IsDigit);
        return yearOnly ? (first, new DateOnly(first.Year, 12, 31)) : (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>"on strike since 1 March", "the drought has lasted since 2020": an event noun before "since" and the date.</summary>
    private static bool SinceEvent(SentenceContext context, DateMention date) =>
        IsSince(context, date) && context.EventNouns.Any(n => n.Span.End <= date.Start && !context.ClauseBreakBetween(n.Span.End, date.Start));

    private static bool IsSince(SentenceContext context, DateMention date) =>
        context.WordBefore(date.Start) == "since" || date.Text.StartsWith("since ", StringComparison.OrdinalIgnoreCase);

    private static bool AfterComparison(SentenceContext context, DateMention date) =>
        context.WordSpansBetween(context.Sentence.Span.Start, date.Start).Any(w => context.Vocabulary.SinceComparisons.Contains(w.Slice(context.Text)));

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
