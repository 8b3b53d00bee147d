namespace ClaimCheck.Claims;

/// <summary>A distance: between two places ("Kherson is 60 km east of Mykolaiv"), or from a party to a place ("rebels 10 km from the capital").</summary>
/// <remarks>Immutable and thread-safe. Between two places the key is symmetric; from a party it is not.</remarks>
public sealed record DistanceClaim : Claim
{
    /// <summary>Canonical name of the place or party the distance is measured from.</summary>
    public required string From { get; init; }

    /// <summary>Canonical name of the place the distance is measured to.</summary>
    public required string To { get; init; }

    /// <summary>Whether <see cref="From"/> is a party (rebels, troops, a front line) rather than a place.</summary>
    public bool FromIsParty { get; init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Distance;

    /// <inheritdoc/>
    public override ClaimKey Key
    {
        get
        {
            string a = Norm(From), b = Norm(To);
            if (FromIsParty) return new(ClaimKind.Distance, $"party:{a}|{b}");
            return string.CompareOrdinal(a, b) <= 0 ? new(ClaimKind.Distance, $"{a}|{b}") : new(ClaimKind.Distance, $"{b}|{a}");
        }
    }

    /// <inheritdoc/>
    public override string Describe() => $"distance from {From} to {To}";

    internal static string Norm(string name) => name.Trim().ToLowerInvariant();
}
