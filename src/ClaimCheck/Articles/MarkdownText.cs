using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClaimCheck.Articles;

/// <summary>
/// Reads a Markdown article with Markdig (CommonMark, YAML front matter, pipe tables, strikethrough) and keeps the
/// words a reader sees: no heading marks, emphasis, list markers, link targets, images, code blocks or raw HTML.
/// </summary>
/// <remarks>
/// Paragraphs, headings, list items and table rows become paragraphs; a line break inside a paragraph stays a line
/// break, so the Segment stage decides as for plain text. The pipeline is built once and is thread-safe. Markdown
/// with no syntax but front matter and paragraphs is read by <see cref="PlainMarkdown"/> to the same text, without Markdig.
/// </remarks>
internal static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    /// <summary>The article text, and the front matter's YAML (null when there is none).</summary>
    public static (string Text, string? FrontMatter) Read(string markdown) =>
        PlainMarkdown.TryRead(markdown, out var text, out var frontMatter) ? (text, frontMatter) : ReadWithMarkdig(markdown);

    /// <summary>As <see cref="Read"/>, always through Markdig's syntax tree.</summary>
    internal static (string Text, string? FrontMatter) ReadWithMarkdig(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var output = new StringBuilder(markdown.Length);
        string? frontMatter = null;
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock yaml) frontMatter = Articles.FrontMatter.Yaml(yaml);
            else AppendBlock(block, output);
        }
        return (output.ToString().Trim('\n'), frontMatter);
    }

    private static void AppendBlock(Block block, StringBuilder output)
    {
        switch (block)
        {
            case CodeBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                return; // code, rules and link definitions are not the story
            case HtmlBlock html:
                Paragraph(output).Append(HtmlText.Extract(html.Lines.ToString()).Text);
                return;
            case Table table:
                Paragraph(output);
                foreach (var row in table.OfType<TableRow>())
                {
                    if (output.Length > 0 && output[^1] != '\n') output.Append('\n');
                    foreach (var cell in row.OfType<TableCell>())
                    {
                        if (output.Length > 0 && output[^1] is not ('\n' or ' ')) output.Append(' ');
                        foreach (var leaf in cell.Descendants<LeafBlock>()) AppendInlines(leaf.Inline, output);
                    }
                }
                return;
            case LeafBlock leaf:
                Paragraph(output);
                AppendInlines(leaf.Inline, output);
                return;
            case ContainerBlock container:
                foreach (var child in container) AppendBlock(child, output);
                return;
        }
    }

    /// <summary>Starts a new paragraph (a blank line) unless the text is empty or already at one.</summary>
    private static StringBuilder Paragraph(StringBuilder output)
    {
        if (output.Length == 0) return output;
        while (output.Length > 0 && output[^1] == ' ') output.Length--;
        if (!output.ToString(Math.Max(0, output.Length - 2), Math.Min(2, output.Length)).EndsWith("\n\n", StringComparison.Ordinal))
            output.Append(output[^1] == '\n' ? "\n" : "\n\n");
        return output;
    }

    private static void AppendInlines(ContainerInline? container, StringBuilder output)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    output.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    output.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    output.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    output.Append('\n');
                    break;
                case LinkInline { IsImage: true } or AutolinkInline or HtmlInline:
                    break; // images, bare URLs and tags carry no words of the story
                case ContainerInline children: // emphasis, links, strikethrough: their words, not their marks
                    AppendInlines(children, output);
                    break;
            }
        }
    }
}
