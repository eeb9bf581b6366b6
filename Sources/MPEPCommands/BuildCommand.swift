import ArgumentParser
import Foundation
import MPEPContent

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site and update the README's efforts table.",
        discussion: """
            Builds into a temporary folder beside the output and swaps it in only when complete: \
            a failure leaves the previous site and README as they were.

            Examples:
              mpep build
              mpep build --content content --output site --readme README.md
              mpep build --base-url /mpep/ --timings
              mpep build --languages nl,ru --output shard/site
            """
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder.")
    var output: String = "site"

    @Option(help: "The README whose efforts table is rewritten (default: the README.md beside the content folder, when it has an efforts table); --no-readme to leave it alone.")
    var readme: String?

    @Flag(name: .customLong("no-readme"), help: "Do not touch the README.")
    var noReadme = false

    @Option(name: .customLong("base-url"), help: "Override site.yml's base_url (e.g. /mpep/ for a project site).")
    var baseURL: String?

    @Option(name: .customLong("bootstrap-rounds"), help: "Override site.yml's bootstrap_rounds (0: no intervals; quick previews).")
    var bootstrapRounds: Int?

    @Option(help: "The build's date for the changelog and its feed (RFC 3339, e.g. the commit's: git log -1 --format=%cI). Without it: the content's last commit date, else today.")
    var date: String?

    @Flag(help: "Print the wall time of each stage.")
    var timings = false

    @Flag(name: .customLong("no-cache"), help: "Build everything afresh, ignoring .mpep-cache/ beside the output.")
    var noCache = false

    @Option(help: ArgumentHelp(
        "Build one shard of a build split by language: only these languages' own files (comma-separated codes), nothing site-wide, no README.",
        discussion: "Copy every shard's output and .mpep-cache/ into one folder, then run mpep build there: each language comes from the cache (docs/architecture.md, \"Past one runner\")."))
    var languages: String?

    @Flag(name: .shortAndLong, help: "Print only problems: no progress, no summary.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print progress lines even when not on a terminal, and the stage timings.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
        if let date, date.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/) == nil {
            throw ValidationError("--date must be an RFC 3339 date-time such as 2026-11-27T10:00:00Z, found \"\(date)\"")
        }
        if let bootstrapRounds, bootstrapRounds < 0 {
            throw ValidationError("--bootstrap-rounds must be 0 or more")
        }
        if let languages {
            if noCache { throw ValidationError("--languages builds a shard for a later merge, which needs its .mpep-cache/: drop --no-cache") }
            if shardCodes(languages).isEmpty || shardCodes(languages).contains(where: { !Identifier.isValid($0) }) {
                throw ValidationError("--languages takes language codes separated by commas, such as nl,ru; found \"\(languages)\"")
            }
        }
    }

    func run() throws {
        try site.contentOptions.requireFolder()
        let readme = site.contentOptions.readme(readme, disabled: noReadme || languages != nil)
        var pipeline = Pipeline(paths: site.paths(output: output, readme: readme), baseURL: baseURL,
                                bootstrapRounds: bootstrapRounds)
        let progress = BuildProgress(style: BuildProgress.style(
            isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment,
            quiet: quiet, verbose: verbose), lineInterval: verbose ? 0 : 5)
        pipeline.progress = { progress.report($0) }
        pipeline.incremental = !noCache
        if let date { pipeline.buildDate = date }
        pipeline.languages = languages.map { Set(shardCodes($0)) }
        do {
            let report = try pipeline.build()
            progress.finish()
            for diagnostic in report.diagnostics { printError(diagnostic.description) }
            if !quiet {
                print("Built \(report.files) files (\(report.bytes) bytes) into \(output)/"
                      + (report.readmeChanged ? "; updated \(readme ?? "")" : ""))
            }
            if verbose {
                print("  ranked afresh: \(report.rankedLanguages.isEmpty ? "none (all from .mpep-cache/)" : report.rankedLanguages.joined(separator: " "))")
                print("  rendered afresh: \(report.renderedLanguages.isEmpty ? "none (all from .mpep-cache/)" : report.renderedLanguages.joined(separator: " "))")
                if report.reusedPages > 0 { print("  of their pages, reused unchanged: \(report.reusedPages)") }
            }
            if timings || verbose {
                print("  allocator   \(Allocator.description)")
                for (stage, seconds) in report.timings {
                    print("  \(stage.padding(toLength: 11, withPad: " ", startingAt: 0)) \(String(format: "%.3f", seconds)) s")
                }
                if let size = report.size {
                    print("  answers     \(report.bundledAnswers ? "in compressed bundles" : "in their prompt pages")")
                    for line in size.lines { print("  \(line)") }
                }
            }
        } catch {
            progress.finish()
            throw ExitCode(report(error))
        }
    }

    private func shardCodes(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func report(_ failure: Pipeline.Failure) -> Int32 {
        switch failure {
        case .content(let diagnostics):
            for diagnostic in diagnostics { printError(diagnostic.description) }
            printError("build failed: \(diagnostics.errorCount) error(s) in the content; nothing was written")
            return 1
        case .templates(let message), .render(let message):
            printError(message)
            printError("build failed; nothing was written")
            return 1
        case .write(let message):
            printError("error: \(message)")
            printError("build failed; the previous site was kept")
            return 1
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
