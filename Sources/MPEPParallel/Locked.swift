import Foundation

/// A value shared between threads, read and changed only under its lock: the one idiom for the
/// stages' shared state (caches filled by parallel workers, progress counts, server state).
///
/// `@unchecked` because the compiler cannot see that `NSLock` guards `value`; every access goes
/// through `withLock`. (`Synchronization.Mutex` would say it to the compiler, but needs macOS 15
/// and the package supports macOS 14.)
public final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, which it may change, while no other thread can. A typed
    /// error of `body` stays typed (a `throws(WriteError)` caller needs no cast).
    public func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    /// A copy of the value as it is now.
    public var current: Value { withLock { $0 } }
}
