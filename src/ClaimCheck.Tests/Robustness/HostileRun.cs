using System.Text;
using ClaimCheck.Cli;
using ClaimCheck.Report;
using ClaimCheck.Tests.Articles;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Runs claimcheck in-process on a batch that holds one good article beside the hostile input, so every test can
/// check both that the hostile input got its clear message and that the good article was still reported.
/// </summary>
public sealed class HostileRun : IDisposable
{
    /// <summary>One claim: 5,000 families displaced, stated by officials.</summary>
    public const string GoodText = "Floodwaters displaced 5,000 families in Sylhet on Monday, officials said.";

    public HostileRun() => Good = Dir.Write("good.txt", GoodText);

    public TempFolder Dir { get; } = new();

    public string Good { get; }

    public void Dispose() => Dir.Dispose();

    public Result Run(params string[] args) => RunWith(new CliIo(new StringReader(""), new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" }), args);

    public Result RunStdin(Stream stdin, params string[] args) =>
        RunWith(new CliIo(new StringReader(""), new StringWriter { NewLine = "\n" }, new StringWriter { NewLine = "\n" }) { InBytes = stdin }, args);

    internal static Result RunWith(CliIo io, params string[] args)
    {
        int code = CliApp.Run(args, io);
        return new Result(code, io.Out.ToString()!, io.Error.ToString()!);
    }

    public sealed record Result(int Code, string Out, string Err)
    {
        public ClaimCheckReport Report => ClaimCheckReportReader.Read(new StringReader(Out));

        /// <summary>The good article was read and its one claim is in the report.</summary>
        public void GoodArticleReported()
        {
            var report = Report;
            report.Articles.Should().Contain(a => a.Id == "good" && a.Status == ArticleStatus.Ok && a.ClaimCount == 1, Err);
            report.Claims.Should().Contain(c => c.Evidence.ArticleId == "good" && c.Value.AsWritten.Contains("5,000"));
        }

        /// <summary>The input <paramref name="path"/> is listed as failed with a message containing <paramref name="message"/>, on stderr too.</summary>
        public void Failed(string path, string message)
        {
            Report.Articles.Should().Contain(a => a.Path == path && a.Status == ArticleStatus.Failed && a.Error!.Contains(message),
                $"the report should list {path} as failed with '{message}'; stderr: {Err}");
            Err.Should().Contain($"claimcheck: {path}: ").And.Contain(message);
        }

        /// <summary>Stderr is only people's language: no .NET exception type, no stack trace, no temporary file.</summary>
        public void ErrorsAreClean()
        {
            Err.Should().NotContainAny("Exception", "System.", "   at ", ".tmp");
        }
    }

    /// <summary>A stream of <paramref name="length"/> copies of <paramref name="fill"/>, produced as it is read (no memory held).</summary>
    public sealed class EndlessStream(long length, byte fill = (byte)'a') : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - _position);
            buffer.AsSpan(offset, n).Fill(fill);
            _position += n;
            return n;
        }
    }

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
