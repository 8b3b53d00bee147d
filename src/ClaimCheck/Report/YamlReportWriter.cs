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
        YamlTree.Write(ReportTree.From(report), writer);
        writer.Write(EndMarker + "\n");
    }
}

/// <summary>Writes <see cref="ReportNode"/> trees as YAML (ReportDocumentParser reads them).</summary>
/// <remarks>
/// Block mappings indent their entries by two spaces; a block sequence stands at the indentation of the key it is the
/// value of ("- " items); nodes marked <see cref="ReportNode.Compact"/> and empty ones are written in flow style
/// (<c>{a: b}</c>, <c>[a, b]</c>). A line is never folded, however long, so a report diffs and greps sentence by
/// sentence. <see cref="YamlScalar"/> picks each scalar's quoting. Written as the tree is walked: a lazy list is
/// never held whole, nor is the text.
/// </remarks>
internal static class YamlTree
{
    public static void Write(ReportNode root, TextWriter writer)
    {
        var output = new YamlOutput(writer);
        Item(output, root, column: 0, foldIndent: 2);
        output.Flush();
    }

    /// <summary>A node at <paramref name="column"/>, at the start of a line or after "- ": a block's first entry or item
    /// stays on this line, the others line up under it.</summary>
    private static void Item(YamlOutput output, ReportNode node, int column, int foldIndent)
    {
        if (node is ReportMap { Compact: false } map && map.Entries.Count > 0)
        {
            Entries(output, map, column, firstInline: true);
            return;
        }
        if (node is ReportList { Compact: false } list)
        {
            using var items = list.Items.GetEnumerator();
            if (items.MoveNext())
            {
                Items(output, items, column, firstInline: true);
                return;
            }
        }
        EndLine(output, Inline(output, node, flow: false, foldIndent));
    }

    private static void Entries(YamlOutput output, ReportMap map, int column, bool firstInline)
    {
        foreach (var (key, value) in map.Entries)
        {
            if (!firstInline) output.Spaces(column);
            firstInline = false;
            Key(output, key, flow: false);
            Value(output, value, column);
        }
    }

    /// <summary>Block sequence items from <paramref name="items"/>, which stands on its first item.</summary>
    private static void Items(YamlOutput output, IEnumerator<ReportNode> items, int column, bool firstInline)
    {
        do
        {
            if (!firstInline) output.Spaces(column);
            firstInline = false;
            output.Write("- ");
            Item(output, items.Current, column + 2, column + 2);
        }
        while (items.MoveNext());
    }

    /// <summary>The value of a key of a block mapping at <paramref name="column"/>, after its colon.</summary>
    private static void Value(YamlOutput output, ReportNode value, int column)
    {
        if (value is ReportMap { Compact: false } map && map.Entries.Count > 0)
        {
            output.Write('\n');
            Entries(output, map, column + 2, firstInline: false);
            return;
        }
        if (value is ReportList { Compact: false, Count: >= ParallelFrom, ItemAt: { } itemAt } indexed && Environment.ProcessorCount > 1)
        {
            output.Write('\n');
            ItemsSideBySide(output, itemAt, indexed.Count.Value, column);
            return;
        }
        if (value is ReportList { Compact: false } list)
        {
            using var items = list.Items.GetEnumerator();
            if (items.MoveNext())
            {
                // A sequence stands at its key's indentation: "claims:\n- kind: ...".
                output.Write('\n');
                Items(output, items, column, firstInline: false);
                return;
            }
        }
        output.Write(' ');
        EndLine(output, Inline(output, value, flow: false, column + 2));
    }

    // A list this long (a large report's claims) is formatted in stretches on every core and written in order.
    private const int ParallelFrom = 256;
    private const int MaxStretch = 512;

