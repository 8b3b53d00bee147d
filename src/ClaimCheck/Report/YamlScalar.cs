using System.Buffers;
using System.Globalization;

namespace ClaimCheck.Report;

/// <summary>How a scalar is written in YAML.</summary>
internal enum YamlScalarStyle { Plain, SingleQuoted, DoubleQuoted, Folded }

/// <summary>
/// Picks how a scalar is quoted and writes it. The choice is the one YamlDotNet's emitter made when it wrote these
/// reports (so a report is byte for byte what it was): plain where a reader gets the same text back, else single-quoted,
/// else double-quoted with escapes, and text of several lines as a folded block (<c>&gt;</c>) where a block can stand.
/// </summary>
/// <remarks>
/// It departs from that emitter only where the emitter wrote YAML that does not read back as the same text: a leading
/// or trailing tab is quoted (a plain scalar loses it); a byte order mark is escaped (<c>\uFEFF</c>; YAML allows it
/// only in double quotes); text with a carriage return, U+0085, U+2028, U+2029, a control character or a byte order
/// mark is double-quoted rather than folded (a folded block turns the first two into line feeds, YAML 1.2 reads the
/// two separators as text, and the rest cannot stand raw), and so is text of line feeds only (the emitter's folded block
/// read back as ""); and a lone surrogate, which no UTF-8 file can hold, is written as U+FFFD instead of failing the report.
/// </remarks>
internal static class YamlScalar
{
    // Characters that never change the choice, wherever they stand after the first: letters, digits, the space (a
    // leading or trailing one is checked apart) and the punctuation that is an indicator only at the start.
    private static readonly SearchValues<char> Ordinary = SearchValues.Create(
        " !\"$%&()*+-./0123456789;<=>@ABCDEFGHIJKLMNOPQRSTUVWXYZ\\^_`abcdefghijklmnopqrstuvwxyz|~");

    /// <summary>The style for <paramref name="text"/>.</summary>
    /// <param name="text">The scalar's text.</param>
    /// <param name="flow">Whether it stands inside a flow mapping or sequence (<c>{a: b}</c>, <c>[a, b]</c>).</param>
    /// <param name="multiline">Whether text of several lines may be a folded block: true for string values, false for
    /// keys and typed scalars, which are written on one line.</param>
    public static YamlScalarStyle Choose(ReadOnlySpan<char> text, bool flow, bool multiline)
    {
        if (text.IsEmpty) return YamlScalarStyle.SingleQuoted;
        int unusual = text.IndexOfAnyExcept(Ordinary);
        if (unusual < 0)
        {
            char first = text[0];
            bool quote = first is '&' or '*' or '!' or '|' or '>' or '"' or '%' or '@' or '`' or ' '
                || text[^1] == ' '
                || (first == '-' && (text.Length == 1 || text[1] == ' '))
                || text.StartsWith("---") || text.StartsWith("...");
            return quote ? YamlScalarStyle.SingleQuoted : YamlScalarStyle.Plain;
        }
        return Analyze(text, unusual, flow, multiline);
    }

    /// <summary>The full decision, looking only at the characters that are not <see cref="Ordinary"/> (from
    /// <paramref name="unusual"/> on) and at their neighbours.</summary>
    private static YamlScalarStyle Analyze(ReadOnlySpan<char> s, int unusual, bool flow, bool multiline)
    {
        char head = s[0], tail = s[^1];
        bool flowIndicator = false, blockIndicator = false;
        if (s.StartsWith("---") || s.StartsWith("...")) flowIndicator = blockIndicator = true;
        if (head is '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '"' or '%' or '@' or '`' or '\'')
            flowIndicator = blockIndicator = true;
        else if (head is '?' or ':') { flowIndicator = true; blockIndicator |= SpaceAfter(s, 0); }
        else if (head == '-' && SpaceAfter(s, 0)) flowIndicator = blockIndicator = true;

        bool special = false, unfoldable = false, breaks = false, apostrophe = false;
        bool breakThenSpace = false, spaceThenBreak = false, blankLine = false;
        for (int i = unusual; ;)
        {
            char c = s[i];
            if (i > 0)
            {
                if (c is ',' or '?' or '[' or ']' or '{' or '}') flowIndicator = true;
                else if (c == ':') { flowIndicator = true; blockIndicator |= SpaceAfter(s, i); }
                else if (c == '#' && IsSpaceBreakOrZero(s[i - 1])) flowIndicator = blockIndicator = true;
            }
            if (c == '\'') apostrophe = true;
            else if (!IsPrintable(c))
            {
                special = true;
                unfoldable |= !(char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                    : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]));
            }
            else if (c == '\uFEFF') special = unfoldable = true;
            if (IsBreak(c))
            {
                breaks = true;
                unfoldable |= c != '\n';
                breakThenSpace |= i + 1 < s.Length && s[i + 1] == ' ';
                if (i > 0 && s[i - 1] == ' ')
                {
                    spaceThenBreak = true;
                    // A line of nothing but spaces between two breaks cannot stand in a block scalar.
                    int j = i - 1;
                    while (j > 0 && s[j] == ' ') j--;
                    blankLine |= IsBreak(s[j]);
                }
            }
            int next = s[(i + 1)..].IndexOfAnyExcept(Ordinary);
            if (next < 0) break;
            i += next + 1;
        }

