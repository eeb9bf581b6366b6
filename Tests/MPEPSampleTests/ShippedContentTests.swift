import Foundation
import Testing
import TestSupport
@testable import MPEPSample

/// The shipped sample data is regenerated from the shipped translations (`mpep sample --populate
/// content`), so what the generator writes must depend on the translations and the seed alone.
/// That is specified here on a generated tree; whether the repository's content/ is current is
/// checked by `.ci/check-sample` in CI, not by the tests, which must not depend on content/.
@Suite("The sample results")
struct ShippedContentTests {
    /// The generated part of a content tree: models, judges, outputs and annotations.
    static func generated(_ files: [String: Data]) -> [String: Data] {
        files.filter { path, _ in
            path.hasPrefix("models/") || path.hasPrefix("judges/")
                || path.contains("/outputs/") || path.contains("/annotations/")
        }
    }

    @Test("are what the generator makes from the translations alone, with seed 20240501")
    func fromTranslationsAlone() throws {
        let full = TemporaryDirectory("sample-full")
        try SampleTree.generate(SampleTreeSpec(languages: 3, models: 3, prompts: 10, judges: 2, seed: 4), into: full.url)
        let bare = TemporaryDirectory("sample-bare")
        for (path, data) in TreeReading.files(full.url)
        where path == "prompts.jsonl" || (path.hasPrefix("languages/") && path.hasSuffix("/prompts.jsonl")) {
            bare.write(path, String(decoding: data, as: UTF8.self))
        }
        try SampleContent.populate(contentRoot: full.url, seed: SampleContent.shippedSeed)
        try SampleContent.populate(contentRoot: bare.url, seed: SampleContent.shippedSeed)
        let expected = Self.generated(TreeReading.files(full.url))
        #expect(expected.count > 30)
        #expect(firstDifference(expected, Self.generated(TreeReading.files(bare.url))) == nil)
    }
}
