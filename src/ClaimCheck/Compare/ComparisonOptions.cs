namespace ClaimCheck.Compare;

/// <summary>Settings of the comparison rules.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ComparisonOptions
{
    /// <summary>The defaults: 2% relative tolerance, "about" read as plus or minus 10%.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>Relative tolerance added on both sides of every value's interval before two values are said to
    /// conflict (0.02 = 2%). Raise it to flag only larger gaps.</summary>
    public double Tolerance { get; init; } = 0.02;

    /// <summary>How wide "about", "around", "some" make a figure, relative to it (0.1 = plus or minus 10%).</summary>
    public double ApproximateWidth { get; init; } = 0.1;

    /// <summary>Discrepancies below this severity (0 to 1) are left out.</summary>
    public double MinSeverity { get; init; }
}
