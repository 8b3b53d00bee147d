using System.Globalization;

namespace ClaimCheck.Report;

/// <summary>
/// A syntax-neutral report document: ordered mappings, sequences and typed scalars. The model is mapped to this
/// tree once (<see cref="ReportTree"/>), and the tree is written as YAML or JSON, so both formats carry the same content.
/// </summary>
internal abstract class ReportNode
{
    /// <summary>Whether to write this node compactly on one line (a flow mapping or sequence) where the syntax allows.</summary>
    public bool Compact { get; init; }
}

/// <summary>What a scalar holds; decides quoting in YAML and the token type in JSON.</summary>
internal enum ScalarKind { String, Number, Bool, Null, Date }

/// <summary>A scalar node (<see cref="ScalarValue"/>).</summary>
internal sealed class ReportScalar : ReportNode
{
    public static readonly ReportScalar Null = new(ScalarValue.Null);

    public ReportScalar(string? text, ScalarKind kind) => Value = new ScalarValue(text, kind);

    public ReportScalar(ScalarValue value) => Value = value;

    /// <summary>A finite number, written as its shortest round-trip form ("R").</summary>
    public static ReportScalar Of(double value) => new(ScalarValue.Of(value));

    public static ReportScalar Of(int value) => new(ScalarValue.Of(value));

    /// <summary>A date, written YYYY-MM-DD.</summary>
    public static ReportScalar Of(DateOnly value) => new(ScalarValue.Of(value));

    public ScalarValue Value { get; }

    /// <summary>The scalar's text (null for <see cref="Null"/>).</summary>
    public string? Text => Value.Text;

    public ScalarKind Kind => Value.Kind;

    /// <summary>The text into <paramref name="destination"/>, without a string; false when it does not fit.</summary>
    public bool TryFormat(Span<char> destination, out int written) => Value.TryFormat(destination, out written);
}

/// <summary>A scalar's content: text, or a number or date kept as a value and formatted only where it is written (a
/// large report has millions of them; as strings they would be made, copied once and dropped).</summary>
internal readonly struct ScalarValue
{
    public static readonly ScalarValue Null = new(null, ScalarKind.Null);

    public static readonly ScalarValue True = new("true", ScalarKind.Bool), False = new("false", ScalarKind.Bool);

    private enum Form : byte { Text, Double, Int, Day }

    private readonly string? _text;
    private readonly double _value;
    private readonly Form _form;

    public ScalarValue(string? text, ScalarKind kind)
    {
        _text = text;
        Kind = kind;
    }

    private ScalarValue(double value, Form form, ScalarKind kind)
    {
        _value = value;
        _form = form;
        Kind = kind;
    }

    /// <summary>A finite number, written as its shortest round-trip form ("R").</summary>
    public static ScalarValue Of(double value) => new(value, Form.Double, ScalarKind.Number);

    public static ScalarValue Of(int value) => new(value, Form.Int, ScalarKind.Number);

    /// <summary>A date, written YYYY-MM-DD.</summary>
    public static ScalarValue Of(DateOnly value) => new(value.DayNumber, Form.Day, ScalarKind.Date);

    public static ScalarValue Of(bool value) => value ? True : False;

    /// <summary>Text, or <see cref="Null"/> when it is null.</summary>
    public static ScalarValue String(string? text) => text is null ? Null : new(text, ScalarKind.String);

    /// <summary>The scalar's text (null for <see cref="Null"/>).</summary>
    public string? Text => _form == Form.Text ? _text : Format();

    public ScalarKind Kind { get; }

    /// <summary>The text into <paramref name="destination"/>, without a string; false when it does not fit.</summary>
    public bool TryFormat(Span<char> destination, out int written)
    {
        switch (_form)
        {
            // A whole number below 10^15 is all digits in "R" too; formatting it as one skips the shortest-digits search.
            case Form.Double when IsWholeNumberOfFewDigits(_value):
            case Form.Int:
                return ((long)_value).TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
            case Form.Double: return _value.TryFormat(destination, out written, "R", CultureInfo.InvariantCulture);
            // "O" is yyyy-MM-dd for a DateOnly, and much quicker than that custom format.
            case Form.Day: return DateOnly.FromDayNumber((int)_value).TryFormat(destination, out written, "O", CultureInfo.InvariantCulture);
            default:
                written = _text?.Length ?? 0;
                return _text is null || _text.TryCopyTo(destination);
        }
    }

    private static bool IsWholeNumberOfFewDigits(double v) => v == Math.Floor(v) && Math.Abs(v) < 1e15 && !(v == 0 && double.IsNegative(v));

    private string Format()
    {
        Span<char> buffer = stackalloc char[32];
        TryFormat(buffer, out int written);
        return new string(buffer[..written]);
    }
}

internal sealed class ReportList : ReportNode
{
    private readonly List<ReportNode> _items = [];
    private readonly IEnumerable<ReportNode>? _lazy;

