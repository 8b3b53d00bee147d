using ClaimCheck.Report;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClaimCheck.Tests.Report;

/// <summary>
/// The way the report was written before ClaimCheck had its own emitter: the tree through YamlDotNet's emitter. Kept
/// here only to show that the hand-written emitter gives the same bytes wherever YamlDotNet wrote valid YAML.
/// </summary>
internal static class YamlDotNetOracle
{
    public static string Write(ReportNode root)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(writer, 2, int.MaxValue / 2);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, root, compact: false);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Emit(IEmitter emitter, ReportNode node, bool compact)
    {
        compact |= node.Compact;
        switch (node)
        {
            case ReportMap map:
                emitter.Emit(new MappingStart(null, null, true, compact ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, value) in map.Entries)
                {
                    emitter.Emit(new Scalar(null, null, key, ScalarStyle.Plain, true, false));
                    Emit(emitter, value, compact);
                }
                emitter.Emit(new MappingEnd());
                break;
            case ReportList list:
                emitter.Emit(new SequenceStart(null, null, true, compact ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list.Items) Emit(emitter, item, compact);
                emitter.Emit(new SequenceEnd());
                break;
            case ReportScalar { Kind: ScalarKind.String } s:
                var style = YamlTree.LooksLikeNonString(s.Text!) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
                emitter.Emit(new Scalar(null, null, s.Text!, style, true, true));
                break;
            case ReportScalar s:
                emitter.Emit(new Scalar(null, null, s.Text ?? "null", ScalarStyle.Plain, true, false));
                break;
        }
    }
}
