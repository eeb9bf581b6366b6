import Foundation

/// Where the test data lives: the repository's own files and its AlpacaEval fixture.
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

    /// The slice of real AlpacaEval result files the equality tests read (`Tests/Fixtures/alpaca_eval`:
    /// its README says what was kept and how to rebuild it, its MANIFEST where each file came from).
    /// It is part of the repository, so those tests run in every clone.
    public static let alpacaEval = repositoryRoot.appendingPathComponent("Tests/Fixtures/alpaca_eval")
}

/// A fresh temporary folder, removed when the value is released.
public final class TemporaryDirectory: Sendable {
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
