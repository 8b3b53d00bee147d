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
/// Not thread-safe: a run shares its claims on the one thread that takes the analysed articles in order. Shared parts
/// are immutable and compared by every field a report shows, so a shared claim reads exactly as the original.
/// </remarks>
internal sealed class ClaimPool
{
    private readonly Dictionary<Source, Source> _sources = new(SourceFields.Instance);
    private readonly Dictionary<ClaimValue, ClaimValue> _values = [];
    private readonly Dictionary<DateMention, DateMention> _dates = [];
    private readonly Dictionary<ImmutableArray<ScopeEntry>, SharedScope> _scopes = new(ScopeEntries.Instance);
    private readonly Dictionary<string, string> _quotes = new(StringComparer.Ordinal);
    // The claims of one sentence arrive together and usually share their source and quote instances: the last
    // instance seen and the shared one it became spare those claims a hash and a look-up.
    private (Source Seen, Source Shared)? _lastSource;
    private (string Seen, string Shared)? _lastQuote;

    /// <summary>The claim, with its parts replaced by the equal ones already held, and its key made.</summary>
    public Claim Share(Claim claim)
    {
        var source = _lastSource is { } lastSource && ReferenceEquals(lastSource.Seen, claim.Source) ? lastSource.Shared : Share(_sources, claim.Source);
        _lastSource = (claim.Source, source);
        // The article id is already one string per article; the quote may be a wire sentence many outlets carry.
        string quote = _lastQuote is { } lastQuote && ReferenceEquals(lastQuote.Seen, claim.Evidence.Quote) ? lastQuote.Shared : Share(_quotes, claim.Evidence.Quote);
        _lastQuote = (claim.Evidence.Quote, quote);
        var scope = claim.Scope.IsDefaultOrEmpty ? null : Share(claim.Scope);
        // The key is made now, while the other threads are still analysing, not by the comparison at the end; its
        // scope text is made once per distinct scope.
        return claim.WithSharedParts(
            source,
            Share(_values, claim.Value),
            claim.RefersTo is { } date ? Share(_dates, date) : null,
            scope?.Entries ?? claim.Scope,
            scope?.KeyText(claim.Kind) ?? ClaimKey.ScopeText(claim.Kind, claim.Scope),
            ReferenceEquals(quote, claim.Evidence.Quote) ? claim.Evidence : claim.Evidence with { Quote = quote });
    }

    private SharedScope Share(ImmutableArray<ScopeEntry> scope)
    {
        if (_scopes.TryGetValue(scope, out var held)) return held;
        held = new SharedScope(scope);
        _scopes.Add(scope, held);
        return held;
    }

    private static T Share<T>(Dictionary<T, T> pool, T item) where T : notnull
    {
        if (pool.TryGetValue(item, out var held)) return held;
        pool.Add(item, item);
        return item;
    }

    /// <summary>One distinct scope and its key text, which depends on the claim kind only for distances (read both ways).</summary>
    private sealed class SharedScope(ImmutableArray<ScopeEntry> entries)
    {
        private string? _distance, _other;

        public ImmutableArray<ScopeEntry> Entries { get; } = entries;

        public string KeyText(ClaimKind kind) => kind == ClaimKind.Distance
            ? _distance ??= SharedStrings.Of(ClaimKey.ScopeText(kind, Entries))
            : _other ??= SharedStrings.Of(ClaimKey.ScopeText(kind, Entries));
    }

    /// <summary>Every field of a source, including how it is displayed (which <see cref="Source.Equals(Source?)"/> leaves out).</summary>
    private sealed class SourceFields : IEqualityComparer<Source>
    {
        public static readonly SourceFields Instance = new();

        public bool Equals(Source? x, Source? y) => x is not null && y is not null && x.Equals(y) && x.DisplaysAs(y);

        // Source's own hash leaves out the chain, so "officials" cited by each of many outlets would share one bucket.
        public int GetHashCode(Source source)
        {
            var hash = new HashCode();
            hash.Add(source.GetHashCode());
            hash.Add(source.Owner);
            foreach (var link in source.Chain) hash.Add(link);
            return hash.ToHashCode();
        }
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
