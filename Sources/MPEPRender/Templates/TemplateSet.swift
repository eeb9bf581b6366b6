import Foundation
import Mustache

/// The templates of a site (`templates/*.mustache` and the files they use), loaded once.
///
/// Templates hold markup and Swift holds logic: every template is logic-less Mustache, and
/// values are HTML-escaped (``HTMLEscaping``) unless a template deliberately uses `{{{…}}}` for
/// HTML that mpep made itself (rendered Markdown, SVG).
public struct TemplateSet: Sendable {
    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(path: String)
        case syntax(path: String, message: String)
        case missing(name: String, folder: String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): error: cannot read the template"
            case .syntax(let path, let message): return "\(path): error: invalid Mustache template: \(message)"
            case .missing(let name, let folder): return "\(folder)/\(name).mustache: error: required template is missing"
            }
        }
    }

    /// The templates every build needs.
    public static let required = ["layout", "index", "language", "model", "efforts", "page", "readme-efforts",
                                  "leaderboard-table", "efforts-table", "changelog", "feed"]

    let library: MustacheLibrary
    /// Files copied as they are from `templates/static/` to the same place in the output
    /// (the stylesheet, the output folder's README), by relative path, sorted.
    public let staticFiles: [(path: String, data: Data)]

    /// Loads `*.mustache` (registered by file name without extension) and `static/`.
    public init(directory: URL, displayPath: String = "templates") throws(LoadError) {
        _ = MarkdownEscaping.registered
        _ = HTMLEscaping.registered
        var library = MustacheLibrary()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = displayPath + "/" + name
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else { throw .unreadable(path: path) }
            do {
                _ = try MustacheTemplate(string: text)   // errors located in the file as written
                // Our HTML escaping for every template (see `HTMLEscaping`), as a standalone first
                // line, which Mustache drops from the output; a template's own pragma (the README's
                // Markdown) comes later and overrides it.
                let escaped = "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n" + text
                library.register(try MustacheTemplate(string: escaped), named: String(name.dropLast(9)))
            } catch {
                throw .syntax(path: path, message: "\(error)")
            }
        }
        for name in Self.required where library.getTemplate(named: name) == nil {
            throw .missing(name: name, folder: displayPath)
        }
        self.library = library
        let staticDir = directory.appendingPathComponent("static")
        var files: [(String, Data)] = []
        if let walker = FileManager.default.enumerator(atPath: staticDir.path) {
            for case let relative as String in walker {
                let url = staticDir.appendingPathComponent(relative)
                var isDirectory: ObjCBool = false
                guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                      FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                      !isDirectory.boolValue,
                      let data = FileManager.default.contents(atPath: url.path) else { continue }
                files.append((relative, data))
            }
        }
        staticFiles = files.sorted { $0.0 < $1.0 }
    }

    /// Renders a named template over a context of dictionaries, arrays and strings
    /// (public so the benchmark can time the layout on pages of its own).
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Renders text that is itself a template (a Markdown page), with the set's partials available.
    /// Values are escaped for Markdown (see ``MarkdownEscaping``).
    func renderMarkdownTemplate(_ text: String, _ context: [String: Any]) throws -> String {
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(MarkdownEscaping.name) }}" + text)
        return template.render(context, library: library)
    }
}
