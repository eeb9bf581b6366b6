import Foundation
import MPEPContent

/// One file of the built site: its path relative to the output folder and its bytes.
public struct RenderedFile: Sendable, Equatable {
    public var path: String
    public var data: Data
    /// An existing file with exactly these bytes (a page reused from the previous build), which the
    /// write stage may hard-link instead of writing the bytes again. Not part of equality.
    public var origin: String?
    /// For a page that can be reused on its own (a prompt page), the hash of what it is drawn from
    /// beyond the language-wide inputs; the render cache stores it beside the file. Not part of equality.
    public var inputs: ContentHash?

    public init(path: String, data: Data, origin: String? = nil, inputs: ContentHash? = nil) {
        self.path = path
        self.data = data
        self.origin = origin
        self.inputs = inputs
    }

    public static func == (a: RenderedFile, b: RenderedFile) -> Bool {
        a.path == b.path && a.data == b.data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }
}

/// A problem met while rendering, located in the file that caused it.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var line: Int?
    public var message: String

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): error: \(message)"
    }
}
