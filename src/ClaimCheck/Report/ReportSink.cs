namespace ClaimCheck.Report;

/// <summary>
/// Where a report document goes, event by event: the start and end of each mapping and sequence, each key and each
/// scalar, in document order. <see cref="ReportTree"/> writes a report into one; the YAML and JSON writers are sinks
/// (so a large report's claims are formatted as they are walked, never held as a tree), and
/// <see cref="ReportNodeBuilder"/> makes a <see cref="ReportNode"/> tree of the same events.
/// </summary>
/// <remarks>Not thread-safe: one sink per document, except that <see cref="List"/> may write its items on other sinks.</remarks>
internal abstract class ReportSink
{
    /// <summary>Starts a mapping; <see cref="End"/> ends it. Its entries are <see cref="Key"/> then the value.</summary>
    /// <param name="compact">Whether to write it on one line (a flow mapping) where the syntax allows.</param>
    public abstract void StartMap(bool compact = false);

    /// <summary>Starts a sequence; <see cref="End"/> ends it.</summary>
    /// <param name="compact">Whether to write it on one line (a flow sequence) where the syntax allows.</param>
    public abstract void StartList(bool compact = false);

    /// <summary>Starts a mapping as the value of <paramref name="key"/> in the mapping being written.</summary>
    public void StartMap(string key, bool compact = false)
    {
        Key(key);
        StartMap(compact);
    }

    /// <summary>Starts a sequence as the value of <paramref name="key"/> in the mapping being written.</summary>
    public void StartList(string key, bool compact = false)
    {
        Key(key);
        StartList(compact);
    }

    /// <summary>Ends the innermost mapping or sequence.</summary>
    public abstract void End();

    /// <summary>The key of the next entry of the mapping being written.</summary>
    public abstract void Key(string key);

    public abstract void Scalar(in ScalarValue value);

    /// <summary>
    /// A sequence of <paramref name="count"/> items, the item at each position written by <paramref name="writeItem"/>.
    /// A sink may write stretches of a long list side by side, on sinks of its own and other threads, so
    /// <paramref name="writeItem"/> must be thread-safe and write exactly one value.
    /// </summary>
    public virtual void List(int count, Action<ReportSink, int> writeItem)
    {
        StartList();
        for (int i = 0; i < count; i++) writeItem(this, i);
        End();
    }

    /// <summary>An entry whose value is a string; none when it is null.</summary>
    public ReportSink Field(string key, string? value) => value is null ? this : Entry(key, new ScalarValue(value, ScalarKind.String));

    /// <summary>An entry written even when null, for fields a reader edits by hand.</summary>
    public ReportSink FieldAlways(string key, string? value) => Entry(key, ScalarValue.String(value));

    /// <summary>An entry whose value is a finite number; none when it is null, infinite or NaN.</summary>
    public ReportSink Field(string key, double? value) => value is double v && double.IsFinite(v) ? Entry(key, ScalarValue.Of(v)) : this;

    public ReportSink Field(string key, int value) => Entry(key, ScalarValue.Of(value));

    public ReportSink Field(string key, bool value) => Entry(key, ScalarValue.Of(value));

    /// <summary>An entry whose value is a date; none when it is null.</summary>
    public ReportSink Field(string key, DateOnly? value) => value is DateOnly d ? Entry(key, ScalarValue.Of(d)) : this;

    private ReportSink Entry(string key, in ScalarValue value)
    {
        Key(key);
        Scalar(value);
        return this;
    }

    /// <summary>Writes a node tree, lists made by position through <see cref="List"/>.</summary>
    public void Node(ReportNode node)
    {
        switch (node)
        {
            case ReportScalar scalar:
                Scalar(scalar.Value);
                break;
            case ReportMap map:
                StartMap(map.Compact);
                foreach (var (key, value) in map.Entries)
                {
                    Key(key);
                    Node(value);
                }
                End();
                break;
            case ReportList { Compact: false, Count: int count, ItemAt: { } itemAt }:
                List(count, (sink, i) => sink.Node(itemAt(i)));
                break;
            case ReportList list:
                StartList(list.Compact);
                foreach (var item in list.Items) Node(item);
                End();
                break;
            default:
                throw new ArgumentException($"unknown node {node.GetType().Name}", nameof(node));
        }
    }
}

/// <summary>Makes the <see cref="ReportNode"/> tree of what is written into it; a <see cref="ReportSink.List"/> becomes a
/// lazy list whose items are made when it is walked.</summary>
internal sealed class ReportNodeBuilder : ReportSink
{
    private readonly Stack<ReportNode> _open = new();
    private string? _key;
    private ReportNode? _root;

    /// <summary>The node written.</summary>
    public ReportNode Root => _root ?? throw new InvalidOperationException("nothing was written");

    /// <summary>The node that <paramref name="write"/> writes.</summary>
    public static ReportNode Build(Action<ReportSink> write)
    {
        var builder = new ReportNodeBuilder();
        write(builder);
        return builder.Root;
    }

    public override void StartMap(bool compact = false) => _open.Push(Attach(new ReportMap { Compact = compact }));

    public override void StartList(bool compact = false) => _open.Push(Attach(new ReportList { Compact = compact }));

    public override void End() => _open.Pop();

    public override void Key(string key) => _key = key;

    public override void Scalar(in ScalarValue value) => Attach(new ReportScalar(value));

    public override void List(int count, Action<ReportSink, int> writeItem) =>
        Attach(ReportList.Of(count, i => Build(sink => writeItem(sink, i))));

    private ReportNode Attach(ReportNode node)
    {
        if (_open.Count == 0) _root = node;
        else if (_open.Peek() is ReportMap map) map.Add(_key ?? throw new InvalidOperationException("a mapping entry needs a key"), node);
        else ((ReportList)_open.Peek()).Add(node);
        _key = null;
        return node;
    }
}
