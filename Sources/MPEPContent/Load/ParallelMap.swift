import Dispatch

/// Maps over an array on all cores, keeping the input order in the result, so parallel work
/// never changes what is built.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            results.set(i, transform(items[i]))
        }
        return results.values
    }
}

/// Write-once slots filled by parallel workers, each at its own index.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        // Distinct indices never alias, so no lock is needed for element writes through the buffer.
        slots.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    var values: [R] { slots.map { $0! } }
}
