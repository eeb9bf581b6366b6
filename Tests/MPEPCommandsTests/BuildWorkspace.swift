import Foundation
import Testing
import TestSupport

/// A scratch folder for tests that run the real `mpep` executable on generated trees: sample
/// content trees, a README with the efforts markers, and builds of them into folders of its own.
struct BuildWorkspace {
    let dir = TemporaryDirectory("mpep-build")
    var url: URL { dir.url }
    /// A copy of the repository's templates, so that every build of one test uses the same ones
    /// even while someone edits the repository's.
    let templates = "templates"

    init() {
        try! FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("templates"),
                                          to: dir.url.appendingPathComponent("templates"))
    }

    /// A copy of the repository's README (it holds the efforts markers the build rewrites).
    @discardableResult
    func readme(_ name: String = "README.md") throws -> URL {
        let copy = url.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("README.md"), to: copy)
        return copy
    }

    /// `mpep sample` into `name`: a complete multi-language tree.
    func sample(_ name: String, languages: Int, models: Int, prompts: Int, judges: Int = 2, seed: Int) throws {
        let result = try runMPEP(["sample", "--languages", "\(languages)", "--models", "\(models)",
                                  "--prompts", "\(prompts)", "--judges", "\(judges)", "--seed", "\(seed)", "--output", name],
                                 in: url)
        try #require(result.status == 0, "mpep sample: \(result.err)")
    }

    /// Options added to every build of this workspace (e.g. `--bootstrap-rounds 0` for quick builds).
    var options: [String] = []

    /// The arguments of `mpep build` for `content` into `output` (paths relative to the workspace).
    func buildArguments(content: String, output: String, readme: String?) -> [String] {
        ["build", "--quiet", "--content", content, "--templates", templates, "--output", output]
            + (readme.map { ["--readme", $0] } ?? ["--no-readme"]) + options
    }

    /// Runs a build to completion and requires it to succeed.
    func build(content: String, output: String, readme: String?, environment: [String: String] = [:]) throws {
        let result = try runMPEP(buildArguments(content: content, output: output, readme: readme), in: url,
                                 environment: environment)
        try #require(result.status == 0, "mpep build \(content): \(result.out)\(result.err)")
    }

    /// Starts a build without waiting for it; its output is discarded.
    func launchBuild(content: String, output: String, readme: String?) throws -> Process {
        guard let executable = mpepExecutable else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = buildArguments(content: content, output: output, readme: readme)
        process.currentDirectoryURL = url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func snapshot(_ relativePath: String) -> [String: Data] {
        folderSnapshot(url.appendingPathComponent(relativePath))
    }

    func contents(_ relativePath: String) -> Data? {
        FileManager.default.contents(atPath: url.appendingPathComponent(relativePath).path)
    }
}
