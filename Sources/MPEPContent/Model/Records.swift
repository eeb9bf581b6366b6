/// Where a record came from, so later stages can point at the line that caused a problem.
public struct SourceLocation: Sendable, Hashable {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }
}

/// A prompt of the English source set (`content/prompts.jsonl`).
public struct SourcePrompt: Sendable, Equatable, Identifiable {
    public var id: String
    public var prompt: String
    public var category: String?
    public var kind: String?
    public var averageRating: Double?
    public var location: SourceLocation

    public init(id: String, prompt: String, category: String? = nil, kind: String? = nil,
                averageRating: Double? = nil, location: SourceLocation) {
        self.id = id
        self.prompt = prompt
        self.category = category
        self.kind = kind
        self.averageRating = averageRating
        self.location = location
    }
}

/// A translated prompt (`languages/<code>/prompts.jsonl`).
public struct Translation: Sendable, Equatable, Identifiable {
    public enum Status: String, Sendable, Equatable, CaseIterable {
        case submitted, reviewed
    }

    public var id: String
    public var prompt: String
    public var translators: [String]
    public var status: Status
    public var location: SourceLocation

    public init(id: String, prompt: String, translators: [String] = [], status: Status = .submitted,
                location: SourceLocation) {
        self.id = id
        self.prompt = prompt
        self.translators = translators
        self.status = status
        self.location = location
    }
}

/// One model's answer to one translated prompt (`languages/<code>/outputs/<model>.jsonl`).
public struct ModelOutput: Sendable, Equatable, Identifiable {
    public var id: String
    public var output: String
    public var location: SourceLocation

    public init(id: String, output: String, location: SourceLocation) {
        self.id = id
        self.output = output
        self.location = location
    }
}

/// One judgment (`languages/<code>/annotations/<judge>/<model>.jsonl`).
///
/// `preference` keeps AlpacaEval's scale: 1 = the reference is better, 2 = the model is better,
/// 1.5 = draw, legacy 0 = draw, nil = the judge gave no verdict (kept, not counted).
public struct Annotation: Sendable, Equatable, Identifiable {
    public var id: String
    public var preference: Double?
    public var location: SourceLocation

    public init(id: String, preference: Double?, location: SourceLocation) {
        self.id = id
        self.preference = preference
        self.location = location
    }
}

/// A Markdown page of `content/pages`, with its front matter.
public struct Page: Sendable, Equatable, Identifiable {
    /// The file name without `.md`; `index` is the home page.
    public var slug: String
    public var title: String
    public var order: Int
    /// The Markdown body, which may use Mustache tags over the site's data.
    public var body: String
    public var path: String
    /// The line the body starts on, for errors inside it.
    public var bodyLine: Int

    public var id: String { slug }

    public init(slug: String, title: String, order: Int = 0, body: String, path: String, bodyLine: Int = 1) {
        self.slug = slug
        self.title = title
        self.order = order
        self.body = body
        self.path = path
        self.bodyLine = bodyLine
    }
}
