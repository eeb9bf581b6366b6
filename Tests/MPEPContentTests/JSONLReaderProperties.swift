import Foundation
import PropertyBased
import Testing
@testable import MPEPContent

/// Properties of the JSONL reader over generated inputs (scripts/fuzz runs the coverage-guided
/// fuzzer; these run with every `swift test`).
@Suite("JSONL reader properties")
struct JSONLReaderProperties {
    /// Bytes that JSON Lines are made of, with invalid UTF-8, NUL, a BOM and CR among them.
    static let jsonByte = Gen.element(of: Array("{}[]\":,0123456789.eE+-\\/ntrufalsenul \t\r\n\"\"u00é".utf8)
                                      + [0xFF, 0xC3, 0x80, 0x00, 0xEF, 0xBB, 0xBF]).map { $0 ?? 0 }
    /// Any scalar but surrogates (which a Swift string cannot hold).
    static let scalar = Gen.oneOf(Gen.unicodeScalar(in: "\u{0}"..."\u{7F}"),
                                  Gen.unicodeScalar(in: "\u{80}"..."\u{D7FF}"),
                                  Gen.unicodeScalar(in: "\u{E000}"..."\u{10FFFF}"))

    private func read(_ bytes: [UInt8]) -> (records: [JSONLReader.Record], problems: [Diagnostic]) {
        var records: [JSONLReader.Record] = []
        let problems = bytes.withUnsafeBufferPointer { buffer in
            JSONLReader.read(bytes: buffer, displayPath: "x.jsonl") { records.append($0) }
        }
        return (records, problems)
    }

    @Test("any bytes: no crash; each line gives at most one record or one problem, in order, within the file")
    func anyBytes() async {
        await propertyCheck(count: 2_000, input: Self.jsonByte.array(of: 0...300)) { bytes in
            let (records, problems) = read(bytes)
            let lines = bytes.filter { $0 == 0x0A }.count + 1
            let used = records.map(\.line) + problems.compactMap(\.line)
            #expect(used.allSatisfy { (1...lines).contains($0) })
            #expect(Set(used).count == used.count, "a line gave two results")
            #expect(records.map(\.line) == records.map(\.line).sorted())
            #expect(problems.allSatisfy { $0.line != nil && $0.column != nil })
        }
    }

    @Test("strings of any scalars survive a round trip with their line numbers, whatever the line ends")
    func roundTrip() async {
        let texts = Self.scalar.array(of: 1...40).map { String(String.UnicodeScalarView($0)) }.array(of: 1...8)
        await propertyCheck(count: 300, input: texts, Gen.bool, Gen.bool) { texts, crlf, bom in
            let encoder = JSONEncoder()
            let lines = texts.enumerated().map { index, text in
                String(decoding: try! encoder.encode(["id": "p\(index)", "prompt": text]), as: UTF8.self)
            }
            let file = (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(lines.joined(separator: crlf ? "\r\n\r\n" : "\n").utf8)
            let (records, problems) = read(file)
            #expect(problems.isEmpty, "\(problems)")
            var read: [String] = []
            for record in records {
                var fields = RecordFields(record, path: "x.jsonl")
                read.append(fields.requiredString("prompt") ?? "<missing>")
            }
            #expect(read == texts)
            #expect(records.map(\.line) == texts.indices.map { crlf ? 2 * $0 + 1 : $0 + 1 })
        }
    }
}
