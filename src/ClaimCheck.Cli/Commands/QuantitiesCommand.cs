using ClaimCheck.Recognize.Quantities;

namespace ClaimCheck.Cli.Commands;

// PLACEHOLDER so the host compiles: the quantity recognizer's branch owns the real QuantitiesCommand; take theirs at merge.
internal static class QuantitiesCommand
{
    public static int Run(TextReader input, TextWriter output, IQuantityRecognizer recognizer)
    {
        string? line;
        while ((line = input.ReadLine()) is not null)
            foreach (var q in recognizer.Recognize(line))
                output.WriteLine(q.Text);
        return 0;
    }
}