    public ReportList() { }

    /// <summary>A list whose items are made as they are written and dropped after: the report's claims are not held
    /// twice (as claims and as a tree) while a large report is written. Enumerate it once.</summary>
    public ReportList(IEnumerable<ReportNode> lazy) => _lazy = lazy;

    /// <summary>A lazy list whose items can also be made by position, on any thread (<see cref="ItemAt"/>): a writer
    /// may then format stretches of a long list side by side. <paramref name="make"/> must be thread-safe.</summary>
    public static ReportList Of<T>(IReadOnlyList<T> source, Func<T, ReportNode> make) => Of(source.Count, i => make(source[i]));

    /// <summary>A lazy list of <paramref name="count"/> items made by position (<see cref="Of{T}"/>).</summary>
    public static ReportList Of(int count, Func<int, ReportNode> itemAt) =>
        new(Enumerable.Range(0, count).Select(itemAt)) { Count = count, ItemAt = itemAt };

    public IEnumerable<ReportNode> Items => _lazy ?? _items;

    /// <summary>How many items a list made by <see cref="Of"/> has; null for other lists.</summary>
    public int? Count { get; private init; }

    /// <summary>The item at a position, for a list made by <see cref="Of"/>.</summary>
    public Func<int, ReportNode>? ItemAt { get; private init; }

    public ReportList Add(ReportNode item)
    {
        if (_lazy is not null) throw new InvalidOperationException("a lazy list takes no items");
        _items.Add(item);
        return this;
    }
}

internal sealed class ReportMap : ReportNode
{
    public ReportMap() => Entries = [];

    /// <summary>A mapping that will hold about <paramref name="capacity"/> entries.</summary>
    public ReportMap(int capacity) => Entries = new(capacity);

    public List<KeyValuePair<string, ReportNode>> Entries { get; }

    public ReportMap Add(string key, ReportNode value) { Entries.Add(new(key, value)); return this; }

    public ReportMap Add(string key, string? value) => value is null ? this : Add(key, new ReportScalar(value, ScalarKind.String));

    /// <summary>Adds a string that is written even when null, for fields a reader edits by hand.</summary>
    public ReportMap AddAlways(string key, string? value) => Add(key, value is null ? ReportScalar.Null : new ReportScalar(value, ScalarKind.String));

    public ReportMap Add(string key, double? value) => value is double v && double.IsFinite(v) ? Add(key, ReportScalar.Of(v)) : this;

    public ReportMap Add(string key, int value) => Add(key, ReportScalar.Of(value));

    public ReportMap Add(string key, bool value) => Add(key, value ? True : False);

    private static readonly ReportScalar True = new("true", ScalarKind.Bool), False = new("false", ScalarKind.Bool);

    public ReportMap Add(string key, DateOnly? value) => value is DateOnly d ? Add(key, ReportScalar.Of(d)) : this;

    public ReportNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
            if (k == key) return v;
        return null;
    }

    public string? String(string key) => Get(key) is ReportScalar { Kind: not ScalarKind.Null } s ? s.Text : null;

    public string RequiredString(string key) => String(key) ?? throw new ReportFormatException($"missing '{key}'");

    public double? Double(string key)
    {
        var s = String(key);
        if (s is null) return null;
        // NaN, "1e400" (infinity) and "inf" parse but mean nothing as a figure: refuse them here, not in a crash later.
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw new ReportFormatException($"'{key}' is not a finite number: '{s}'");
    }

    public int Int(string key, int fallback = 0)
    {
        var s = String(key);
        if (s is null) return fallback;
        return int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new ReportFormatException($"'{key}' is not a whole number: '{s}'");
    }

    public bool Bool(string key, bool fallback)
    {
        var s = String(key);
        if (s is null) return fallback;
        return s.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw new ReportFormatException($"'{key}' is not true or false: '{s}'"),
        };
    }

    public DateOnly? Date(string key)
    {
        var s = String(key);
        if (s is null) return null;
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new ReportFormatException($"'{key}' is not a date (YYYY-MM-DD): '{s}'");
    }

    public ReportMap? Map(string key) => Get(key) switch
    {
        ReportMap m => m,
        null or ReportScalar { Kind: ScalarKind.Null } => null,
        _ => throw new ReportFormatException($"'{key}' should be a mapping"),
    };

    public IEnumerable<ReportNode> List(string key) => Get(key) switch
    {
        ReportList l => l.Items,
        null or ReportScalar { Kind: ScalarKind.Null } => [],
        _ => throw new ReportFormatException($"'{key}' should be a list"),
    };
}

/// <summary>A report document that does not have the documented shape.</summary>
public sealed class ReportFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in one line.</param>
    public ReportFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    /// <param name="message">What is wrong, in one line.</param>
    /// <param name="inner">The parser's error.</param>
    public ReportFormatException(string message, Exception inner) : base(message, inner) { }
}
