namespace ClaimCheck.Compare;

/// <summary>
/// How far a table of objects already seen, looked up by reference, may grow. Claims from one run share their strings
/// (the run's claim pool, <see cref="Claims.SharedStrings"/>), so such a table stays small and spares hashing text; claims
/// that share nothing (built one by one by a caller) would only fill it, as large as the input and read at random.
/// </summary>
internal static class IdentityMemo
{
    /// <summary>Whether a table holding <paramref name="held"/> entries takes one more, when the values it stands for
    /// number <paramref name="distinct"/>: up to four entries a value, and 1,024 more.</summary>
    public static bool HasRoom(int held, int distinct) => held < 4 * distinct + 1024;
}
