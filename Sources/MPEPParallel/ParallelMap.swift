import Dispatch

/// Maps over an array on all cores, keeping the input order in the result, so parallel work
/// never changes what is built.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count <= 1 { return items.map(transform) }
        let slots = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            slots.set(i, transform(items[i]))
        }
        return slots.values
    }

    /// Maps over an array taking each result from `reuse` where it has one (a cache) and computing
    /// the others with `compute`, keeping the input order.
    ///
    /// The lookups run first, then only the items left are handed to the parallel map: a single
    /// item to compute then runs in the caller's thread (`map` runs one item inline), so its own
    /// parallel work gets every core. Nested inside a parallel map over all items it would run
    /// serially, which made a one-language rebuild use one core of two.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], reusing reuse: @Sendable (T) -> R?,
                                                     compute: @Sendable (T) -> R) -> [R] {
        let reused = map(items, reuse)
        let pending = items.indices.filter { reused[$0] == nil }
        let computed = map(pending) { compute(items[$0]) }
        var results = reused
        for (index, result) in zip(pending, computed) { results[index] = result }
        return results.map { $0! }
    }
}

/// Write-once slots filled by parallel workers, each at its own index.
///
/// The storage is allocated once and never moved: writing through `Array`'s
/// `withUnsafeMutableBufferPointer` from several threads is a data race (the array is moved out
/// of its owner for the duration of each call).
private final class ResultSlots<R>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Distinct indices never alias, so workers need no lock; `concurrentPerform` returning is the
    /// happens-before edge for reading the values.
    func set(_ index: Int, _ value: R) {
        storage[index] = value
    }

    var values: [R] { (0..<count).map { storage[$0]! } }
}
