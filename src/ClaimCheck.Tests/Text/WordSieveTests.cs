using ClaimCheck.Text;

namespace ClaimCheck.Tests.Text;

/// <summary>The sieve before a word look-up: it may let a stranger through, never turns a member away.</summary>
public sealed class WordSieveTests
{
    private static readonly string[] Words = ["said", "according", "told", "km", "mid-march", "2nd", "über", "a"];

    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("Said")]
    [InlineData("According")]
    [InlineData("km")]
    [InlineData("KM")]
    [InlineData("mid-march")]
    [InlineData("2nd")]
    [InlineData("über")]
    [InlineData("A")]
    public void A_word_of_the_set_in_any_case_passes(string word) =>
        new WordSieve(Words).MayContain(word).Should().BeTrue();

    [Theory]
    [InlineData("sad")]        // first and last letter of "said", another length
    [InlineData("tol")]        // "told" without its last letter
    [InlineData("officials")]  // no word starts with o
    [InlineData("k")]
    [InlineData("accordingly")]
    public void A_word_no_member_could_be_is_turned_away(string word) =>
        new WordSieve(Words).MayContain(word).Should().BeFalse();

    [Fact]
    public void Every_member_of_a_real_vocabulary_passes()
    {
        var cues = ClaimCheck.Attribution.AttributionVocabulary.Default.SpeechVerbs.Words;
        var sieve = new WordSieve(cues);

        // Filtered here, not in an assertion's expression tree: without run-time code (as the tool runs) the expression
        // interpreter cannot call a method that takes a span.
        cues.Should().NotBeEmpty();
        cues.Where(w => !sieve.MayContain(w) || !sieve.MayContain(w.ToUpperInvariant())).Should().BeEmpty();
    }
}
