import Foundation
import MPEPTemplates

/// The templates of a site (`templates/*.mustache` and the files they use), loaded once.
///
/// Templates hold markup and Swift holds logic: every template is logic-less Mustache
/// (``MPEPTemplates``), and values are HTML-escaped unless a template deliberately uses `{{{…}}}`
/// for HTML that mpep made itself (rendered Markdown, SVG).
public struct TemplateSet: Sendable {
    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(path: String)
        case syntax(path: String, error: TemplateError)
        case missing(name: String, folder: String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): error: cannot read the template"
            case .syntax(let path, let error):
                return "\(path):\(error.line):\(error.column): error: invalid Mustache template: \(error.message)"
            case .missing(let name, let folder): return "\(folder)/\(name).mustache: error: required template is missing"
            }
        }
    }

    /// The templates every build needs: every page kind's and every partial's. A missing one is an
    /// error naming it before anything is rendered (the renderer would otherwise write "" for it).
    public static let required = ["404", "answers-table", "changelog", "compare", "efforts", "efforts-table",
                                  "explore", "feed", "index", "language", "layout", "leaderboard-table", "model",
                                  "model-language", "page", "prompt", "prompts", "readme-efforts"]

    let library: TemplateLibrary
    /// Files copied as they are from `templates/static/` to the same place in the output
    /// (the stylesheet, the output folder's README), by relative path, sorted.
    public let staticFiles: [(path: String, data: Data)]

    /// Loads `*.mustache` (registered by file name without extension) and `static/`.
    public init(directory: URL, displayPath: String = "templates") throws(LoadError) {
        var library = TemplateLibrary()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = displayPath + "/" + name
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else { throw .unreadable(path: path) }
            do {
                library.register(try Template(text), named: String(name.dropLast(9)))
            } catch {
                throw .syntax(path: path, error: error)
            }
        }
        for name in Self.required where library.template(named: name) == nil {
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

    /// Renders a named template (public so the benchmark can time the layout on pages of its own).
    public func render(_ name: String, _ context: [String: TemplateValue]) -> String {
        library.render(name, .object(context)) ?? ""
    }

    /// Renders text that is itself a template (a Markdown page), with the set's partials available.
    /// Values are escaped for Markdown (``Escaping/markdown``).
    func renderMarkdownTemplate(_ text: String, _ context: [String: TemplateValue]) throws(TemplateError) -> String {
        library.render(try Template(text), .object(context), escaping: .markdown)
    }
}
