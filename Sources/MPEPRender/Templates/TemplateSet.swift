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
        /// A template includes `{{> name}}` and there is no such template.
        case unknownPartial(path: String, name: String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "\(path): error: cannot read the template"
            case .syntax(let path, let error):
                return "\(path):\(error.line):\(error.column): error: invalid Mustache template: \(error.message)"
            case .missing(let name, let folder): return "\(folder)/\(name).mustache: error: required template is missing"
            case .unknownPartial(let path, let name):
                return "\(path): error: includes {{> \(name)}}, which is not a template (no \(name).mustache beside it)"
            }
        }
    }

    /// The templates every build needs, by name: every ``PageTemplate``. A missing one is an error
    /// naming it before anything is rendered (the renderer would otherwise write "" for it).
    public static let required = PageTemplate.allCases.map(\.rawValue)

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
        for template in PageTemplate.allCases where library.template(named: template.rawValue) == nil {
            throw .missing(name: template.rawValue, folder: displayPath)
        }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let partials = library.template(named: String(name.dropLast(9)))?.partialNames ?? []
            for partial in partials.sorted() where library.template(named: partial) == nil {
                throw .unknownPartial(path: displayPath + "/" + name, name: partial)
            }
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

    /// Renders a template with a page's context (public so the benchmark can time the layout on
    /// pages of its own). Every template is there: `init` checked them all.
    public func render(_ template: PageTemplate, _ context: some Encodable) -> String {
        library.render(template.rawValue, Self.value(context)) ?? ""
    }

    /// Renders text that is itself a template (a Markdown page), with the set's partials available.
    /// Values are escaped for Markdown (``Escaping/markdown``).
    func renderMarkdownTemplate(_ text: String, _ context: some Encodable) throws(TemplateError) -> String {
        library.render(try Template(text), Self.value(context), escaping: .markdown)
    }

    /// A context as the template engine reads it (``TemplateEncoder``). A context struct's
    /// synthesized encoding cannot fail but by holding a floating-point number, which the encoder
    /// refuses (a figure is formatted by the page): a programming error that every page's tests
    /// and the byte-identical site builds meet at once, so it stops the build.
    static func value(_ context: some Encodable) -> TemplateValue {
        do {
            return try TemplateEncoder().encode(context)
        } catch {
            preconditionFailure("a page context cannot be shown: \(error)")
        }
    }
}
