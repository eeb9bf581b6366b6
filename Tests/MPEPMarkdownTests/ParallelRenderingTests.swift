import Foundation
import MPEPMarkdown
import MPEPParallel
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
        let mismatches = Locked(0)
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
                mismatches.withLock { $0 += wrong }
                done.leave()
            }
            worker.start()
        }
        done.wait()
        #expect(mismatches.current == 0)
    }
}
