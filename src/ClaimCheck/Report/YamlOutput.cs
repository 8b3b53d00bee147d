namespace ClaimCheck.Report;

/// <summary>
/// A character buffer in front of a <see cref="TextWriter"/>: the YAML of a large report is a few hundred million
/// small pieces (a key, ": ", a value, a line end), and one virtual call per piece costs more than the copying.
/// </summary>
/// <remarks>Not thread-safe; one per report written. <see cref="Flush"/> passes on what is left.</remarks>
internal sealed class YamlOutput(TextWriter writer)
{
    private readonly char[] _buffer = new char[1 << 15];
    private int _length;

    public void Write(char c)
    {
        if (_length == _buffer.Length) Flush();
        _buffer[_length++] = c;
    }

    public void Write(ReadOnlySpan<char> text)
    {
        if (text.Length > _buffer.Length - _length)
        {
            Flush();
            if (text.Length > _buffer.Length)
            {
                writer.Write(text);
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
            if (_length == _buffer.Length) Flush();
            int n = Math.Min(count, _buffer.Length - _length);
            _buffer.AsSpan(_length, n).Fill(' ');
            _length += n;
            count -= n;
        }
    }

    /// <summary>A writable stretch of at least <paramref name="size"/> characters; <see cref="Advance"/> says how many were used.</summary>
    public Span<char> Reserve(int size)
    {
        if (size > _buffer.Length - _length) Flush();
        return _buffer.AsSpan(_length);
    }

    public void Advance(int count) => _length += count;

    public void Flush()
    {
        if (_length == 0) return;
        writer.Write(_buffer, 0, _length);
        _length = 0;
    }
}
