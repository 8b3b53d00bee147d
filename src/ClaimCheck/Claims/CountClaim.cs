namespace ClaimCheck.Claims;

/// <summary>A count: how many were displaced, killed, fled, arrested, captured...</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CountClaim : Claim
{
    /// <summary>What happened to what is counted, as a normalised event ("displaced", "killed", "fled").</summary>
    public required string Event { get; init; }

    /// <summary>What is counted, normalised ("people", "towns").</summary>
    public required string Counted { get; init; }

    /// <summary>Canonical name of the place the count is about, when the sentence says ("Bakhmut"), else null.</summary>
    public string? Where { get; init; }

    /// <inheritdoc/>
    public override ClaimKind Kind => ClaimKind.Count;

    /// <inheritdoc/>
    public override ClaimKey Key =>
        new(ClaimKind.Count, $"{Event}|{Counted}|{(Where is null ? "*" : DistanceClaim.Norm(Where))}");

    /// <inheritdoc/>
    public override string Describe() =>
        Where is null ? $"number of {Counted} {Event}" : $"number of {Counted} {Event} ({Where})";
}
