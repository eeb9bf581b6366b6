import CCmarkGFM
import Foundation

/// The calls into cmark-gfm, and the lock they need.
///
/// cmark-gfm 0.29 is not thread-safe while parsing: creating a parser, attaching extensions
/// and finishing a document rewrite process-wide tables of special inline characters. Measured
/// here: 8 parallel tasks doing 16,000 renders gave 2,400+ wrong outputs without a lock, none
/// with one. Parsing therefore holds `parseLock`; rendering the finished tree touches no global
/// state and runs outside it (the parallel test in MPEPMarkdownTests compares both ways).
///
/// Not a way out: setting the characters once and emptying the extensions' lists of them, so
/// that no parse writes the table. `process_emphasis` finds a delimiter's extension through
/// those same lists; with them empty a `~~` closer is never consumed and the parse loops
/// forever (the strikethrough test hangs).
enum CmarkRenderer {
    /// One lock for the whole process: the shared state is in the C library, not in a value.
    private static let parseLock = NSLock()

    /// The extension names, registered once; `cmark_find_syntax_extension` returns pointers
    /// to static registry entries that live as long as the process.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    private static let registered: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    static func html(_ markdown: String, options: Int32) -> String {
        let (parser, document) = parse(markdown, options: options)
        defer {
            cmark_node_free(document)
            cmark_parser_free(parser)
        }
        // The parser's own extension list, never nil: with nil, cmark_render_html skips the
        // extensions' HTML filters and the tagfilter is silently off.
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(document, options, extensions) else {
            fatalError("cmark_render_html returned NULL (out of memory)")
        }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
    }

    /// Parses under the lock. The bytes are fed with their length, so a NUL inside the text
    /// is read as text (cmark replaces it with U+FFFD) rather than ending the input.
    private static func parse(
        _ markdown: String, options: Int32
    ) -> (parser: OpaquePointer, document: OpaquePointer) {
        parseLock.lock()
        defer { parseLock.unlock() }
        _ = registered
        guard let parser = cmark_parser_new(options) else {
            fatalError("cmark_parser_new returned NULL (out of memory)")
        }
        for name in extensionNames {
            guard let extensionPointer = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm extension '\(name)' is not registered")
            }
            cmark_parser_attach_syntax_extension(parser, extensionPointer)
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            fatalError("cmark_parser_finish returned NULL (out of memory)")
        }
        return (parser, document)
    }
}

extension Markdown.Trust {
    /// The cmark-gfm options for this trust (see `Markdown` for the reasons behind each).
    var cmarkOptions: Int32 {
        switch self {
        case .data: Int32(CMARK_OPT_DEFAULT | CMARK_OPT_HARDBREAKS)
        case .maintainer: Int32(CMARK_OPT_UNSAFE)
        }
    }
}
