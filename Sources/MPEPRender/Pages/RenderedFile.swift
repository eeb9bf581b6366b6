import Foundation

/// One file of the built site: its path relative to the output folder and its bytes.
public struct RenderedFile: Sendable, Equatable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
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
