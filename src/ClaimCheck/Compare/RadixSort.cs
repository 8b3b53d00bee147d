namespace ClaimCheck.Compare;

/// <summary>
/// Sorts doubles by their bits, a byte at a time from the lowest (least significant digit first), in time linear in
/// their number: the conflict sweep sorts every bound of a group, and a comparison sort's extra factor (its depth of
/// partitions, each a pass over memory that has left the cache once a group outgrows it) is what made the cost per
/// claim grow with the group.
/// </summary>
/// <remarks>
/// A double's bits read as an unsigned integer keep its order once negative numbers have all their bits flipped and
/// positive ones their sign bit set (<see cref="Key"/>); -0 is read as +0, as the comparison operators do. A byte that
/// every key shares (the sign and the top of the exponent, in a group of similar figures; the low bytes of whole numbers)
/// costs no pass. NaN has no place in a bound and is not ordered.
/// </remarks>
internal static class RadixSort
{
    private const int Digits = sizeof(ulong);

    /// <summary>Below this many keys a comparison sort is quicker than the passes.</summary>
    private const int Small = 256;

    /// <summary>The sortable key of a double: keys compare as the doubles do.</summary>
    public static ulong Key(double x)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(x == 0 ? 0 : x);
        return (bits & 0x8000_0000_0000_0000) != 0 ? ~bits : bits | 0x8000_0000_0000_0000;
    }

    /// <summary>Sorts <paramref name="keys"/> in ascending order, using <paramref name="scratch"/> (at least as long) as working space.</summary>
    public static void Sort(Span<ulong> keys, Span<ulong> scratch)
    {
        if (keys.Length < Small)
        {
            keys.Sort();
            return;
        }
        if (scratch.Length < keys.Length) throw new ArgumentException("The scratch space is shorter than the keys.", nameof(scratch));
        scratch = scratch[..keys.Length];
        Span<int> counts = stackalloc int[Digits * 256];
        counts.Clear();
        foreach (ulong key in keys)
            for (int d = 0; d < Digits; d++)
                counts[(d << 8) | (int)((key >> (d << 3)) & 0xFF)]++;

        Span<ulong> from = keys, to = scratch;
        Span<int> next = stackalloc int[256];
        for (int d = 0; d < Digits; d++)
        {
            var count = counts.Slice(d << 8, 256);
            int shift = d << 3;
            if (count[(int)((from[0] >> shift) & 0xFF)] == from.Length) continue; // every key has this byte
            for (int b = 0, at = 0; b < 256; b++) (next[b], at) = (at, at + count[b]);
            foreach (ulong key in from) to[next[(int)((key >> shift) & 0xFF)]++] = key;
            var swap = from;
            from = to;
            to = swap;
        }
        if (from != keys) from.CopyTo(keys);
    }
}
