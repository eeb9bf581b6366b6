import Foundation
import Testing
import MPEPRender
import TestSupport

@Suite("The site's templates")
struct TemplateSetTests {
    static let shipped = Fixtures.repositoryRoot.appendingPathComponent("templates")

    @Test("every template the repository ships is required, so none can go missing unnoticed")
    func everyShippedTemplateIsRequired() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.shipped.path)
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        #expect(Set(files) == Set(TemplateSet.required))
    }

    @Test("a missing template is an error naming its file, before anything is rendered",
          arguments: TemplateSet.required)
    func missingTemplate(name: String) throws {
        let dir = TemporaryDirectory()
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.shipped.path)
        where file.hasSuffix(".mustache") && file != name + ".mustache" {
            try FileManager.default.copyItem(at: Self.shipped.appendingPathComponent(file),
                                             to: dir.url.appendingPathComponent(file))
        }
        #expect(throws: TemplateSet.LoadError.self) { try TemplateSet(directory: dir.url) }
        do {
            _ = try TemplateSet(directory: dir.url)
        } catch {
            #expect(error.description == "templates/\(name).mustache: error: required template is missing")
        }
    }
}
