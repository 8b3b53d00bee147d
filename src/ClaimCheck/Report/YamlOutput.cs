using System.Buffers;

namespace ClaimCheck.Report;

/// <summary>
/// A character buffer in front of a <see cref="TextWriter"/>: the YAML of a large report is a few hundred million
/// small pieces (a key, ": ", a value, a line end), and one virtual call per piece costs more than the copying.
/// </summary>
/// <remarks>
/// Not thread-safe; one per report written. <see cref="Flush"/> passes on what is left. An output made by
/// <see cref="InMemory"/> has no writer: it grows instead, so that a stretch of the report can be formatted on another
/// thread and written in its place later (<see cref="Written"/>, then <see cref="Release"/>).
/// </remarks>
internal sealed class YamlOutput
{
    private readonly TextWriter? _writer;
    private char[] _buffer;
    private int _length;

    public YamlOutput(TextWriter writer)
    {
        _writer = writer;
        _buffer = new char[1 << 15];
    }

    private YamlOutput(char[] pooled) => _buffer = pooled;

    /// <summary>An output that keeps what is written, in a buffer from the shared pool.</summary>
    public static YamlOutput InMemory() => new(ArrayPool<char>.Shared.Rent(1 << 16));

    /// <summary>What an in-memory output holds.</summary>
    public ReadOnlySpan<char> Written => _buffer.AsSpan(0, _length);

    /// <summary>Gives an in-memory output's buffer back to the pool; the output is not used after.</summary>
    public void Release()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    public void Write(char c)
    {
        if (_length == _buffer.Length) MakeRoom(1);
        _buffer[_length++] = c;
    }

    public void Write(ReadOnlySpan<char> text)
    {
        if (text.Length > _buffer.Length - _length)
        {
            MakeRoom(text.Length);
            if (text.Length > _buffer.Length - _length)
            {
                _writer!.Write(text);
                return;
            }
        }
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    public void Spaces(int count)
    {
        while (count > 0)
        {
            if (_length == _buffer.Length) MakeRoom(count);
            int n = Math.Min(count, _buffer.Length - _length);
            _buffer.AsSpan(_length, n).Fill(' ');
            _length += n;
            count -= n;
        }
    }

    /// <summary>A writable stretch of at least <paramref name="size"/> characters; <see cref="Advance"/> says how many were used.</summary>
    public Span<char> Reserve(int size)
    {
        if (size > _buffer.Length - _length) MakeRoom(size);
        return _buffer.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    public void Flush()
    {
        if (_length == 0 || _writer is null) return;
        _writer.Write(_buffer, 0, _length);
        _length = 0;
    }

    // With a writer: pass the buffer on (a text longer than the buffer then goes straight to the writer). In memory: a
    // buffer from the pool at least twice as large.
    private void MakeRoom(int needed)
    {
        if (_writer is not null)
        {
            Flush();
            return;
        }
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
