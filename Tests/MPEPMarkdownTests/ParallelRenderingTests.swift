import Foundation
import MPEPMarkdown
import Testing

@Suite("Markdown is safe to call from many threads")
struct ParallelRenderingTests {
    /// cmark-gfm rewrites a global table while parsing; without the lock this test measured
    /// 2,400+ wrong outputs out of 16,000 on this machine.
    @Test("16,000 renders on 8 threads equal the serial renders, for both trusts")
    func parallelEqualsSerial() {
        let documents = SampleDocuments.varied
        let trusts: [Markdown.Trust] = [.data, .maintainer]
        var expected: [[String]] = []
        for trust in trusts {
            expected.append(documents.map { Markdown.html($0, trust: trust) })
        }
        let threads = 8, rendersPerThread = 2_000
        let mismatches = Counter()
        let done = DispatchGroup()
        for thread in 0..<threads {
            done.enter()
            let worker = Thread { [expected] in
                var wrong = 0
                for index in 0..<rendersPerThread {
                    let document = (index * 7 + thread) % documents.count
                    let trust = (index + thread) % 2
                    if Markdown.html(documents[document], trust: trusts[trust])
                        != expected[trust][document] {
                        wrong += 1
                    }
                }
                mismatches.add(wrong)
                done.leave()
            }
            worker.start()
        }
        done.wait()
        #expect(mismatches.value == 0)
    }
}

/// A total shared by the worker threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0
    func add(_ amount: Int) { lock.lock(); total += amount; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return total }
}
