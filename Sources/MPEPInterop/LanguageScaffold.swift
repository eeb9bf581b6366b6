import Foundation
import MPEPContent

/// `mpep new language`: the folders and files a new translation effort starts from.
///
/// Writes `languages/<code>/language.yml` (status `active`, the target = the size of the source
/// set), an empty `prompts.jsonl`, and empty `outputs/` and `annotations/` folders. The code must
/// look like an ISO 639 code, optionally with subtags (`nl`, `yue`, `pt-br`): 2–3 lower-case
/// letters, then `-` and 2–8 letters or digits per subtag. An existing language is never touched.
public struct LanguageScaffold: Sendable {
    public var code: String
    public var name: String
    public var nativeName: String
    public var space: String?
    public var direction: LanguageInfo.Direction
    public var leads: [String]

    public init(code: String, name: String, nativeName: String, space: String? = nil,
                direction: LanguageInfo.Direction = .ltr, leads: [String] = []) {
        self.code = code
        self.name = name
        self.nativeName = nativeName
        self.space = space
        self.direction = direction
        self.leads = leads
    }

    /// Heads language.yml: the page shows the leads, so an empty list is the one thing a new
    /// effort must fill in (the rest has working defaults).
    static let leadsComment = """
        # leads: the Hugging Face user names of the people who lead this effort, shown on the
        # language's page, e.g. leads: [swahili-lead, swahili-reviewer]. Fill in before the pull request.

        """

    public static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        } && Identifier.isValid(code)
    }

    /// The mistakes of the call itself (a code that is not a code, an empty name, a Space that
    /// is not a web address), before any file is looked at: the command reports them as usage
    /// errors (exit 2), not as content errors.
    public func validate() throws(InteropError) {
        guard Self.isLanguageCode(code) else {
            throw InteropError(code, "not a language code: 2–3 lower-case letters (ISO 639), optionally -subtags (pt-br); "
                               + "the name goes in --name")
        }
        guard !name.isEmpty, !nativeName.isEmpty else {
            throw InteropError(code, "--name and --native-name must not be empty")
        }
        if let space, !WebURL.isValid(space) {
            throw InteropError(space, "--space must be an http:// or https:// address")
        }
    }

    /// Creates the language; returns the paths written (displayed under `displayRoot`).
    public func create(in content: URL, displayRoot: String) throws(InteropError) -> [String] {
        var edit = TreeEdit(root: content, displayRoot: displayRoot)
        try validate()
        let folder = "languages/\(code)"
        guard !FileManager.default.fileExists(atPath: edit.url(folder).path) else {
            throw InteropError(edit.displayPath(folder), "this language exists already; edit its language.yml instead")
        }
        let target = edit.existingRecords(ContentLayout.sourcePrompts).count
        var pairs: [(String, TreeMetadata.YAMLValue)] = [
            ("name", .string(name)), ("native_name", .string(nativeName)),
            ("direction", .plain(direction.rawValue)), ("status", .plain("active")),
        ]
        pairs.append(("leads", .list(leads)))
        if let space { pairs.append(("space", .string(space))) }
        pairs.append(("target", .plain(String(target > 0 ? target : 500))))
        edit.createIfMissing(ContentLayout.languageYML(code), Self.leadsComment + TreeMetadata.yaml(pairs))
        edit.createIfMissing(ContentLayout.translations(code), "")
        var written = try edit.apply().written
        for sub in ["outputs", "annotations"] {
            do {
                try FileManager.default.createDirectory(at: edit.url("\(folder)/\(sub)"), withIntermediateDirectories: true)
            } catch {
                throw InteropError(edit.displayPath("\(folder)/\(sub)"), "cannot create the folder: \(error.localizedDescription)")
            }
            written.append(edit.displayPath("\(folder)/\(sub)/"))
        }
        return written
    }
}
