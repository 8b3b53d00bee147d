using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimCheck.Articles;

/// <summary>Reads article metadata (title, outlet, url, published) from YAML: front matter, sidecar files and sources files.</summary>
/// <remarks>Front matter and sidecars written as flat <c>key: value</c> lines are read by <see cref="FlatMetadata"/>; anything else, and sources files, by YamlDotNet's deserializer.</remarks>
internal static class MetadataYaml
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>The YAML shape shared by front matter, sidecars and sources entries. Dates stay text until checked.</summary>
    internal sealed class Fields
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Outlet { get; set; }
        public string? Url { get; set; }
        public string? Published { get; set; }
    }

    public static bool TryParse(string yaml, out ArticleMetadata metadata, out string? problem) => TryParse(yaml, out metadata, out _, out problem);

    /// <summary>Also returns the article id the metadata gives (<c>id:</c>), which replaces the one from the path.</summary>
    public static bool TryParse(string yaml, out ArticleMetadata metadata, out string? id, out string? problem)
    {
        metadata = ArticleMetadata.Empty;
        id = null;
        if (!FlatMetadata.TryRead(yaml, out var fields))
        {
            try
            {
                fields = Deserialize(yaml);
            }
            catch (YamlException e)
            {
                problem = Describe(e);
                return false;
            }
        }
        id = Blank(fields?.Id);
        return TryConvert(fields, out metadata, out problem);
    }

    /// <summary>The fields as YamlDotNet's deserializer reads them, whatever the shape; throws <see cref="YamlException"/>.</summary>
    internal static Fields? Deserialize(string yaml) => Yaml.Deserialize<Fields?>(yaml);

    public static bool TryParseMap(string yaml, out Dictionary<string, ArticleMetadata> map, out string? problem)
    {
        map = new(StringComparer.Ordinal);
        Dictionary<string, Fields?>? raw;
        try
        {
            raw = Yaml.Deserialize<Dictionary<string, Fields?>?>(yaml);
        }
        catch (YamlException e)
        {
            problem = Describe(e);
            return false;
        }
        foreach (var (id, fields) in raw ?? [])
        {
            if (!TryConvert(fields, out var metadata, out problem))
            {
                problem = $"'{id}': {problem}";
                return false;
            }
            map[id] = metadata;
        }
        problem = null;
        return true;
    }

    private static bool TryConvert(Fields? fields, out ArticleMetadata metadata, out string? problem)
    {
        metadata = ArticleMetadata.Empty;
        problem = null;
        if (fields is null) return true;
        DateOnly? published = null;
        if (!string.IsNullOrWhiteSpace(fields.Published))
        {
            if (!TryParseDate(fields.Published, out var date))
            {
                problem = $"'published' is not a date (expected YYYY-MM-DD): '{fields.Published}'";
                return false;
            }
            published = date;
        }
        metadata = new ArticleMetadata(Blank(fields.Title), Blank(fields.Outlet), Blank(fields.Url), published);
        return true;
    }

    /// <summary>Reads "2024-12-05" or an ISO timestamp, keeping the calendar date as written (no time-zone shift).</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        text = text.Trim();
        bool dayFirst = text.Length >= 10 && (text.Length == 10 || text[10] is 'T' or ' ' or 't');
        if (dayFirst && (TryParseIsoDay(text.AsSpan(0, 10), out date)
                         || DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)))
            return true;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>
    /// "yyyy-MM-dd" with four, two and two ASCII digits and a day that exists, without the culture machinery of
    /// <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateOnly)"/>,
    /// which reads the same text to the same day and stays the judge of anything else.
    /// </summary>
    private static bool TryParseIsoDay(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text[4] != '-' || text[7] != '-') return false;
        int year = Digits(text[..4]), month = Digits(text[5..7]), day = Digits(text[8..]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The number the ASCII digits spell; -1 when a character is not one.</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        int value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c)) return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /// <summary>Fields of <paramref name="over"/> that are set win over those of <paramref name="under"/>.</summary>
    public static ArticleMetadata Merge(ArticleMetadata under, ArticleMetadata? over) => over is null ? under : new ArticleMetadata(
        over.Title ?? under.Title, over.Outlet ?? under.Outlet, over.Url ?? under.Url, over.Published ?? under.Published);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    private static string Describe(YamlException e) => Text.YamlErrorText.Describe(e);
}
