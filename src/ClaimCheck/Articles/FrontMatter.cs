using Markdig.Extensions.Yaml;

namespace ClaimCheck.Articles;

/// <summary>The YAML front matter of a Markdown article (between <c>---</c> lines at the very top), as Markdig finds it.</summary>
/// <remarks>An opening line with no closing one is not front matter: Markdig reads it as a rule or a heading underline.</remarks>
internal static class FrontMatter
{
    /// <summary>The YAML text of the block, without its fences.</summary>
    public static string Yaml(YamlFrontMatterBlock block) => block.Lines.ToString();
}
