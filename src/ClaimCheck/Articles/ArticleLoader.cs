using ClaimCheck.Text;

namespace ClaimCheck.Articles;

/// <summary>
/// Reads articles from files (.txt, .md with optional YAML front matter, .html/.htm) and from standard input,
/// returning a result that is either an article or a one-line description of what is wrong.
/// </summary>
/// <remarks>
/// Thread-safe; holds no state. Metadata is merged field by field, later sources winning: what the file itself
/// says (front matter, HTML meta tags), then a sidecar <c>&lt;name&gt;.meta.yaml</c> beside the file, then the
/// entry for the article's id in a <see cref="ArticleSources"/> file. See docs/cli.md.
/// </remarks>
public static class ArticleLoader
{
    /// <summary>The file extensions read as articles, lower case with the dot.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".html", ".htm"];

    /// <summary>The suffix of sidecar metadata files, which are never read as articles.</summary>
    public const string SidecarSuffix = ".meta.yaml";

    // Articles are a few kilobytes; anything this large is a mistake, not a story.
    private const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The size limit of an article, from a file or standard input, in megabytes.</summary>
    public const int MaxMegabytes = (int)(MaxBytes / (1024 * 1024));

    /// <summary>Reads the article at <paramref name="path"/>.</summary>
    /// <param name="path">A file path.</param>
    /// <param name="sources">Metadata by article id that overrides what the file says, or null.</param>
    /// <param name="id">The article id; null for the file name without extension. An <c>id:</c> in the file's metadata wins over both.</param>
    public static ArticleLoadResult Load(string path, ArticleSources? sources = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string ext = Path.GetExtension(path).ToLowerInvariant();
        bool supported = ext.Length == 0 || Extensions.Contains(ext);
        // A file of a supported type is opened straight away: the open answers whether it exists and the handle how
        // large it is. Only a path that cannot be read (or is never opened) asks again, question by question, for the message.
        string? problem = null;
        if (supported && TryRead(path, out var bytes, out problem))
        {
            if (!ArticleDecoder.TryDecode(bytes, out var text, out problem, html: ext is ".html" or ".htm")) return ArticleLoadResult.Fail(path, problem!);
            var sidecar = ReadSidecar(path, out var sidecarId, out problem);
            if (problem is not null) return ArticleLoadResult.Fail(path, problem);
            return Build(id ?? IdFromPath(path), path, text, ext, sidecar, sources, sidecarId);
        }
        if (Directory.Exists(path)) return ArticleLoadResult.Fail(path, "is a directory, not a file");
        if (!File.Exists(path)) return ArticleLoadResult.Fail(path, "no such file");
        if (!supported) return ArticleLoadResult.Fail(path, $"unsupported file type '{ext}' (expected .txt, .md, .html or .htm)");
        return ArticleLoadResult.Fail(path, problem!);
    }

    /// <summary>The file's bytes, or why they cannot be had (too large, cannot be read).</summary>
    private static bool TryRead(string path, out byte[] bytes, out string? problem)
    {
        bytes = [];
        problem = null;
        try
        {
            using var handle = File.OpenHandle(path);
            long length = RandomAccess.GetLength(handle);
            if (length > MaxBytes)
            {
                problem = TooLarge;
                return false;
            }
            // A length of 0 may be a file whose size is not known in advance; File.ReadAllBytes reads those to the end.
            bytes = length == 0 ? File.ReadAllBytes(path) : new byte[length];
            for (int read = 0, n; read < bytes.Length; read += n)
            {
                n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0) throw new EndOfStreamException(); // the file shrank while it was read
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read: {MetadataYaml.OneLine(e.Message)}";
            return false;
        }
    }

