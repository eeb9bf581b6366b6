import Foundation
import Mustache

/// The templates of a site (`templates/*.mustache` and the files they use), loaded once.
///
/// Templates hold markup and Swift holds logic: every template is logic-less Mustache, and
/// values are HTML-escaped unless a template deliberately uses `{{{…}}}` for HTML that mpep
/// made itself (rendered Markdown, SVG).
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
                                  "leaderboard-table", "efforts-table"]

    let library: MustacheLibrary
    /// Static files copied as they are (`templates/assets/*`), by relative path.
    public let assets: [(path: String, data: Data)]

    /// Loads `*.mustache` (registered by file name without extension) and `assets/`.
    public init(directory: URL, displayPath: String = "templates") throws(LoadError) {
        _ = MarkdownEscaping.registered
        var library = MustacheLibrary()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = displayPath + "/" + name
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else { throw .unreadable(path: path) }
            do {
                library.register(try MustacheTemplate(string: text), named: String(name.dropLast(9)))
            } catch {
                throw .syntax(path: path, message: "\(error)")
            }
        }
        for name in Self.required where library.getTemplate(named: name) == nil {
            throw .missing(name: name, folder: displayPath)
        }
        self.library = library
        var assets: [(String, Data)] = []
        let assetDir = directory.appendingPathComponent("assets")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: assetDir.path)) ?? []).sorted()
        where !name.hasPrefix(".") {
            if let data = FileManager.default.contents(atPath: assetDir.appendingPathComponent(name).path) {
                assets.append(("assets/" + name, data))
            }
        }
        self.assets = assets
    }

    /// Renders a named template over a context of dictionaries, arrays and strings.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Renders text that is itself a template (a Markdown page), with the set's partials available.
    /// Values are escaped for Markdown (see ``MarkdownEscaping``).
    func renderMarkdownTemplate(_ text: String, _ context: [String: Any]) throws -> String {
        let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(MarkdownEscaping.name) }}" + text)
        return template.render(context, library: library)
    }
}
