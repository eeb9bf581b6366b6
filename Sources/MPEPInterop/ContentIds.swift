import MPEPContent

/// Ids for things that arrive with other tools' names: model and judge names become file
/// names, instructions become prompt ids.
public enum ContentIds {
    /// A valid id (``Identifier/rule``) from a tool's name: lower-cased, runs of other characters
    /// turned into one `-`, trimmed, cut to 100 characters. `"NullModel"` → `"nullmodel"`,
    /// `"GPT-4 Turbo (1106)"` → `"gpt-4-turbo-1106"`. Nil when nothing usable is left.
    public static func make(from name: String) -> String? {
        var out = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar == ".", out.hasSuffix(".") { continue }
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "_" || scalar == "-" || scalar == "."
            if keep {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        while let first = out.unicodeScalars.first, !(("a"..."z").contains(first) || ("0"..."9").contains(first)) {
            out.removeFirst()
        }
        if out.count > Identifier.maxLength { out = String(out.prefix(Identifier.maxLength)) }
        return Identifier.isValid(out) ? out : nil
    }

    /// A prompt id stable from the text: `ae-` and 12 hex digits of the instruction's 64-bit
    /// FNV-1a hash, so importing the same instruction twice, in any file, gives the same id.
    /// (FNV-1a rather than Swift's `Hasher`, which is seeded per process.) A collision would
    /// show as a conflict on import, never as a silent merge.
    public static func prompt(forText text: String, prefix: String = "ae-") -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash >> 16, radix: 16)
        return prefix + String(repeating: "0", count: 12 - hex.count) + hex
    }
}