    /// <summary>
    /// Reads an article from a byte stream (standard input) exactly as from a file: at most <see cref="MaxMegabytes"/>
    /// MB, strict UTF-8 (or UTF-16 with a byte order mark) with the byte offset of an invalid sequence.
    /// </summary>
    /// <param name="id">The article id.</param>
    /// <param name="path">How the input is named in messages (<c>-</c> for standard input).</param>
    /// <param name="stream">The bytes; read to the end or to the size limit, not closed.</param>
    /// <param name="sources">Metadata by article id that overrides what the text says, or null.</param>
    public static ArticleLoadResult LoadStream(string id, string path, Stream stream, ArticleSources? sources = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[]? bytes;
        try
        {
            bytes = BoundedRead.Bytes(stream, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ArticleLoadResult.Fail(new ArticleLoadFailure(id, path, $"cannot be read: {MetadataYaml.OneLine(e.Message)}"));
        }
        if (bytes is null) return ArticleLoadResult.Fail(new ArticleLoadFailure(id, path, TooLarge));
        if (!ArticleDecoder.TryDecode(bytes, out var text, out var problem)) return ArticleLoadResult.Fail(new ArticleLoadFailure(id, path, problem!));
        return Build(id, path, text, Guess(text), null, sources);
    }

    /// <summary>Reads an article from text (a <see cref="TextReader"/> over standard input), with the size limit of files.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="path">How the input is named in messages.</param>
    /// <param name="reader">The text; read to the end or to the size limit.</param>
    /// <param name="sources">Metadata by article id that overrides what the text says, or null.</param>
    public static ArticleLoadResult LoadText(string id, string path, TextReader reader, ArticleSources? sources = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // A char is at least one byte of UTF-8, so this never refuses what the byte limit would accept.
        var text = BoundedRead.Text(reader, MaxBytes);
        if (text is null) return ArticleLoadResult.Fail(new ArticleLoadFailure(id, path, TooLarge));
        return LoadText(id, path, text, sources);
    }

    private static string TooLarge => $"too large for an article (over {MaxMegabytes} MB)";

    private static string Guess(string text) =>
        text.AsSpan().TrimStart().StartsWith("<") ? ".html" : text.StartsWith("---", StringComparison.Ordinal) ? ".md" : ".txt";

    /// <summary>Reads an article given as text (standard input, a test), guessing its format from its first characters.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="path">How the input is named in messages (<c>-</c> for standard input).</param>
    /// <param name="raw">The text.</param>
    /// <param name="sources">Metadata by article id that overrides what the text says, or null.</param>
    /// <remarks>Text starting with a <c>---</c> line is Markdown with front matter; text starting with <c>&lt;</c> is HTML; anything else is plain text.</remarks>
    public static ArticleLoadResult LoadText(string id, string path, string raw, ArticleSources? sources = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (!ArticleDecoder.TryFromText(raw, out var text, out var problem)) return ArticleLoadResult.Fail(new ArticleLoadFailure(id, path, problem!));
        return Build(id, path, text, Guess(text), null, sources);
    }

    /// <summary>The article id for a path: the file name without its extension.</summary>
    /// <param name="path">A file path.</param>
    public static string IdFromPath(string path)
    {
        if (path == "-") return "stdin";
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        var id = Path.GetFileNameWithoutExtension(name);
        return id.Length > 0 ? id : name.Length > 0 ? name : path;
    }

    private static ArticleLoadResult Build(string id, string path, string text, string ext, ArticleMetadata? sidecar, ArticleSources? sources, string? sidecarId = null)
    {
        var metadata = ArticleMetadata.Empty;
        switch (ext)
        {
            case ".md":
                (text, var yaml) = MarkdownText.Read(text);
                if (yaml is not null)
                {
                    if (!MetadataYaml.TryParse(yaml, out metadata, out var ownId, out var problem))
                        return ArticleLoadResult.Fail(new ArticleLoadFailure(id, path, $"front matter {problem}"));
                    id = ownId ?? id;
                }
                break;
            case ".html" or ".htm":
                (text, metadata) = HtmlText.Extract(text);
                break;
        }
        if (string.IsNullOrWhiteSpace(text)) return ArticleLoadResult.Fail(new ArticleLoadFailure(id, path, "no article text (only metadata or markup)"));
        id = sidecarId ?? id;
        metadata = MetadataYaml.Merge(metadata, sidecar);
        metadata = MetadataYaml.Merge(metadata, sources?.Find(id));
        return ArticleLoadResult.Success(path, new Article(id, text, metadata));
    }

    private static ArticleMetadata? ReadSidecar(string path, out string? id, out string? problem)
    {
        problem = null;
        id = null;
        var dir = Path.GetDirectoryName(path);
        var sidecar = Path.Combine(string.IsNullOrEmpty(dir) ? "." : dir, Path.GetFileNameWithoutExtension(path) + SidecarSuffix);
        if (!File.Exists(sidecar)) return null;
        try
        {
            if (MetadataYaml.TryParse(File.ReadAllText(sidecar), out var metadata, out id, out problem)) return metadata;
            problem = $"metadata file {Path.GetFileName(sidecar)}: {problem}";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"metadata file {Path.GetFileName(sidecar)} cannot be read: {MetadataYaml.OneLine(e.Message)}";
            return null;
        }
    }
}
