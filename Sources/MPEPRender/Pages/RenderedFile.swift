import Foundation

/// One file of the built site: its path relative to the output folder and its bytes.
public struct RenderedFile: Sendable, Equatable {
    public var path: String
    public var data: Data
    /// An existing file with exactly these bytes (a page reused from the previous build), which the
    /// write stage may hard-link instead of writing the bytes again. Not part of equality.
    public var origin: String?

    public init(path: String, data: Data, origin: String? = nil) {
        self.path = path
        self.data = data
        self.origin = origin
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
