import ArgumentParser

/// The folders a site is built from: the options `mpep build` and `mpep serve` share, declared
/// once so their names, defaults and help cannot drift apart. (The output folder stays with each
/// command: its help says what the command does with it.)
struct SiteOptions: ParsableArguments {
    @OptionGroup var contentOptions: ContentOptions

    @Option(help: "The templates folder.")
    var templates: String = "templates"

    /// The pipeline's paths for these folders, building into `output`.
    func paths(output: String, readme: String?) -> Pipeline.Paths {
        Pipeline.Paths(content: contentOptions.content, templates: templates, output: output, readme: readme)
    }
}
