using System.Globalization;
using System.Text.Json;
using ClaimCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Report;

/// <summary>
/// Parses a report file into a <see cref="ReportNode"/> tree without trusting it: the file is the one people edit by
/// hand, so size, nesting depth and alias expansion are bounded, keys must be plain values, a key may not repeat,
/// and there is one document. Every refusal is a <see cref="ReportFormatException"/> with a one-line message.
/// </summary>
/// <remarks>
/// Thread-safe. The YAML side walks the parser's events with an explicit stack instead of building YamlDotNet's
/// representation model, so a document nested 100,000 deep is refused at the limit instead of overflowing the stack,
/// and an alias is a shared reference whose expanded size is counted against a budget ("billion laughs").
/// </remarks>
internal static class ReportDocumentParser
{
    /// <summary>The largest report read: a report of tens of thousands of claims is a few megabytes.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The deepest nesting read; a report is about eight levels deep.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes aliases may add, counted expanded. Reports written by ClaimCheck use no aliases.</summary>
    public const int MaxAliasNodes = 100_000;

    public static string ReadText(Stream stream)
    {
        var bytes = BoundedRead.Bytes(stream, MaxBytes) ?? throw TooLarge();
        int skip = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(skip), chars, out int consumed, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done) throw new ReportFormatException($"not valid UTF-8 at byte {consumed + skip}");
        return new string(chars, 0, written);
    }

    public static string ReadText(TextReader reader) => BoundedRead.Text(reader, MaxBytes) ?? throw TooLarge();

    public static ReportNode Parse(string text) =>
        text.AsSpan().TrimStart().StartsWith("{") ? ParseJson(text) : ParseYaml(text);

    private static ReportFormatException TooLarge() => new($"larger than a report can be ({MaxBytes / (1024 * 1024)} MB)");

    private static ReportNode ParseJson(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
            return ConvertJson(doc.RootElement);
        }
        catch (JsonException e)
        {
            var message = e.Message.ReplaceLineEndings(" ");
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            throw new ReportFormatException($"not valid JSON at line {(e.LineNumber ?? 0) + 1}: {(cut > 0 ? message[..cut] : message)}", e);
        }
    }

    private static ReportNode ConvertJson(JsonElement root)
    {
        // Depth is bounded by MaxDepth above, so recursion here is bounded too.
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new ReportMap();
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in root.EnumerateObject())
                {
                    if (!keys.Add(p.Name)) throw new ReportFormatException($"the key '{p.Name}' appears twice in one object");
                    map.Add(p.Name, ConvertJson(p.Value));
                }
                return map;
            case JsonValueKind.Array:
                var list = new ReportList();
                foreach (var item in root.EnumerateArray()) list.Add(ConvertJson(item));
                return list;
            case JsonValueKind.String: return new ReportScalar(root.GetString(), ScalarKind.String);
            case JsonValueKind.Number: return new ReportScalar(root.GetRawText(), ScalarKind.Number);
            case JsonValueKind.True or JsonValueKind.False: return new ReportScalar(root.GetRawText(), ScalarKind.Bool);
            default: return ReportScalar.Null;
        }
    }

    private static ReportNode ParseYaml(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            return new YamlBuilder(parser).Build();
        }
        catch (YamlException e)
        {
            throw new ReportFormatException($"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary>Builds the tree from parser events with an explicit stack of open mappings and sequences.</summary>
    private sealed class YamlBuilder(IParser parser)
    {
        private readonly Dictionary<string, (ReportNode Node, int Size)> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<Open> _open = new();
        private int _aliasNodes;
        private ReportNode? _root;

        private sealed class Open(ReportNode node, string? anchor)
        {
            public ReportNode Node { get; } = node;
            public string? Anchor { get; } = anchor;
            public string? PendingKey { get; set; }
            public bool KeyExpected { get; set; } = node is ReportMap;
            public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
            public int Size { get; set; } = 1;
        }

        public ReportNode Build()
        {
            int documents = 0;
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                switch (e)
                {
                    case DocumentStart when ++documents > 1:
                        throw Error(e, "the file holds more than one YAML document; a report is one");
                    case MappingStart m:
                        Push(new ReportMap(), m.Anchor, e);
                        break;
                    case SequenceStart s:
                        Push(new ReportList(), s.Anchor, e);
                        break;
                    case MappingEnd or SequenceEnd:
                        var done = _open.Pop();
                        if (done.Anchor is not null) _anchors[done.Anchor] = (done.Node, done.Size);
                        Add(done.Node, done.Size);
                        break;
                    case Scalar scalar:
                        var node = ScalarNode(scalar);
                        if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = (node, 1);
                        if (_open.TryPeek(out var parent) && parent.KeyExpected) AddKey(parent, scalar.Value, e);
                        else Add(node, 1);
                        break;
                    case AnchorAlias alias:
                        if (!_anchors.TryGetValue(alias.Value.Value, out var target)) throw Error(e, $"alias *{alias.Value.Value} has no anchor before it");
                        _aliasNodes += target.Size;
                        if (_aliasNodes > MaxAliasNodes)
                            throw Error(e, $"aliases expand to more than {MaxAliasNodes:N0} values (a YAML alias bomb?); ClaimCheck reports use no aliases");
                        if (_open.TryPeek(out var holder) && holder.KeyExpected)
                        {
                            if (target.Node is not ReportScalar { Text: var key }) throw Error(e, "a mapping key must be a plain value, not a mapping or list");
                            AddKey(holder, key ?? "", e);
                        }
                        else Add(target.Node, target.Size);
                        break;
                }
            }
            return _root ?? throw new ReportFormatException("the file is empty");
        }

        private void Push(ReportNode node, AnchorName anchor, ParsingEvent e)
        {
            if (_open.TryPeek(out var parent) && parent.KeyExpected) throw Error(e, "a mapping key must be a plain value, not a mapping or list");
            if (_open.Count >= MaxDepth) throw Error(e, $"nested more than {MaxDepth} levels deep; a report is about eight");
            _open.Push(new Open(node, anchor.IsEmpty ? null : anchor.Value));
        }

        private static void AddKey(Open map, string key, ParsingEvent e)
        {
            if (!map.Keys.Add(key)) throw Error(e, $"the key '{Shorten(key)}' appears twice in one mapping");
            map.PendingKey = key;
            map.KeyExpected = false;
        }

        private void Add(ReportNode node, int size)
        {
            if (!_open.TryPeek(out var parent))
            {
                _root = node;
                return;
            }
            parent.Size += size;
            if (parent.Node is ReportList list) list.Add(node);
            else
            {
                ((ReportMap)parent.Node).Add(parent.PendingKey!, node);
                parent.KeyExpected = true;
            }
        }

        private static ReportNode ScalarNode(Scalar s) =>
            s.Style is ScalarStyle.Plain or ScalarStyle.Any && (s.Value is "" or "~" || string.Equals(s.Value, "null", StringComparison.OrdinalIgnoreCase))
                ? ReportScalar.Null
                : new ReportScalar(s.Value, ScalarKind.String);

        private static ReportFormatException Error(ParsingEvent e, string message) =>
            new($"line {e.Start.Line.ToString(CultureInfo.InvariantCulture)}: {message}");

        private static string Shorten(string key) => key.Length <= 40 ? key : key[..40] + "...";
    }
}
