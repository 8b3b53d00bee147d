namespace ClaimCheck.Report;

/// <summary>Writes the report as YAML (docs/report-format.md): snake_case keys, schema_version first, deterministic bytes.</summary>
/// <remarks>
/// Immutable and thread-safe. Each scalar gets the quoting that keeps any article text valid YAML and reads back as the
/// same text (<see cref="YamlScalar"/>); strings that a YAML reader would take for a number, boolean or null are always
/// double-quoted. The report is written as it is walked, never held whole as text.
/// </remarks>
public sealed class YamlReportWriter : IReportWriter
{
    /// <summary>The shared instance.</summary>
    public static YamlReportWriter Default { get; } = new();

    /// <summary>The last line of every YAML report: a reader that does not find it knows the file was cut off.</summary>
    public const string EndMarker = "# end of ClaimCheck report";

    /// <summary>How the header comment of every YAML report starts.</summary>
    internal const string HeaderStart = "# ClaimCheck report.";

    /// <inheritdoc/>
    public string Format => "yaml";

    /// <inheritdoc/>
    public void Write(ClaimCheckReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(HeaderStart + " Edit 'status' (open, confirmed, dismissed) and 'note' of a discrepancy;\n");
        writer.Write("# run again with --previous this-file to keep your edits. Format: docs/report-format.md\n");
        YamlTree.Write(sink => ReportTree.Write(report, sink), writer);
        writer.Write(EndMarker + "\n");
    }
}

/// <summary>Writes report documents as YAML, as they are walked (ReportDocumentParser reads them).</summary>
/// <remarks>
/// Block mappings indent their entries by two spaces; a block sequence stands at the indentation of the key it is the
/// value of ("- " items); mappings and sequences started as compact and empty ones are written in flow style
/// (<c>{a: b}</c>, <c>[a, b]</c>). A line is never folded, however long, so a report diffs and greps sentence by
/// sentence. <see cref="YamlScalar"/> picks each scalar's quoting. Nothing is held but the open mappings and
/// sequences: a long list is formatted as it is written, in stretches side by side on every core.
/// </remarks>
internal sealed class YamlTree : ReportSink
{
    private readonly YamlOutput _output;
    // A sink that formats a stretch of a long list writes the lists inside it one item after the other: waiting on
    // stretches of its own would hold a thread of the pool that formats the outer ones.
    private readonly bool _inStretch;
    private Frame[] _open = new Frame[16];
    private int _depth;

    private YamlTree(YamlOutput output, bool inStretch = false)
    {
        _output = output;
        _inStretch = inStretch;
    }

    /// <summary>A mapping or sequence being written.</summary>
    private struct Frame
    {
        public bool IsMap;
        // Written in flow style; EndsLine when it stands in a block, so that its end ends the line.
        public bool Flow, EndsLine;
        // The value of a block mapping's key: its first entry or item starts a new line (else it stays on the line the
        // mapping or sequence started on, after "- " or at the start of the document).
        public bool AfterKey;
        // Where its block entries or items start.
        public int Column;
        public int Count;
    }

    /// <summary>How a value stands: in a flow mapping or sequence, as a block sequence item (or the document), or after
    /// the key of a block mapping.</summary>
    private enum Stand { Flow, Item, Value }

    /// <summary>Writes <paramref name="root"/> to <paramref name="writer"/>.</summary>
    public static void Write(ReportNode root, TextWriter writer) => Write(sink => sink.Node(root), writer);

    /// <summary>Writes what <paramref name="write"/> writes into its sink to <paramref name="writer"/>.</summary>
    public static void Write(Action<ReportSink> write, TextWriter writer)
    {
        var output = new YamlOutput(writer);
        write(new YamlTree(output));
        output.Flush();
    }

    public override void StartMap(bool compact = false) => Start(isMap: true, compact);

    public override void StartList(bool compact = false) => Start(isMap: false, compact);

    private void Start(bool isMap, bool compact)
    {
        var stand = Place(out int column, out _);
        if (compact || stand == Stand.Flow)
        {
            if (stand == Stand.Value) _output.Write(' ');
            _output.Write(isMap ? '{' : '[');
            Push(new Frame { IsMap = isMap, Flow = true, EndsLine = stand != Stand.Flow });
            return;
        }
        // Block entries stand two columns in from their key; a sequence stands at its key's indentation: "claims:\n- kind: ...".
        Push(new Frame { IsMap = isMap, AfterKey = stand == Stand.Value, Column = isMap && stand == Stand.Value ? column + 2 : column });
    }

    public override void End()
    {
        var frame = _open[--_depth];
        if (frame.Flow)
        {
            _output.Write(frame.IsMap ? '}' : ']');
            if (frame.EndsLine) _output.Write('\n');
        }
        else if (frame.Count == 0)
        {
            // An empty block mapping or sequence is written in flow style.
            if (frame.AfterKey) _output.Write(' ');
            _output.Write(frame.IsMap ? "{}\n" : "[]\n");
        }
    }

    public override void Key(string key)
    {
        ref var frame = ref _open[_depth - 1];
        bool flow = frame.Flow;
        if (flow)
        {
            if (frame.Count++ > 0) _output.Write(", ");
        }
        else StartLine(ref frame);
        // Keys are field names: snake_case words are plain anywhere, and checking that is quicker than the full decision.
        if (IsSnakeCase(key)) _output.Write(key);
        else YamlScalar.Write(_output, key, YamlScalar.Choose(key, flow, multiline: false), 0);
        _output.Write(flow ? ": " : ":");
    }

