using System.Text.Json;
using ClaimCheck.Cli.Commands;
using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Tests.Recognize;

public sealed class QuantitiesCommandTests
{
    private static string[] RunLines(string input)
    {
        var output = new StringWriter();
        int code = QuantitiesCommand.Run(new StringReader(input), output, QuantityRecognizer.Default);
        code.Should().Be(0);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public void Run_MoreThanCount_WritesDocumentedFields()
    {
        var lines = RunLines("The UN said more than 280,000 people have fled.\n");

        lines.Should().ContainSingle();
        using var doc = JsonDocument.Parse(lines[0]);
        var root = doc.RootElement;
        root.GetProperty("line").GetInt32().Should().Be(1);
        var q = root.GetProperty("quantities").EnumerateArray().Single();
        q.GetProperty("text").GetString().Should().Be("more than 280,000 people");
        q.GetProperty("start").GetInt32().Should().Be(12);
        q.GetProperty("length").GetInt32().Should().Be(24);
        q.GetProperty("type").GetString().Should().Be("count");
        q.GetProperty("value").GetDouble().Should().Be(280000);
        q.GetProperty("low").GetDouble().Should().Be(280000);
        q.GetProperty("high").ValueKind.Should().Be(JsonValueKind.Null);
        q.GetProperty("unit").GetString().Should().Be("people");
        q.GetProperty("qualifier").GetString().Should().Be("more_than");
    }

    [Fact]
    public void Run_EmptyLine_WritesEmptyList()
    {
        var lines = RunLines("\n");

        lines.Should().Equal("{\"line\":1,\"quantities\":[]}");
    }

    [Fact]
    public void Run_SeveralLines_KeepsInputOrderAndNumbering()
    {
        var lines = RunLines("Floods hit 12 villages.\n\nThe camp is 5 km (3 miles) away.\nNo figures here.");

        lines.Should().HaveCount(4);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("line").GetInt32()).Should().Equal(1, 2, 3, 4);
        lines[1].Should().Be("{\"line\":2,\"quantities\":[]}");
        lines[3].Should().Be("{\"line\":4,\"quantities\":[]}");
        var conversion = JsonDocument.Parse(lines[2]).RootElement.GetProperty("quantities")[0];
        conversion.GetProperty("text").GetString().Should().Be("5 km (3 miles)");
        conversion.GetProperty("conversion").GetProperty("unit").GetString().Should().Be("mi");
        conversion.GetProperty("conversion_consistent").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Run_VagueMagnitude_WritesNullValueAndInterval()
    {
        var line = RunLines("Tens of thousands of residents fled south.").Single();

        var q = JsonDocument.Parse(line).RootElement.GetProperty("quantities")[0];
        q.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        q.GetProperty("low").GetDouble().Should().Be(10000);
        q.GetProperty("high").GetDouble().Should().Be(99999);
        q.GetProperty("qualifier").GetString().Should().Be("vague");
        q.GetProperty("noun").GetString().Should().Be("residents");
    }

    [Fact]
    public void Run_CurrencySymbol_IsWrittenUnescaped()
    {
        var line = RunLines("The fine was £25.").Single();

        line.Should().Contain("\"text\":\"£25\"");
    }
}
