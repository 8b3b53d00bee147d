using ClaimCheck.Attribution;
using ClaimCheck.Compare;
using ClaimCheck.Recognize.Dates;
using ClaimCheck.Recognize.Entities;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Pipeline;

/// <summary>Configures and builds a <see cref="ClaimCheckPipeline"/>.</summary>
/// <remarks>
/// Mutable and not thread-safe; <see cref="Build"/> produces an immutable pipeline that is.
/// Each <c>UseXxx</c> method replaces one stage and returns the builder. Stages run in a fixed order:
/// Normalize, Segment, Recognize (quantities, dates, entities), Attribute, Build claims, Compare.
/// </remarks>
public sealed class ClaimCheckPipelineBuilder
{
    private IQuantityRecognizer? _quantities;
    private IDateRecognizer? _dates;
    private IEntityRecognizer? _entities;
    private IAttributor? _attributor;
    private IClaimComparer? _comparer;
    private int _parallelism = Environment.ProcessorCount;

    /// <summary>Replaces the quantity recognizer.</summary>
    /// <param name="recognizer">The recognizer to use.</param>
    public ClaimCheckPipelineBuilder UseQuantityRecognizer(IQuantityRecognizer recognizer)
    {
        _quantities = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        return this;
    }

    /// <summary>Replaces the date recognizer.</summary>
    /// <param name="recognizer">The recognizer to use.</param>
    public ClaimCheckPipelineBuilder UseDateRecognizer(IDateRecognizer recognizer)
    {
        _dates = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        return this;
    }

    /// <summary>Replaces the entity recognizer (places, organisations, people).</summary>
    /// <param name="recognizer">The recognizer to use.</param>
    public ClaimCheckPipelineBuilder UseEntityRecognizer(IEntityRecognizer recognizer)
    {
        _entities = recognizer ?? throw new ArgumentNullException(nameof(recognizer));
        return this;
    }

    /// <summary>Replaces the attribution stage.</summary>
    /// <param name="attributor">The attributor to use.</param>
    public ClaimCheckPipelineBuilder UseAttributor(IAttributor attributor)
    {
        _attributor = attributor ?? throw new ArgumentNullException(nameof(attributor));
        return this;
    }

    /// <summary>Replaces the comparison stage.</summary>
    /// <param name="comparer">The comparer to use.</param>
    public ClaimCheckPipelineBuilder UseComparer(IClaimComparer comparer)
    {
        _comparer = comparer ?? throw new ArgumentNullException(nameof(comparer));
        return this;
    }

    /// <summary>
    /// Sets the comparison options of the default comparer: <c>ConfigureComparison(o =&gt; o with { Tolerance = 0.05 })</c>.
    /// Calls compose; a comparer set with <see cref="UseComparer"/> is replaced by a default comparer with these options.
    /// </summary>
    /// <param name="configure">Returns the options to use, given the current ones.</param>
    /// <exception cref="ArgumentException">When the options returned are out of range (see <see cref="ComparisonOptions.Validate"/>).</exception>
    public ClaimCheckPipelineBuilder ConfigureComparison(Func<ComparisonOptions, ComparisonOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var current = (_comparer as ClaimComparer)?.Options ?? ComparisonOptions.Default;
        var options = configure(current) ?? throw new ArgumentException("The configuration returned no options.", nameof(configure));
        options.Validate();
        _comparer = new ClaimComparer(options);
        return this;
    }

    /// <summary>Sets how many articles a check analyses at once; the default is one per core. The report does not depend on it.</summary>
    /// <param name="jobs">At least 1.</param>
    public ClaimCheckPipelineBuilder UseParallelism(int jobs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        _parallelism = jobs;
        return this;
    }

    /// <summary>Builds an immutable, thread-safe pipeline; stages not replaced get their defaults.</summary>
    public ClaimCheckPipeline Build()
    {
        LoadShippedVocabularies(quantities: _quantities is null, dates: _dates is null, entities: _entities is null);
        return new(
            _quantities ?? QuantityRecognizer.Default,
            _dates ?? DateRecognizer.Default,
            _entities ?? EntityRecognizer.Default,
            _attributor ?? Attributor.Default,
            _comparer ?? ClaimComparer.Default,
            _parallelism);
    }

    /// <summary>
    /// Loads the shipped vocabularies the pipeline will use side by side: each loads on first use, and one after the other
    /// they took the sum of their times at start-up, on one core; side by side, about the time of the largest.
    /// </summary>
    /// <remarks>
    /// Safe because no vocabulary needs another in a cycle (quantities read dates, the gazetteer reads entities, claims
    /// read quantities): a type being initialised on one thread makes another thread that needs it wait. None of them
    /// may use the pipeline types: <see cref="ClaimCheckPipeline.Default"/> is built in a type initialiser that waits for
    /// these loads. A load that fails throws what loading on first use would have thrown.
    /// </remarks>
    internal static void LoadShippedVocabularies(bool quantities = true, bool dates = true, bool entities = true)
    {
        var loads = new List<Action>(6)
        {
            static () => _ = Segment.SegmentationVocabulary.Default,
            static () => _ = Claims.ClaimVocabulary.Default,
            static () => _ = AttributionVocabulary.Default,
        };
        if (quantities) loads.Add(static () => _ = QuantityRecognizer.Default);
        if (entities) loads.Add(static () => _ = EntityRecognizer.Default);
        if (dates) loads.Add(static () => _ = DateRecognizer.Default);
        try
        {
            Parallel.Invoke([.. loads]);
        }
        catch (AggregateException side) when (side.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(side.InnerExceptions[0]);
        }
    }
}