        bool edge = head is ' ' or '\t' or '\'' || tail is ' ' or '\t' || IsBreak(head) || IsBreak(tail);
        // A folded block of line breaks only reads back as "" ("\n" would need the keep indicator).
        if (breaks)
            return multiline && !flow && tail != ' ' && !blankLine && !unfoldable && s.ContainsAnyExcept('\n')
                ? YamlScalarStyle.Folded : YamlScalarStyle.DoubleQuoted;
        bool plain = !edge && !breakThenSpace && !spaceThenBreak && !special && !(flow ? flowIndicator : blockIndicator);
        if (plain) return YamlScalarStyle.Plain;
        return !breakThenSpace && !spaceThenBreak && !special && !apostrophe ? YamlScalarStyle.SingleQuoted : YamlScalarStyle.DoubleQuoted;
    }

    /// <summary>Writes <paramref name="text"/> in <paramref name="style"/>; returns whether that ended the line (a
    /// folded block ends its own last line).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="text">The scalar's text.</param>
    /// <param name="style">From <see cref="Choose"/>.</param>
    /// <param name="indent">The indentation of a folded block's lines.</param>
    public static bool Write(YamlOutput output, ReadOnlySpan<char> text, YamlScalarStyle style, int indent)
    {
        switch (style)
        {
            case YamlScalarStyle.Plain:
                output.Write(text);
                return false;
            case YamlScalarStyle.SingleQuoted:
                WriteSingleQuoted(output, text);
                return false;
            case YamlScalarStyle.DoubleQuoted:
                WriteDoubleQuoted(output, text);
                return false;
            default:
                WriteFolded(output, text, indent);
                return true;
        }
    }

    private static void WriteSingleQuoted(YamlOutput output, ReadOnlySpan<char> text)
    {
        output.Write('\'');
        int quote;
        while ((quote = text.IndexOf('\'')) >= 0)
        {
            output.Write(text[..(quote + 1)]);
            output.Write('\'');
            text = text[(quote + 1)..];
        }
        output.Write(text);
        output.Write('\'');
    }

    private static void WriteDoubleQuoted(YamlOutput output, ReadOnlySpan<char> text)
    {
        output.Write('"');
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsPrintable(c) && !IsBreak(c) && c is not ('"' or '\\' or '\uFEFF')) continue;
            output.Write(text[start..i]);
            output.Write('\\');
            char letter = c switch
            {
                '\0' => '0', '\a' => 'a', '\b' => 'b', '\n' => 'n', '\v' => 'v', '\f' => 'f', '\r' => 'r', '\x1B' => 'e',
                '"' => '"', '\\' => '\\', '\x85' => 'N', '\u2028' => 'L', '\u2029' => 'P',
                _ => '\0',
            };
            if (letter != '\0') output.Write(letter);
            else if (c <= '\xFF') Hex(output, 'x', c, "X2");
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                Hex(output, 'U', char.ConvertToUtf32(c, text[++i]), "X8");
            else Hex(output, 'u', char.IsSurrogate(c) ? '\uFFFD' : c, "X4");
            start = i + 1;
        }
        output.Write(text[start..]);
        output.Write('"');
    }

    private static void Hex(YamlOutput output, char escape, int code, string format)
    {
        output.Write(escape);
        var span = output.Reserve(8);
        code.TryFormat(span, out int written, format, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    /// <summary>A folded block: a blank line between two lines of text stands for one line break, so each break
    /// before a line that does not start with a space is doubled; lines that start with a space keep their breaks.</summary>
    private static void WriteFolded(YamlOutput output, ReadOnlySpan<char> text, int indent)
    {
        output.Write('>');
        if (text[0] is ' ' or '\n') output.Write('2'); // the indentation, when the first line cannot show it
        if (text[^1] != '\n') output.Write('-');
        else if (text.Length >= 2 && text[^2] == '\n') output.Write('+');
        output.Write('\n');
        bool indented = true;
        while (!text.IsEmpty)
        {
            int end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            if (!line.IsEmpty)
            {
                output.Spaces(indent);
                output.Write(line);
                indented = line[0] is ' ' or '\t';
            }
            if (end < 0)
            {
                output.Write('\n');
                return;
            }
            var rest = text[(end + 1)..];
            if (!line.IsEmpty && !indented)
            {
                var next = rest.TrimStart('\n');
                if (!next.IsEmpty && next[0] is not (' ' or '\t')) output.Write('\n');
            }
            output.Write('\n');
            text = rest;
        }
    }

    private static bool IsBreak(char c) => c is '\n' or '\r' or '\x85' or '\u2028' or '\u2029';

    private static bool SpaceAfter(ReadOnlySpan<char> s, int i) => i + 1 >= s.Length || IsSpaceBreakOrZero(s[i + 1]);

    private static bool IsSpaceBreakOrZero(char c) => c is ' ' or '\t' or '\0' || IsBreak(c);

    /// <summary>YAML's printable characters, one UTF-16 unit at a time (so both halves of a surrogate pair are not).</summary>
    private static bool IsPrintable(char c) =>
        c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\x85' or (>= '\xA0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
