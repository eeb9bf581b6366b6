import CCmarkGFM

/// The calls into cmark-gfm, safe from any number of threads at once.
///
/// cmark-gfm 0.29 keeps its table of special inline characters in process-wide arrays: finishing
/// a document adds the extensions' characters (`~` for strikethrough, and the autolink's) and
/// removes them again when done, so one thread's parse switched strikethrough off in the middle of
/// another's (measured here: 8 threads doing 16,000 renders gave 2,400+ wrong outputs). Later
/// cmark-gfm releases moved the table into the parser; for Debian's 0.29.0.gfm.6, `prepared`
/// adds the characters once and then empties each extension's list of them, so no parse writes
/// the table again. Every parser attaches the same extensions, for which the characters would be
/// set during its inline parsing anyway, so the output is the same as with the old add-and-remove
/// (the parallel test in MPEPMarkdownTests compares with serial renders). No lock, so parsing
/// runs on every core: the lock had serialised about a third of a language's render stage.
enum CmarkRenderer {
    /// The extension names; `cmark_find_syntax_extension` returns pointers to static registry
    /// entries that live as long as the process.
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// The registered extensions, with the special characters made permanent (see above).
    /// Runs once, before any parse (a Swift static is initialised exactly once, thread-safely);
    /// the registry entries pointed to live, unchanged, as long as the process.
    nonisolated(unsafe) private static let prepared: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        let extensions = extensionNames.map { name in
            guard let pointer = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm extension '\(name)' is not registered")
            }
            return pointer
        }
        guard let parser = cmark_parser_new(0) else { fatalError("cmark_parser_new returned NULL (out of memory)") }
        for pointer in extensions { cmark_parser_attach_syntax_extension(parser, pointer) }
        cmark_manage_extensions_special_characters(parser, 1)
        // The lists' few bytes are left allocated: the library keeps no other reference to them.
        for pointer in extensions { cmark_syntax_extension_set_special_inline_chars(pointer, nil) }
        cmark_parser_free(parser)
        return extensions
    }()

    static func html(_ markdown: String, options: Int32) -> String {
        guard let parser = cmark_parser_new(options) else {
            fatalError("cmark_parser_new returned NULL (out of memory)")
        }
        defer { cmark_parser_free(parser) }
        for pointer in prepared { cmark_parser_attach_syntax_extension(parser, pointer) }
        // The bytes are fed with their length, so a NUL inside the text is read as text (cmark
        // replaces it with U+FFFD) rather than ending the input.
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            fatalError("cmark_parser_finish returned NULL (out of memory)")
        }
        defer { cmark_node_free(document) }
        // The parser's own extension list, never nil: with nil, cmark_render_html skips the
        // extensions' HTML filters and the tagfilter is silently off.
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let rendered = cmark_render_html(document, options, extensions) else {
            fatalError("cmark_render_html returned NULL (out of memory)")
        }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return String(cString: rendered)
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
