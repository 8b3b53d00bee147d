namespace ClaimCheck.Recognize.Quantities;

/// <summary>
/// A quantity found in text, shaped like a Microsoft.Recognizers.Text model result: the matched text,
/// where it stands, a type, and a resolution (a value or an interval, with a normalised unit).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. <see cref="Start"/> is relative to the text given to the recognizer.
/// Intervals: <see cref="Low"/>/<see cref="High"/> are null when unbounded on that side; an exact figure
/// has <c>Low == High == Value</c>. The numbers are in the unit as written (<see cref="Unit"/>), not converted.
/// </remarks>
public sealed record Quantity
{
    /// <summary>The matched text, qualifier words included ("more than 12,000 people").</summary>
    public required string Text { get; init; }

    /// <summary>Offset of the match in the recognised text.</summary>
    public required int Start { get; init; }

    /// <summary>Length of the match.</summary>
    public required int Length { get; init; }

    /// <summary>What kind of quantity this is.</summary>
    public required QuantityType Type { get; init; }

    /// <summary>The central value as written (the lower end for an open-ended "more than"), or null for a pure range.</summary>
    public double? Value { get; init; }

    /// <summary>Lower bound, or null when unbounded below.</summary>
    public double? Low { get; init; }

    /// <summary>Upper bound, or null when unbounded above.</summary>
    public double? High { get; init; }

    /// <summary>Whether <see cref="Low"/> itself is a possible value ("at least" yes, "more than" no).</summary>
    public bool LowInclusive { get; init; } = true;

    /// <summary>Whether <see cref="High"/> itself is a possible value ("up to" yes, "fewer than" no).</summary>
    public bool HighInclusive { get; init; } = true;

    /// <summary>The normalised unit from the vocabulary in docs/recognition.md ("km", "mi", "people", "USD", "percent"...), or null for a bare number.</summary>
    public string? Unit { get; init; }

    /// <summary>How the figure is hedged or bounded.</summary>
    public Qualifier Qualifier { get; init; } = Qualifier.Exact;

    /// <summary>A conversion written beside the value ("30 km (19 mi)"), linked rather than reported twice.</summary>
    public Quantity? Conversion { get; init; }

    /// <summary>
    /// For counts, the head noun as written ("residents", "towns", "strikes"); for ranks, the word ranked by
    /// ("largest", "city"); otherwise null.
    /// </summary>
    public string? Noun { get; init; }

    /// <summary>
    /// When <see cref="Conversion"/> is set: whether the two figures agree within rounding (a wrong conversion is
    /// itself worth reporting); null when they cannot be checked (currencies, no conversion).
    /// </summary>
    public bool? ConversionConsistent { get; init; }

    /// <summary>
    /// For counts, the words between the figure and <see cref="Noun"/> as written: "Asian" in "five Asian countries",
    /// "newly displaced" in "9,000 newly displaced people", "Earth-sized" in "12 Earth-sized planets"; null when the noun
    /// follows the figure directly.
    /// </summary>
    public string? NounModifiers { get; init; }

    /// <summary>
    /// Whether the figure states a change rather than a level, and which way: "fell 1.2 percent" (decrease), "up 3%",
    /// "rose by $2bn", "a 5% rise" (increase). The level a change leads to is a separate quantity ("to 4,510.3").
    /// </summary>
    public QuantityChange Change { get; init; }

    /// <summary>
    /// For a rate, what the figure is per: a unit from the vocabulary ("day", "month", "year", "h", "bbl", "l", "kg")
    /// or the noun as written, lower-cased ("share", "person"); null when the figure is not a rate. "$2,000 a month" is
    /// Unit "USD", Per "month"; "1.2 million barrels a day" and "1.2 million bpd" are Unit "bbl", Per "day".
    /// </summary>
    public string? Per { get; init; }

    /// <summary>Offset one past the end of the match.</summary>
    public int End => Start + Length;
}

/// <summary>The type of a recognised quantity (the Recognizers-Text "type name").</summary>
public enum QuantityType
{
    /// <summary>A bare number with no unit.</summary>
    Number,
    /// <summary>A count of people or things ("12,000 people", "dozens of strikes").</summary>
    Count,
    /// <summary>A physical dimension: length, area, weight, volume, speed.</summary>
    Dimension,
    /// <summary>An amount of money.</summary>
    Currency,
    /// <summary>A percentage or a change in percentage points.</summary>
    Percentage,
    /// <summary>A person's or thing's age.</summary>
    Age,
    /// <summary>A temperature.</summary>
    Temperature,
    /// <summary>A length of time ("five days").</summary>
    Duration,
    /// <summary>An ordinal or rank ("fourth largest").</summary>
    Ordinal,
}

/// <summary>Whether a figure is a change and its direction (<see cref="Quantity.Change"/>).</summary>
public enum QuantityChange
{
    /// <summary>A level or an amount, not a change: "4,510.3", "12,000 people".</summary>
    None,
    /// <summary>A rise: "rose 3%", "up 3%", "gained $2bn", "a 5% increase".</summary>
    Increase,
    /// <summary>A fall: "fell 1.2 percent", "down 3%", "cut by 10%", "a 5% drop".</summary>
    Decrease,
}

/// <summary>How a figure is hedged or bounded in the text.</summary>
public enum Qualifier
{
    /// <summary>Stated as is: "30 km".</summary>
    Exact,
    /// <summary>"about", "around", "approximately", "roughly", "some", "an estimated".</summary>
    Approximately,
    /// <summary>"nearly", "almost", "close to", "just under": at most, and near.</summary>
    Nearly,
    /// <summary>"more than", "over", "upwards of": strictly above.</summary>
    MoreThan,
    /// <summary>"at least", "no fewer than": inclusive lower bound.</summary>
    AtLeast,
    /// <summary>"fewer than", "less than", "under", "below": strictly below.</summary>
    LessThan,
    /// <summary>"up to", "at most", "no more than": inclusive upper bound.</summary>
    AtMost,
    /// <summary>"as near as", "as close as", "within": a bound on a distance.</summary>
    Within,
    /// <summary>"between 10 and 20", "10-20", "eight to 10 feet".</summary>
    Range,
    /// <summary>"dozens", "hundreds", "tens of thousands": a vague magnitude read as an interval.</summary>
    Vague,
}