    public override void Scalar(in ScalarValue value)
    {
        var stand = Place(out _, out int foldIndent);
        if (stand == Stand.Value) _output.Write(' ');
        bool flow = stand == Stand.Flow;
        bool ended;
        if (value.Kind != ScalarKind.String)
        {
            // Numbers and dates are formatted here, into the stack, not into a string per value.
            Span<char> buffer = stackalloc char[32];
            var text = value.Kind != ScalarKind.Null && value.TryFormat(buffer, out int written) ? buffer[..written] : (value.Text ?? "null").AsSpan();
            ended = YamlScalar.Write(_output, text, YamlScalar.Choose(text, flow, multiline: false), foldIndent);
        }
        else
        {
            var text = value.Text!;
            var style = LooksLikeNonString(text) ? YamlScalarStyle.DoubleQuoted : YamlScalar.Choose(text, flow, multiline: true);
            ended = YamlScalar.Write(_output, text, style, foldIndent);
        }
        // A folded block ends its own last line.
        if (!flow && !ended) _output.Write('\n');
    }

    /// <summary>Where the next value goes: writes what comes before it (a flow separator, a sequence item's "- ") and
    /// says how it stands, with the column its block entries would start at and a folded block's indentation.</summary>
    private Stand Place(out int column, out int foldIndent)
    {
        if (_depth == 0)
        {
            column = 0;
            foldIndent = 2;
            return Stand.Item;
        }
        ref var frame = ref _open[_depth - 1];
        column = frame.Column;
        foldIndent = column + 2;
        if (frame.Flow)
        {
            if (!frame.IsMap && frame.Count++ > 0) _output.Write(", ");
            return Stand.Flow;
        }
        if (frame.IsMap) return Stand.Value;
        StartLine(ref frame);
        _output.Write("- ");
        column += 2;
        return Stand.Item;
    }

    /// <summary>Starts a block entry or item: on a line of its own at the frame's column, except a first one that stays
    /// on the line its mapping or sequence started on.</summary>
    private void StartLine(ref Frame frame)
    {
        bool first = frame.Count++ == 0;
        if (first && !frame.AfterKey) return;
        if (first) _output.Write('\n');
        _output.Spaces(frame.Column);
    }

    private void Push(Frame frame)
    {
        if (_depth == _open.Length) Array.Resize(ref _open, _depth * 2);
        _open[_depth++] = frame;
    }

    public override void List(int count, Action<ReportSink, int> writeItem)
    {
        if (_inStretch || !SideBySide.Pays(count) || _depth == 0 || _open[_depth - 1] is not { Flow: false, IsMap: true } key)
        {
            base.List(count, writeItem);
            return;
        }
        // The value of a block mapping's key: "claims:\n- kind: ...", the items at the key's indentation, formatted in
        // stretches on every core.
        _output.Write('\n');
        SideBySide.Run(count, (first, end) =>
        {
            var text = YamlOutput.InMemory();
            var sink = new YamlTree(text, inStretch: true);
            // Every item starts a line of its own, as after the first item of the sequence.
            sink.Push(new Frame { Column = key.Column, Count = 1 });
            for (int i = first; i < end; i++) writeItem(sink, i);
            return text;
        }, text => _output.Write(text.Written), static text => text.Release());
    }

    private static bool IsSnakeCase(string key)
    {
        foreach (char c in key)
            if (!(char.IsAsciiLetterLower(c) || c == '_')) return false;
        return key.Length > 0;
    }

    /// <summary>Whether a plain scalar with this text would be read as something other than a string (YAML 1.1 or 1.2).</summary>
    internal static bool LooksLikeNonString(string text)
    {
        if (text.Length == 0) return true;
        char c = text[0];
        // Every keyword, number and timestamp starts with one of these (no other character lower-cases to them).
        if (!(char.IsAsciiDigit(c) || c is '+' or '-' or '.' or '~' || (char.IsAsciiLetter(c) && (char)(c | 0x20) is 'n' or 't' or 'f' or 'y' or 'o')))
            return false;
        var t = text.AsSpan();
        bool keyword = t.Length switch
        {
            1 => LowerIs(t, "~") || LowerIs(t, "y") || LowerIs(t, "n"),
            2 => LowerIs(t, "no") || LowerIs(t, "on"),
            3 => LowerIs(t, "yes") || LowerIs(t, "off"),
            4 => LowerIs(t, "null") || LowerIs(t, "true"),
            5 => LowerIs(t, "false"),
            _ => false,
        };
        if (keyword) return true;
        var unsigned = t.TrimStart("+-");
        if (LowerIs(unsigned, ".inf") || LowerIs(unsigned, ".nan")) return true;
        // Numbers (decimal, hex, octal, 1_000, 1:20 sexagesimal) and timestamps use only these characters after a
        // digit, sign or dot; "60 km" or "1,200 people" do not, so they stay plain and readable.
        if (!(char.IsAsciiDigit(c) || c is '+' or '-' or '.')) return false;
        foreach (char ch in t)
        {
            char lower = char.IsAscii(ch) ? (char)(char.IsAsciiLetterUpper(ch) ? ch | 0x20 : ch) : char.ToLowerInvariant(ch);
            if (!(char.IsAsciiHexDigit(lower) || lower is '.' or '_' or ':' or '+' or '-' or 'x' or 'o' or 't' or 'z' or ' ')) return false;
        }
        return true;
    }

    /// <summary>Whether <paramref name="text"/> lower-cased (invariant culture) is <paramref name="word"/>, without a copy.</summary>
    private static bool LowerIs(ReadOnlySpan<char> text, string word)
    {
        if (text.Length != word.Length) return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.IsAscii(c) ? c : char.ToLowerInvariant(c)) != word[i]) return false;
        }
        return true;
    }
}
