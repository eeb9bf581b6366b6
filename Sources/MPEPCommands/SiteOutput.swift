import Foundation
import MPEPRender
import MPEPWrite

/// The write stage as the build uses it: the README's new text is prepared (and its markers
/// checked) before anything is touched, then the site is staged and swapped in, then the README
/// is replaced by a rename. Each replacement is atomic on its own; a kill between the two leaves
/// the new site with the previous README, which `mpep check` reports as out of date.
enum SiteOutput {
    enum Failure: Error, CustomStringConvertible {
        case readme(path: String, ReadmeRegionError)
        case unreadableReadme(path: String)
        case write(WriteError)

        var description: String {
            switch self {
            case .readme(let path, let error): return "\(path)\(error.line.map { ":\($0)" } ?? ""): \(error)"
            case .unreadableReadme(let path): return "\(path): cannot read the README"
            case .write(let error): return error.description
            }
        }
    }

    /// Writes the site and the README region; returns whether the README changed.
    /// `written` is told the number of files staged so far, for progress output.
    static func write(files: [RenderedFile], to output: URL, readme: URL?, readmeRegion: String,
                      written: (Int) -> Void = { _ in }) throws(Failure) -> Bool {
        var newReadme: Data?
        if let readme {
            guard let data = FileManager.default.contents(atPath: readme.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw .unreadableReadme(path: readme.relativePath)
            }
            do {
                let replaced = try ReadmeRegion.replacing(in: text, with: readmeRegion)
                if replaced != text { newReadme = Data(replaced.utf8) }
            } catch {
                throw .readme(path: readme.relativePath, error)
            }
        }
        do throws(WriteError) {
            let stage = try SiteWriter(output: output).begin()
            do throws(WriteError) {
                for (index, file) in files.enumerated() {
                    if let origin = file.origin {
                        try stage.link(file.path, from: origin, data: file.data)
                    } else {
                        try stage.write(file.path, file.data)
                    }
                    if index % 256 == 255 || index == files.count - 1 { written(index + 1) }
                }
                try stage.commit()
            } catch {
                stage.abandon()
                throw error
            }
            if let readme, let newReadme { try AtomicFile.replace(readme, with: newReadme) }
        } catch {
            throw .write(error)
        }
        return newReadme != nil
    }
}
