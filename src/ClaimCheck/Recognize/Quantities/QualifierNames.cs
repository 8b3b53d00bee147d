namespace ClaimCheck.Recognize.Quantities;

/// <summary>The snake_case names of <see cref="Qualifier"/> used in the data files, JSON output and docs/recognition.md.</summary>
public static class QualifierNames
{
    /// <summary>The documented name of <paramref name="qualifier"/> ("more_than", "at_least"...).</summary>
    /// <param name="qualifier">A qualifier.</param>
    public static string Name(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Approximately => "approximately",
        Qualifier.Nearly => "nearly",
        Qualifier.MoreThan => "more_than",
        Qualifier.AtLeast => "at_least",
        Qualifier.LessThan => "less_than",
        Qualifier.AtMost => "at_most",
        Qualifier.Within => "within",
        Qualifier.Range => "range",
        Qualifier.Vague => "vague",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Unknown qualifier."),
    };

    /// <summary>The documented name of <paramref name="type"/> ("count", "dimension"...).</summary>
    /// <param name="type">A quantity type.</param>
    public static string Name(QuantityType type) => type switch
    {
        QuantityType.Number => "number",
        QuantityType.Count => "count",
        QuantityType.Dimension => "dimension",
        QuantityType.Currency => "currency",
        QuantityType.Percentage => "percentage",
        QuantityType.Age => "age",
        QuantityType.Temperature => "temperature",
        QuantityType.Duration => "duration",
        QuantityType.Ordinal => "ordinal",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown quantity type."),
    };

    /// <summary>Reads a documented qualifier name back.</summary>
    /// <param name="name">A name such as "more_than".</param>
    public static Qualifier Parse(string name) => name switch
    {
        "exact" => Qualifier.Exact,
        "approximately" => Qualifier.Approximately,
        "nearly" => Qualifier.Nearly,
        "more_than" => Qualifier.MoreThan,
        "at_least" => Qualifier.AtLeast,
        "less_than" => Qualifier.LessThan,
        "at_most" => Qualifier.AtMost,
        "within" => Qualifier.Within,
        "range" => Qualifier.Range,
        "vague" => Qualifier.Vague,
        _ => throw new FormatException($"Unknown qualifier name '{name}'."),
    };
}
