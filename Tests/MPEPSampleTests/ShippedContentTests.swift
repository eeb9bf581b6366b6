import Foundation
import Testing
import TestSupport
@testable import MPEPSample

/// The shipped sample data must be exactly what the generator makes from the shipped
/// translations, so anyone can regenerate it and review the difference.
///
/// To regenerate after translations change (until `mpep sample --populate content` exists):
///
///     MPEP_SAMPLE_POPULATE=1 swift test --scratch-path .build-X --filter ShippedContentTests
@Suite("The shipped sample data")
struct ShippedContentTests {
    static let content = Fixtures.repositoryRoot.appendingPathComponent("content")

    /// The generated part of a content tree: models, judges, outputs and annotations.
    static func generated(_ files: [String: Data]) -> [String: Data] {
        files.filter { path, _ in
            path.hasPrefix("models/") || path.hasPrefix("judges/")
                || path.contains("/outputs/") || path.contains("/annotations/")
        }
    }

    @Test("is what the generator makes from the shipped translations with seed 20240501")
    func upToDate() throws {
        if ProcessInfo.processInfo.environment["MPEP_SAMPLE_POPULATE"] == "1" {
            try SampleContent.populate(contentRoot: Self.content, seed: SampleContent.shippedSeed)
        }
        let copy = TemporaryDirectory("sample-shipped")
        let inputs = TreeReading.files(Self.content).filter { path, _ in
            path == "prompts.jsonl" || (path.hasPrefix("languages/") && path.hasSuffix("/prompts.jsonl"))
        }
        for (path, data) in inputs {
            copy.write(path, String(decoding: data, as: UTF8.self))
        }
        try SampleContent.populate(contentRoot: copy.url, seed: SampleContent.shippedSeed)
        let expected = Self.generated(TreeReading.files(copy.url))
        let shipped = Self.generated(TreeReading.files(Self.content))
        let stale = Set(expected.keys).union(shipped.keys).filter { expected[$0] != shipped[$0] }.sorted()
        #expect(stale.isEmpty, """
            content/ differs from the generator's output in \(stale.count) files (first: \(stale.prefix(5))); \
            regenerate with MPEP_SAMPLE_POPULATE=1 swift test --filter ShippedContentTests
            """)
        #expect(expected.count > 100)
    }
}
