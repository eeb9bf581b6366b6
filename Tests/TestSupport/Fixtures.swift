import Foundation

/// Where the test data lives: the repository's own files and the shared AlpacaEval fixtures.
public enum Fixtures {
    /// The repository root (the folder holding Package.swift).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// `Tests/Fixtures/argilla`: exports made by the real Argilla SDKs (its README says how).
    public static var argilla: URL { repositoryRoot.appendingPathComponent("Tests/Fixtures/argilla") }

    /// `../shared` beside the repository, if present (it holds real AlpacaEval data that
    /// must not be copied into the project).
    public static var shared: URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `../shared/fixtures/alpaca_eval`, or nil with the reason to print when skipping.
    public static var alpacaEval: URL? {
        guard let dir = shared?.appendingPathComponent("fixtures/alpaca_eval"),
              FileManager.default.fileExists(atPath: dir.path) else { return nil }
        return dir
    }

    public static let alpacaEvalMissing =
        "../shared/fixtures/alpaca_eval is absent: the AlpacaEval equality tests are skipped"
}

/// A fresh temporary folder, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init(_ label: String = "mpep-test") {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` at `relativePath`, creating folders on the way.
    @discardableResult
    public func write(_ relativePath: String, _ text: String) -> URL {
        let file = url.appendingPathComponent(relativePath)
        try! FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: file)
        return file
    }
}
