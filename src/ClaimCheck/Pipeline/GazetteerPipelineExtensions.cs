using ClaimCheck.Recognize.Entities;

namespace ClaimCheck.Pipeline;

/// <summary>Switches the pipeline's entity recognizer to a gazetteer of your own.</summary>
public static class GazetteerPipelineExtensions
{
    /// <summary>Recognises entities with <paramref name="gazetteer"/> (replaces the entity recognizer).</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="gazetteer">The gazetteer, e.g. <c>Gazetteer.Default.Extend(Gazetteer.FromFile(path))</c>.</param>
    /// <returns>The builder.</returns>
    public static ClaimCheckPipelineBuilder UseGazetteer(this ClaimCheckPipelineBuilder builder, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(gazetteer);
        return builder.UseEntityRecognizer(new EntityRecognizer(gazetteer));
    }

    /// <summary>Reads a gazetteer YAML file and adds its entries to the shipped ones, or uses it alone.</summary>
    /// <param name="builder">The pipeline builder.</param>
    /// <param name="path">A YAML file in the format of the shipped gazetteer (<c>entries: [{name, kind, type, aliases, source_kind}]</c>).</param>
    /// <param name="replace">True to use only the file's entries; false (the default) to extend the shipped gazetteer, an entry of the same name replacing the shipped one.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="FormatException">The file is not a valid gazetteer.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ClaimCheckPipelineBuilder UseGazetteerFile(this ClaimCheckPipelineBuilder builder, string path, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var user = Gazetteer.FromFile(path);
        return builder.UseGazetteer(replace ? user : Gazetteer.Default.Extend(user));
    }
}
