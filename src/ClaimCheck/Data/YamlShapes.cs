using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Data;

/// <summary>
/// Reads the shipped vocabularies straight from YamlDotNet's low-level parser into their plain shapes (classes with
/// settable properties, <c>List&lt;T&gt;</c>, <c>Dictionary&lt;string, T&gt;</c>, strings, numbers, booleans): one
/// pass over the parser's events, with each shape's properties looked up once. YamlDotNet's object deserializer
/// builds type inspectors and a chain of node deserializers first, and its start-up (JIT included) was most of the
/// cost of loading the vocabularies.
/// </summary>
/// <remarks>Property names are matched in snake case ("length_units_km"); unknown keys are skipped. Thread-safe.</remarks>
internal static class YamlShapes
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> Properties = new();

    public static T Read<T>(TextReader reader) where T : new()
    {
        var parser = new Parser(reader);
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _)) return new T();
        parser.Consume<DocumentStart>();
        var value = (T?)Bind(parser, typeof(T)) ?? new T();
        parser.Consume<DocumentEnd>();
        return value;
    }

    private static object? Bind(IParser parser, Type type)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return Convert(scalar, type);
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = (IList)Activator.CreateInstance(type)!;
            var item = type.GetGenericArguments()[0];
            while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(Bind(parser, item));
            return list;
        }
        var start = parser.Consume<MappingStart>();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var map = (IDictionary)Activator.CreateInstance(type)!;
            var valueType = type.GetGenericArguments()[1];
            while (!parser.TryConsume<MappingEnd>(out _))
                map[parser.Consume<Scalar>().Value] = Bind(parser, valueType);
            return map;
        }
        var shape = Activator.CreateInstance(type) ?? throw new YamlException(start.Start, start.End, $"cannot make a {type.Name}");
        var properties = Properties.GetOrAdd(type, static t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite).ToDictionary(p => SnakeCase(p.Name), StringComparer.Ordinal));
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>().Value;
            if (properties.TryGetValue(key, out var property)) property.SetValue(shape, Bind(parser, property.PropertyType));
            else parser.SkipThisAndNestedEvents();
        }
        return shape;
    }

    private static object? Convert(Scalar scalar, Type type)
    {
        var text = scalar.Value;
        var target = Nullable.GetUnderlyingType(type);
        bool isNull = scalar.IsPlainImplicit && text is "" or "~" or "null" or "Null" or "NULL";
        if (isNull && (target is not null || !type.IsValueType)) return null;
        target ??= type;
        try
        {
            if (target == typeof(string)) return text;
            if (target == typeof(double)) return double.Parse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            if (target == typeof(int)) return int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
            if (target == typeof(bool)) return bool.Parse(text);
        }
        catch (FormatException e)
        {
            throw new YamlException(scalar.Start, scalar.End, $"'{text}' is not a {target.Name}", e);
        }
        throw new YamlException(scalar.Start, scalar.End, $"a {type.Name} cannot be read from the scalar '{text}'");
    }

    /// <summary>"LengthUnitsKm" is written "length_units_km".</summary>
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
