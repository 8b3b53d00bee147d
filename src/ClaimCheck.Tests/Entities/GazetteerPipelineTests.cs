using ClaimCheck.Articles;
using ClaimCheck.Pipeline;
using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Tests.Entities;

public class GazetteerPipelineTests
{
    [Fact]
    public void UseGazetteerFile_ExtendsTheShippedGazetteer()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-gazetteer-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "entries:\n  - {name: Sudan Emergency Response Rooms, kind: organisation, type: ngo, source_kind: expert, aliases: [ERR]}\n");
        try
        {
            var pipeline = new ClaimCheckPipelineBuilder().UseGazetteerFile(path).Build();
            var analysis = pipeline.Analyze(new Article("a", "ERR volunteers in Khartoum said 40 kitchens had closed."));
            analysis.Entities.Select(e => (e.Canonical, e.Kind)).Should().Equal(
                ("Sudan Emergency Response Rooms", EntityKind.Organisation), ("Khartoum", EntityKind.Place));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void UseGazetteerFile_Replace_UsesOnlyTheUserEntries()
    {
        string path = Path.Combine(Path.GetTempPath(), $"claimcheck-gazetteer-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "entries:\n  - {name: Gotham, kind: place, type: city}\n");
        try
        {
            var pipeline = new ClaimCheckPipelineBuilder().UseGazetteerFile(path, replace: true).Build();
            var analysis = pipeline.Analyze(new Article("a", "Floods hit Gotham and Reuters."));
            analysis.Entities.Select(e => e.Canonical).Should().Equal("Gotham");
        }
        finally { File.Delete(path); }
    }
}
