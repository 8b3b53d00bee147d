using System.Globalization;
using System.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Writes N news-like articles for the scale benchmark: floods, earthquakes, protests, fighting, elections, storms,
/// markets and sport, in several sentence shapes. Each sentence shape and place has a true figure that most articles
/// repeat (rounded, hedged or exact) and some contradict, so many articles share keys and some disagree, as wire
/// copy about the same events does; two shapes state the number displaced, so those quantities hold two clusters
/// of figures (a hard case for the comparison). Deterministic for a given seed.
/// </summary>
internal sealed class CorpusGenerator(int seed = 7)
{
    private static readonly string[] Places =
    [
        "Nairobi", "Lagos", "Manila", "Dhaka", "Karachi", "Kharkiv", "Goma", "Mosul", "Herat", "Kabul", "Khartoum",
        "Port Sudan", "Maiduguri", "Kinshasa", "Bamako", "Niamey", "Juba", "Mogadishu", "Kandahar", "Peshawar",
        "Mandalay", "Yangon", "Port-au-Prince", "Tripoli", "Benghazi", "Derna", "Sanaa", "Aden", "Kherson", "Odesa",
        "Zaporizhzhia", "Kyiv", "Valencia",
    ];

    private static readonly string[] Sources =
    [
        "the UN said", "officials said", "the Red Cross said", "police said", "the interior ministry said",
        "according to the World Health Organization", "local authorities said", "Reuters reported", "the governor said",
        "according to Amnesty International", "aid workers said", "the army said",
    ];

    private static readonly string[] Outlets = ["Daily Ledger", "Wire Service", "Morning Post", "Evening Standard Online", "Coastal Times", "Regional Herald"];

    // {0}: figure, {1}: place, {2}: source. Each shape states one count claim.
    private static readonly (string Event, string Shape)[] Counts =
    [
        ("displaced", "Floods have displaced {0} people in {1}, {2}."),
        ("displaced", "About {0} residents of {1} were forced from their homes by the rising water, {2}."),
        ("killed", "At least {0} people were killed when the earthquake struck near {1}, {2}."),
        ("killed", "The death toll in {1} rose to {0}, {2}."),
        ("arrested", "Police arrested {0} protesters in {1} after the rally turned violent, {2}."),
        ("injured", "{0} people were injured in clashes in {1} on Saturday, {2}."),
        ("evacuated", "Authorities evacuated {0} residents from {1} ahead of the cyclone, {2}."),
        ("missing", "{0} people remain missing in {1} after the landslide, {2}."),
        ("voted", "More than {0} voters cast ballots in {1}, the electoral commission said."),
        ("fled", "Some {0} people fled {1} in the past week, {2}."),
    ];

    // {0}: km, {1}: place, {2}: source.
    private static readonly string[] Distances =
    [
        "Rebels were as close as {0} km from {1} on Sunday, {2}.",
        "Government troops pushed to within {0} km of {1}, {2}.",
    ];

    private static readonly string[] Filler =
    [
        "The central bank kept its main rate at {0}% and said inflation would ease next year.",
        "Shares in the port operator rose {0}% in early trading.",
        "The home side won 3-1 in front of a crowd of {1:N0} at the national stadium.",
        "Researchers said the survey covered {1:N0} households over six months.",
        "Rain is expected to continue until Thursday, forecasters said.",
        "The committee will meet again next month to review the figures.",
        "Roads into the city remained closed on Monday morning.",
        "Aid agencies appealed for ${0} million in emergency funding.",
    ];

    private readonly Random _random = new(seed);
    private readonly Dictionary<(int Shape, int Place), int> _truth = [];

    /// <summary>Writes <paramref name="count"/> articles into <paramref name="folder"/> and returns their total size in bytes.</summary>
    public long Write(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (int i = 0; i < count; i++)
        {
            var (name, text) = Article(i);
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return bytes;
    }

    /// <summary>One article: a headline line, a dateline and 6 to 16 sentences about one or two places.</summary>
    public (string Name, string Text) Article(int index)
    {
        var text = new StringBuilder();
        int place = _random.Next(Places.Length), other = _random.Next(Places.Length);
        var day = new DateOnly(2025, 3, 1).AddDays(_random.Next(60));
        text.Append("---\noutlet: ").Append(Outlets[index % Outlets.Length]).Append("\npublished: ")
            .Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n---\n");
        text.Append("Crisis deepens in ").Append(Places[place]).Append("\n\n");
        int sentences = 6 + _random.Next(11);
        for (int s = 0; s < sentences; s++)
        {
            int where = _random.Next(4) == 0 ? other : place;
            int roll = _random.Next(10);
            if (roll < 5) text.Append(CountSentence(where));
            else if (roll < 6) text.Append(DistanceSentence(where));
            else text.Append(Format(Filler[_random.Next(Filler.Length)], (_random.Next(5, 95) / 10.0).ToString("0.0", CultureInfo.InvariantCulture), _random.Next(2, 90) * 1000));
            text.Append(s % 3 == 2 ? "\n\n" : " ");
        }
        return ($"{index:D6}.md", text.ToString());
    }

    private string CountSentence(int place)
    {
        int shape = _random.Next(Counts.Length);
        int truth = Truth(shape, place, () => _random.Next(3, 900) * (_random.Next(3) == 0 ? 1000 : 10));
        return Format(Counts[shape].Shape, Figure(truth), Places[place], Sources[_random.Next(Sources.Length)]);
    }

    private string DistanceSentence(int place)
    {
        int shape = _random.Next(Distances.Length);
        int truth = Truth(100 + shape, place, () => _random.Next(4, 80));
        int km = _random.Next(6) == 0 ? truth + _random.Next(5, 30) : truth;
        return Format(Distances[shape], km, Places[place], Sources[_random.Next(Sources.Length)]);
    }

    private int Truth(int shape, int place, Func<int> draw)
    {
        if (!_truth.TryGetValue((shape, place), out var truth)) _truth[(shape, place)] = truth = draw();
        return truth;
    }

    /// <summary>The true figure as a writer gives it: exact, rounded, in millions, or (one time in eight) a different figure.</summary>
    private string Figure(int truth)
    {
        int roll = _random.Next(8);
        double value = roll == 0 ? truth * (1.3 + _random.NextDouble()) : truth;
        if (roll == 1 && value >= 1000) return Math.Round(value / 1000).ToString("N0", CultureInfo.InvariantCulture) + ",000";
        if (roll == 2 && value >= 1_000_000) return (value / 1_000_000).ToString("0.0", CultureInfo.InvariantCulture) + " million";
        return Math.Round(value).ToString("N0", CultureInfo.InvariantCulture);
    }

    private static string Format(string shape, params object[] args) => string.Format(CultureInfo.InvariantCulture, shape, args);
}
