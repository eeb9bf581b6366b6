/// Why a sample could not be generated, and where: a file (relative to the content root when
/// known), a line (1-based, 0 when not about a line) and what to fix.
public struct SampleError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int = 0, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "[sample] \(file):\(line): \(message)" : "[sample] \(file): \(message)"
    }
}
