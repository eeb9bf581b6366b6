// INTERIM: replaced when MPEPCheck and MPEPWrite land (same session).
import Foundation
import MPEPContent

enum ContentRules {
    static func check(_ content: Content) -> [Diagnostic] { [] }
}

enum SiteOutput {
    static func write(files: [RenderedFileLike], to output: URL, readme: URL?, readmeRegion: String) throws -> Bool {
        try? FileManager.default.removeItem(at: output)
        for file in files {
            let url = output.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        return false
    }
}
import MPEPRender
typealias RenderedFileLike = RenderedFile
