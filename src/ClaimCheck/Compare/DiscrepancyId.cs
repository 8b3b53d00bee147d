using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Claims;

namespace ClaimCheck.Compare;

/// <summary>
/// Discrepancy identity. A disagreement about a quantity is identified by the quantity (its key), not by the claims
/// that make it up, so a developing story keeps one id from run to run while articles are added: the desk's review
/// stays attached. A conversion that does not match its figure is identified by that one statement.
/// </summary>
internal static class DiscrepancyId
{
    /// <summary>The id of the disagreement about <paramref name="key"/>.</summary>
    public static string For(ClaimKey key) => Hash(key.ToString());

    /// <summary>The id of a mismatched conversion: the quantity, the article and the figure as written.</summary>
    public static string ForConversion(Claim claim) =>
        Hash($"{claim.Key}\nconversion\n{claim.Evidence.ArticleId}\n{claim.Value.AsWritten}\n{claim.Value.Conversion}");

    private static string Hash(string text) =>
        "d-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
