import MPEPStats

/// A language a sample tree can hold, and the script its answers are written in.
public struct SampleLanguage: Sendable, Equatable {
    public enum Script: String, Sendable {
        case latin, cyrillic, arabic, hebrew, greek, devanagari, hangul, han, kana
    }

    public let code: String
    public let name: String
    public let nativeName: String
    public let script: Script

    /// `rtl` for Arabic and Hebrew scripts, otherwise `ltr`.
    public var direction: String {
        script == .arabic || script == .hebrew ? "rtl" : "ltr"
    }

    /// Twenty languages, ordered so that even a small tree mixes scripts:
    /// the first four are Latin, Cyrillic, Arabic (right-to-left) and CJK.
    public static let catalogue: [SampleLanguage] = [
        .init(code: "nl", name: "Dutch", nativeName: "Nederlands", script: .latin),
        .init(code: "ru", name: "Russian", nativeName: "Русский", script: .cyrillic),
        .init(code: "ar", name: "Arabic", nativeName: "العربية", script: .arabic),
        .init(code: "zh", name: "Chinese", nativeName: "中文", script: .han),
        .init(code: "es", name: "Spanish", nativeName: "Español", script: .latin),
        .init(code: "fr", name: "French", nativeName: "Français", script: .latin),
        .init(code: "ja", name: "Japanese", nativeName: "日本語", script: .kana),
        .init(code: "he", name: "Hebrew", nativeName: "עברית", script: .hebrew),
        .init(code: "de", name: "German", nativeName: "Deutsch", script: .latin),
        .init(code: "ko", name: "Korean", nativeName: "한국어", script: .hangul),
        .init(code: "el", name: "Greek", nativeName: "Ελληνικά", script: .greek),
        .init(code: "hi", name: "Hindi", nativeName: "हिन्दी", script: .devanagari),
        .init(code: "uk", name: "Ukrainian", nativeName: "Українська", script: .cyrillic),
        .init(code: "fa", name: "Persian", nativeName: "فارسی", script: .arabic),
        .init(code: "pt", name: "Portuguese", nativeName: "Português", script: .latin),
        .init(code: "it", name: "Italian", nativeName: "Italiano", script: .latin),
        .init(code: "pl", name: "Polish", nativeName: "Polski", script: .latin),
        .init(code: "sv", name: "Swedish", nativeName: "Svenska", script: .latin),
        .init(code: "tr", name: "Turkish", nativeName: "Türkçe", script: .latin),
        .init(code: "bg", name: "Bulgarian", nativeName: "Български", script: .cyrillic),
    ]

    /// Languages of the shipped content that sample trees do not use.
    static let others: [SampleLanguage] = [
        .init(code: "cs", name: "Czech", nativeName: "Čeština", script: .latin),
        .init(code: "sk", name: "Slovak", nativeName: "Slovenčina", script: .latin),
        .init(code: "mg", name: "Malagasy", nativeName: "Malagasy", script: .latin),
        .init(code: "tl", name: "Tagalog", nativeName: "Tagalog", script: .latin),
        .init(code: "vi", name: "Vietnamese", nativeName: "Tiếng Việt", script: .latin),
        .init(code: "yue", name: "Cantonese", nativeName: "粵語", script: .han),
    ]

    /// The entry for `code`, or a Latin-script stand-in for codes the generator does not know.
    public static func named(_ code: String) -> SampleLanguage {
        (catalogue + others).first { $0.code == code }
            ?? SampleLanguage(code: code, name: code, nativeName: code, script: .latin)
    }

    /// The phrasebook answers in this language are built from.
    var phrasebook: Phrasebook {
        Phrasebook.handWritten(code) ?? Phrasebook.synthetic(code: code, script: script)
    }
}

extension Phrasebook {
    /// Pseudo-words from the script's syllables, for languages without a hand-written
    /// vocabulary: right script and direction, plainly not real text. Seeded by the language
    /// code alone, so a language's vocabulary never depends on the world's seed.
    static func synthetic(code: String, script: SampleLanguage.Script) -> Phrasebook {
        let (syllables, stop, question, spaced) = alphabet(script)
        var rng = SampleRandom.stream(0x5EED, "phrasebook", code)
        func word() -> String {
            (0..<(1 + rng.next(upperBound: 3))).map { _ in rng.pick(syllables) }.joined()
        }
        func words(_ low: Int, _ high: Int) -> String {
            let count = low + rng.next(upperBound: high - low + 1)
            let joined = (0..<count).map { _ in word() }.joined(separator: spaced ? " " : "")
            return joined.prefix(1).uppercased() + joined.dropFirst()
        }
        return Phrasebook(
            sentences: (0..<12).map { _ in words(5, 12) + stop },
            items: (0..<8).map { _ in words(2, 4) },
            headings: (0..<4).map { _ in words(1, 2) },
            tableHeader: (0..<3).map { _ in words(1, 1) },
            cells: (0..<8).map { _ in word() },
            questions: (0..<4).map { _ in words(3, 6) + (spaced ? " " : "") + "%@" + question },
            space: spaced ? " " : "")
    }

    private static func alphabet(_ script: SampleLanguage.Script) -> ([String], String, String, Bool) {
        switch script {
        case .latin:
            return (["ka", "lo", "mi", "ne", "ra", "ti", "su", "ve", "do", "pa", "len", "mor", "sta", "ga", "ber"], ".", "?", true)
        case .cyrillic:
            return (["ка", "ло", "ми", "не", "ра", "ти", "су", "ве", "до", "па", "лен", "мор", "ста", "га", "бер"], ".", "?", true)
        case .arabic:
            return (["کا", "لو", "می", "نه", "را", "تی", "سو", "وه", "دو", "پا", "لن", "مر"], ".", "؟", true)
        case .hebrew:
            return (["כה", "לו", "מי", "נה", "רא", "טי", "סו", "וה", "דו", "פא", "לן", "מר"], ".", "?", true)
        case .greek:
            return (["κα", "λο", "μι", "νε", "ρα", "τι", "σου", "βε", "δο", "πα", "λεν", "μορ"], ".", ";", true)
        case .devanagari:
            return (["का", "लो", "मि", "ने", "रा", "ति", "सु", "वे", "दो", "पा", "लन", "मर"], "।", "?", true)
        case .hangul:
            return (["가", "로", "미", "네", "라", "티", "수", "베", "도", "파", "렌", "모"], ".", "?", true)
        case .han:
            return (["的", "是", "在", "有", "和", "人", "这", "中", "大", "为", "上", "个"], "。", "？", false)
        case .kana:
            return (["か", "の", "み", "ね", "ら", "ち", "す", "べ", "ど", "ぱ", "れ", "も"], "。", "？", false)
        }
    }
}
