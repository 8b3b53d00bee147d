namespace ClaimCheck.Recognize.Quantities;

/// <summary>Turns what the scanner read into a <see cref="Quantity"/>: the interval a qualifier implies, and the conversion check.</summary>
internal static class QuantityResolver
{
    /// <summary>Relative slack allowed on top of the rounding of both figures when checking a conversion.</summary>
    private const double ConversionTolerance = 0.03;

    public static Quantity Build(string original, int start, int end, QuantityType type, Qualifier qualifier, in NumberToken n1,
        NumberToken? n2, string? unit, string? noun, UnitDef? def, Quantity? conversion, QuantityVocabulary v,
        QuantityChange change = QuantityChange.None, string? per = null, string? modifiers = null)
    {
        double? value = n1.Form == NumberForm.Vague ? null : n1.Value;
        double? low = value, high = value;
        bool lowInclusive = true, highInclusive = true;
        if (n1.Form == NumberForm.Vague && n1.Vague is { } vague)
        {
            (low, high) = (vague.Low, vague.High);
            if (qualifier is Qualifier.MoreThan or Qualifier.AtLeast) { high = null; lowInclusive = qualifier == Qualifier.AtLeast; }
            else if (qualifier is Qualifier.LessThan or Qualifier.AtMost or Qualifier.Nearly or Qualifier.Within) { low = null; high = vague.Low; }
            qualifier = Qualifier.Vague;
        }
        else if (n2 is { } second)
        {
            value = null;
            (low, high) = (n1.Value, second.Value);
        }
        else
        {
            switch (qualifier)
            {
                case Qualifier.MoreThan: high = null; lowInclusive = false; break;
                case Qualifier.AtLeast: high = null; break;
                case Qualifier.LessThan: low = null; highInclusive = false; break;
                case Qualifier.Nearly: low = null; highInclusive = false; break;
                case Qualifier.AtMost or Qualifier.Within: low = null; break;
            }
        }
        bool? consistent = conversion is null || def is null ? null
            : Consistent(value ?? low, Precision(original.AsSpan(n1.Start, n1.End - n1.Start)) * n1.Multiplier, def, conversion, v);
        return new Quantity
        {
            Text = original.Substring(start, end - start),
            Start = start,
            Length = end - start,
            Type = type,
            Value = value,
            Low = low,
            High = high,
            LowInclusive = lowInclusive,
            HighInclusive = highInclusive,
            Unit = unit,
            Qualifier = qualifier,
            Noun = noun,
            Conversion = conversion,
            ConversionConsistent = consistent,
            Change = change,
            Per = per,
            NounModifiers = modifiers,
        };
    }

    public static Quantity Ordinal(string original, int start, int end, double rank, string? noun) => new()
    {
        Text = original.Substring(start, end - start),
        Start = start,
        Length = end - start,
        Type = QuantityType.Ordinal,
        Value = rank,
        Low = rank,
        High = rank,
        Noun = noun,
    };

    public static bool SameKind(UnitDef main, string otherUnit, QuantityVocabulary v) =>
        v.UnitsByName.TryGetValue(otherUnit, out var other) && other.Kind == main.Kind;

    // Consistent when the written conversion is within the rounding of both figures plus a small slack:
    // "30 km (19 mi)" and "2 km (1 mile)" pass, "30 km (30 mi)" does not.
    private static bool? Consistent(double? value, double precision, UnitDef def, Quantity conversion, QuantityVocabulary v)
    {
        double? written = conversion.Value ?? conversion.Low;
        if (value is null || written is null || def.Factor is null || conversion.Unit is null) return null;
        if (!v.UnitsByName.TryGetValue(conversion.Unit, out var other) || other.Factor is null || other.Kind != def.Kind) return null;
        double expected = (value.Value * def.Factor.Value + def.Offset - other.Offset) / other.Factor.Value;
        double slack = 0.5 * Precision(conversion.Text.AsSpan()) + 0.5 * precision * def.Factor.Value / other.Factor.Value
            + ConversionTolerance * Math.Abs(expected);
        return Math.Abs(expected - written.Value) <= slack;
    }

    // The step of the last written digit: 1 for "19 mi", 0.1 for "3.5 miles".
    private static double Precision(ReadOnlySpan<char> text)
    {
        int dot = text.IndexOf('.');
        if (dot < 0 || dot + 1 >= text.Length || !char.IsAsciiDigit(text[dot + 1])) return 1;
        int d = 0;
        for (int k = dot + 1; k < text.Length && char.IsAsciiDigit(text[k]); k++) d++;
        return Math.Pow(10, -d);
    }
}
