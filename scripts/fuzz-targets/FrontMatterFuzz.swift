// libFuzzer entry for the front-matter and YAML readers, compiled into the MPEPContent module
// by scripts/fuzz. The input goes the way a page or a metadata file goes through the loader:
// UTF-8 check, front-matter split, YAML mapping, then every metadata decoder on the mapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset($0) }) != nil { return 0 }
    let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    var problems: [Diagnostic] = []
    if let split = FrontMatter.split(text),
       var f = YAMLFields(text: split.yaml, path: "fuzz.md", lineOffset: split.yamlLineOffset, problems: &problems) {
        _ = f.string("title", required: true)
        _ = f.int("order")
        f.warnUnknownKeys()
        precondition(split.bodyLine >= 2, "the body starts after the closing ---")
    }
    for decode in 0..<4 {
        guard var f = YAMLFields(text: text, path: "fuzz.yml", problems: &problems) else { break }
        switch decode {
        case 0: _ = MetadataDecoding.site(&f)
        case 1: _ = MetadataDecoding.model(id: "m", &f)
        case 2: _ = MetadataDecoding.judge(id: "j", &f)
        default: _ = MetadataDecoding.language(code: "nl", &f)
        }
        problems += f.problems
    }
    for problem in problems { _ = problem.description }
    return 0
}
