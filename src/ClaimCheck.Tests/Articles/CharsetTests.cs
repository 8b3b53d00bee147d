using System.Text;
using ClaimCheck.Articles;

namespace ClaimCheck.Tests.Articles;

public sealed class CharsetTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] Windows1252(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

    [Fact]
    public void Load_HtmlDeclaringWindows1252_DecodesAccentsEuroAndCurlyQuotes()
    {
        // 0xE9 é, 0x80 €, 0x93/0x94 curly quotes, 0x96 en dash: all invalid as UTF-8.
        var path = _dir.WriteBytes("budget.html", Windows1252(
            "<html><head><meta charset=windows-1252></head><body><p>Le café de la mairie coûte 1,2 million d\u2019euros \u2013 \u201cun record\u201d, selon le maire; budget: 40 \u20ac par habitant.</p></body></html>"));

        ArticleLoader.Load(path).Article!.Text.Should().Be("Le café de la mairie coûte 1,2 million d\u2019euros \u2013 \u201cun record\u201d, selon le maire; budget: 40 \u20ac par habitant.");
    }

    [Fact]
    public void Load_HtmlDeclaringIso88591ThroughHttpEquiv_IsReadAsWindows1252()
    {
        var path = _dir.WriteBytes("match.htm", Windows1252(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Müller scored twice in the 3\u20131 win before 75,000 fans.</p></body></html>"));

        ArticleLoader.Load(path).Article!.Text.Should().Be("Müller scored twice in the 3\u20131 win before 75,000 fans.");
    }

    [Fact]
    public void Load_HtmlDeclaringWindows1252ButWrittenInUtf8_IsReadAsUtf8()
    {
        var path = _dir.Write("mislabelled.html", "<meta charset=\"windows-1252\"><p>São Paulo recorded 34 °C.</p>");

        ArticleLoader.Load(path).Article!.Text.Should().Be("São Paulo recorded 34 °C.");
    }

    [Fact]
    public void Load_HtmlDeclaringAnUnknownCharset_FailsNamingIt()
    {
        var path = _dir.WriteBytes("odd.html", [.. Encoding.ASCII.GetBytes("<meta charset=\"klingon-8\"><p>Caf"), 0xE9, .. Encoding.ASCII.GetBytes("</p>")]);

        ArticleLoader.Load(path).Failure!.Message.Should().Be("the page declares charset 'klingon-8', which is not a known encoding");
    }

    [Fact]
    public void Load_HtmlWithoutDeclarationAndInvalidUtf8_StillFailsWithTheByteOffset()
    {
        var path = _dir.WriteBytes("bare.html", [.. Encoding.ASCII.GetBytes("<p>Caf"), 0xE9, .. Encoding.ASCII.GetBytes("</p>")]);

        ArticleLoader.Load(path).Failure!.Message.Should().Be("not valid UTF-8 at byte 6");
    }

    [Fact]
    public void Load_TextFileMentioningACharset_IsNotReadAsHtml()
    {
        var path = _dir.WriteBytes("note.txt", [.. Encoding.ASCII.GetBytes("<meta charset=windows-1252> Caf"), 0xE9]);

        ArticleLoader.Load(path).Failure!.Message.Should().Be("not valid UTF-8 at byte 31");
    }

    [Theory]
    [InlineData("<meta charset=\"Shift_JIS\">", "Shift_JIS")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=koi8-r'>", "koi8-r")]
    [InlineData("<meta name=\"description\" content=\"charset-free page\"><meta charset=utf-8/>", "utf-8")]
    [InlineData("<meta name=\"description\" content=\"no declaration\">", null)]
    public void Prescan_FindsTheDeclaredLabel(string head, string? expected) =>
        CharsetPrescan.Find(head).Should().Be(expected);
}
