using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Compare;

namespace ClaimCheck.Report;

/// <summary>The result of a run: the articles read (or not) and the discrepancies found.</summary>
/// <remarks>Immutable and thread-safe. Carries no timestamp: the same input gives a byte-identical report.</remarks>
/// <param name="SchemaVersion">The report schema version (see docs/report-format.md).</param>
/// <param name="Articles">Every input, in input order, with its status.</param>
/// <param name="Claims">Every claim found, in article then offset order.</param>
/// <param name="Discrepancies">The discrepancies, most severe first.</param>
public sealed record ClaimCheckReport(string SchemaVersion, ImmutableArray<ArticleEntry> Articles, ImmutableArray<Claim> Claims, ImmutableArray<Discrepancy> Discrepancies)
{
    /// <summary>The schema version this library writes (2.0: the general claim model, discrepancy ids from the quantity key, article ids relative to the input root, YAML end marker).</summary>
    public const string CurrentSchemaVersion = "2.0";

    /// <summary>A consolidated view of every quantity claimed more than once (each source's value, range, most conservative figure).</summary>
    public ImmutableArray<QuantitySummary> Quantities { get; init; } = [];

    /// <summary>The journalist's review of the discrepancies (status, note, new, disappeared); empty unless carried from a previous report.</summary>
    public ReportReview Review { get; init; } = ReportReview.Empty;
}

/// <summary>One input of a run.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">The article id, or the file name for an input that failed.</param>
/// <param name="Path">The file path, when the input was a file.</param>
/// <param name="Status">Whether it was read and analysed.</param>
/// <param name="Error">Why it failed, for a failed input.</param>
/// <param name="Outlet">The outlet, when known.</param>
/// <param name="Published">The publication date, when known.</param>
/// <param name="ClaimCount">How many claims were built from it.</param>
public sealed record ArticleEntry(string Id, string? Path, ArticleStatus Status, string? Error = null, string? Outlet = null, DateOnly? Published = null, int ClaimCount = 0);

/// <summary>Whether an input was analysed.</summary>
public enum ArticleStatus
{
    /// <summary>Read and analysed.</summary>
    Ok,
    /// <summary>Could not be read; see <see cref="ArticleEntry.Error"/>.</summary>
    Failed,
}
