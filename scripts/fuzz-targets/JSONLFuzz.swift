// libFuzzer entry for the JSONL reader, compiled into the MPEPContent module by scripts/fuzz
// (internal types are reachable). Every line that parses is also read as each kind of record,
// so the field readers (strings, numbers, lists, preferences) see hostile values too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var records = 0
    let problems = JSONLReader.read(bytes: bytes, displayPath: "fuzz.jsonl") { record in
        var f = RecordFields(record, path: "fuzz.jsonl")
        _ = f.requiredString("id")
        _ = f.optionalString("prompt")
        _ = f.optionalNumber("avg_rating")
        _ = f.optionalStringList("translators")
        _ = f.preference()
        records += 1
        precondition(!f.problems.contains { $0.line != record.line }, "a field problem names another line")
    }
    for problem in problems { _ = problem.description }
    precondition(records + problems.count <= size + 1, "more results than lines")
    return 0
}
