/// Why writing the site or a file failed, with the path it concerns: a contributor reading it
/// in CI must know which file to look at without opening the code.
public struct WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// A staged path that is absolute, empty, holds `..`, `.`, an empty component,
        /// a backslash or a NUL: it could land outside the site folder.
        case pathEscapes
        /// The same path was staged twice: two pages collide (two slugs alike, say).
        case duplicatePath
        /// The output exists and is not a folder, so it cannot be replaced by one.
        case outputNotADirectory
        /// Another build holds the output's lock file.
        case buildInProgress
        /// `write` or `commit` after `commit` or `abandon`.
        case alreadyFinished
        /// The operating system refused (the message carries its `errno` text).
        case io
    }

    public let code: Code
    /// The path concerned, relative to the site for staged paths, absolute otherwise.
    public let path: String
    public let message: String

    public init(_ code: Code, path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "[write] [\(path)] \(message)" }
}