    /// <summary>
    /// Block sequence items made by position: stretches of them are made and formatted on the thread pool, a few ahead,
    /// and written here in order, so the bytes are those of <see cref="Items"/> and memory holds a few stretches.
    /// </summary>
    private static void ItemsSideBySide(YamlOutput output, Func<int, ReportNode> itemAt, int count, int column)
    {
        int cores = Environment.ProcessorCount;
        int stretch = Math.Clamp(count / (cores * 8), 1, MaxStretch);
        int stretches = (count + stretch - 1) / stretch;
        var pending = new Queue<Task<YamlOutput>>();
        int next = 0;
        Task<YamlOutput> Start(int k) => Task.Run(() =>
        {
            var text = YamlOutput.InMemory();
            int first = k * stretch;
            using var items = Enumerable.Range(first, Math.Min(stretch, count - first)).Select(itemAt).GetEnumerator();
            items.MoveNext();
            Items(text, items, column, firstInline: false);
            return text;
        });
        try
        {
            while (next < stretches && pending.Count < cores * 2) pending.Enqueue(Start(next++));
            while (pending.Count > 0)
            {
                var text = pending.Dequeue().GetAwaiter().GetResult();
                output.Write(text.Written);
                text.Release();
                if (next < stretches) pending.Enqueue(Start(next++));
            }
        }
        finally
        {
            // After a failure, the stretches under way give their buffers back to the pool when they finish.
            foreach (var task in pending) task.ContinueWith(static t => { if (t.IsCompletedSuccessfully) t.Result.Release(); }, TaskScheduler.Default);
        }
    }

    private static void EndLine(YamlOutput output, bool ended)
    {
        if (!ended) output.Write('\n');
    }

    /// <summary>A scalar, or a mapping or sequence in flow style; returns whether it ended the line (a folded block).</summary>
    private static bool Inline(YamlOutput output, ReportNode node, bool flow, int foldIndent)
    {
        switch (node)
        {
            case ReportScalar scalar:
                return Scalar(output, scalar, flow, foldIndent);
            case ReportMap map:
                output.Write('{');
                bool first = true;
                foreach (var (key, value) in map.Entries)
                {
                    if (!first) output.Write(", ");
                    first = false;
                    Key(output, key, flow: true);
                    output.Write(' ');
                    Inline(output, value, flow: true, foldIndent);
                }
                output.Write('}');
                return false;
            case ReportList list:
                output.Write('[');
                first = true;
                foreach (var item in list.Items)
                {
                    if (!first) output.Write(", ");
                    first = false;
                    Inline(output, item, flow: true, foldIndent);
                }
                output.Write(']');
                return false;
            default:
                throw new ArgumentException($"unknown node {node.GetType().Name}", nameof(node));
        }
    }

    private static void Key(YamlOutput output, string key, bool flow)
    {
        // Keys are field names: snake_case words are plain anywhere, and checking that is quicker than the full decision.
        if (IsSnakeCase(key)) output.Write(key);
        else YamlScalar.Write(output, key, YamlScalar.Choose(key, flow, multiline: false), 0);
        output.Write(':');
    }

    private static bool IsSnakeCase(string key)
    {
        foreach (char c in key)
            if (!(char.IsAsciiLetterLower(c) || c == '_')) return false;
        return key.Length > 0;
    }

    private static bool Scalar(YamlOutput output, ReportScalar scalar, bool flow, int foldIndent)
    {
        if (scalar.Kind != ScalarKind.String)
        {
            // Numbers and dates are formatted here, into the stack, not into a string per value.
            Span<char> buffer = stackalloc char[32];
            var text = scalar.Kind != ScalarKind.Null && scalar.TryFormat(buffer, out int written) ? buffer[..written] : (scalar.Text ?? "null").AsSpan();
            return YamlScalar.Write(output, text, YamlScalar.Choose(text, flow, multiline: false), foldIndent);
        }
        var style = LooksLikeNonString(scalar.Text!) ? YamlScalarStyle.DoubleQuoted : YamlScalar.Choose(scalar.Text, flow, multiline: true);
        return YamlScalar.Write(output, scalar.Text, style, foldIndent);
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
