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

    /// <summary>Checks that every setting is in range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Naming the setting and its range.</exception>
    public void Validate()
    {
        Check(Tolerance, nameof(Tolerance), 0, 1);
        Check(ApproximateWidth, nameof(ApproximateWidth), 0, 1);
        Check(MinSeverity, nameof(MinSeverity), 0, 1);
    }

    private static void Check(double value, string name, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
    }
}
