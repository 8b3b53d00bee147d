using System.Collections.Concurrent;
using System.Collections.Immutable;
using ClaimCheck.Attribution;
using ClaimCheck.Claims;
using ClaimCheck.Recognize.Dates;

namespace ClaimCheck.Pipeline;

/// <summary>
/// Keeps one instance of each equal part of the claims a run holds until the comparison: sources, values, dates,
/// scopes and quotes. News repeats itself (the same officials, the same figure as written, the same wire sentence
/// in many outlets), so a run over many articles holds far fewer distinct parts than claims.
/// </summary>
/// <remarks>
/// Thread-safe: each analysis thread shares the claims of its article as it ends. Shared parts are immutable and
/// compared by every field a report shows, so a shared claim reads exactly as the original, whichever thread's equal
/// part is kept.
/// </remarks>
internal sealed class ClaimPool
{
    private readonly ConcurrentDictionary<Source, Source> _sources = new(SourceFields.Instance);
    private readonly ConcurrentDictionary<ClaimValue, ClaimValue> _values = new();
    private readonly ConcurrentDictionary<DateMention, DateMention> _dates = new();
    private readonly ConcurrentDictionary<ImmutableArray<ScopeEntry>, ImmutableArray<ScopeEntry>> _scopes = new(ScopeEntries.Instance);
    private readonly ConcurrentDictionary<string, string> _quotes = new(StringComparer.Ordinal);

    /// <summary>The claim, with its parts replaced by the equal ones already held, and its key made.</summary>
    public Claim Share(Claim claim)
    {
        var shared = claim with
        {
            Source = _sources.GetOrAdd(claim.Source, claim.Source),
            Value = _values.GetOrAdd(claim.Value, claim.Value),
            RefersTo = claim.RefersTo is { } date ? _dates.GetOrAdd(date, date) : null,
            Scope = claim.Scope.IsDefaultOrEmpty ? claim.Scope : _scopes.GetOrAdd(claim.Scope, claim.Scope),
            // The article id is already one string per article; the quote may be a wire sentence many outlets carry.
            Evidence = claim.Evidence with { Quote = _quotes.GetOrAdd(claim.Evidence.Quote, claim.Evidence.Quote) },
        };
        _ = shared.Key; // made here, on the analysing thread, not later by the comparison on one
        return shared;
    }

    /// <summary>The claims of one article, shared.</summary>
    public ImmutableArray<Claim> Share(ImmutableArray<Claim> claims)
    {
        if (claims.IsDefaultOrEmpty) return claims;
        var shared = ImmutableArray.CreateBuilder<Claim>(claims.Length);
        foreach (var claim in claims) shared.Add(Share(claim));
        return shared.MoveToImmutable();
    }

    /// <summary>Every field of a source, including how it is displayed (which <see cref="Source.Equals(Source?)"/> leaves out).</summary>
    private sealed class SourceFields : IEqualityComparer<Source>
    {
        public static readonly SourceFields Instance = new();

        public bool Equals(Source? x, Source? y) => x is not null && y is not null && x.Equals(y) && x.Display == y.Display;

        public int GetHashCode(Source source) => source.GetHashCode();
    }

    private sealed class ScopeEntries : IEqualityComparer<ImmutableArray<ScopeEntry>>
    {
        public static readonly ScopeEntries Instance = new();

        public bool Equals(ImmutableArray<ScopeEntry> x, ImmutableArray<ScopeEntry> y) => x.AsSpan().SequenceEqual(y.AsSpan());

        public int GetHashCode(ImmutableArray<ScopeEntry> scope)
        {
            var hash = new HashCode();
            foreach (var entry in scope) hash.Add(entry);
            return hash.ToHashCode();
        }
    }
}
