import MPEPWrite
import Testing

@Suite("ReadmeRegion rewrites only the efforts region of a README")
struct ReadmeRegionTests {
    static let readme = """
        # mpep

        Intro, with **Markdown** and a trailing space. 
        <!-- efforts:start -->
        | Language | Prompts |
        |---|---|
        | fr | 10 |
        <!-- efforts:end -->

        ## Contributing
        No final newline
        """

    @Test("the region is replaced and the rest of the file is byte-identical")
    func replaces() throws {
        let updated = try ReadmeRegion.replacing(in: Self.readme, with: "| Language | Prompts |\n|---|---|\n| de | 60 |")
        let head = Self.readme.components(separatedBy: ReadmeRegion.startMarker)[0] + ReadmeRegion.startMarker
        let tail = ReadmeRegion.endMarker + Self.readme.components(separatedBy: ReadmeRegion.endMarker)[1]
        #expect(updated == head + "\n| Language | Prompts |\n|---|---|\n| de | 60 |\n" + tail)
        #expect(Array(updated.utf8).starts(with: Array(head.utf8)))
        #expect(Array(updated.utf8).reversed().starts(with: Array(tail.utf8).reversed()))
    }

    @Test("a CRLF README keeps CRLF everywhere, in the new region too")
    func crlf() throws {
        let readme = "A\r\n<!-- efforts:start -->\r\nold\r\n<!-- efforts:end -->\r\nB\r\n"
        let updated = try ReadmeRegion.replacing(in: readme, with: "x\ny\r\n")
        #expect(Array(updated.utf8) == Array("A\r\n<!-- efforts:start -->\r\nx\r\ny\r\n<!-- efforts:end -->\r\nB\r\n".utf8))
    }

    @Test("an empty region leaves the markers on consecutive lines")
    func empty() throws {
        let updated = try ReadmeRegion.replacing(in: "<!-- efforts:start -->\nold\n<!-- efforts:end -->\n", with: "")
        #expect(updated == "<!-- efforts:start -->\n<!-- efforts:end -->\n")
    }

    @Test("up to date after replacing, stale before, and replacing twice changes nothing")
    func upToDate() throws {
        let content = "| de | 60 |\n"
        #expect(try !ReadmeRegion.isUpToDate(Self.readme, content: content))
        let updated = try ReadmeRegion.replacing(in: Self.readme, with: content)
        #expect(try ReadmeRegion.isUpToDate(updated, content: content))
        #expect(try ReadmeRegion.replacing(in: updated, with: content) == updated)
    }

    @Test("a region differing only in Unicode normalization is stale (bytes are compared)")
    func bytesCompared() throws {
        let composed = try ReadmeRegion.replacing(in: Self.readme, with: "Fran\u{E7}ais\n")
        #expect(try !ReadmeRegion.isUpToDate(composed, content: "Franc\u{327}ais\n"))
    }

    @Test("missing, duplicated and reversed markers are errors with their line",
          arguments: [
            ("text\n<!-- efforts:end -->\n", ReadmeRegionError(.missingStart, line: nil)),
            ("<!-- efforts:start -->\ntext\n", ReadmeRegionError(.missingEnd, line: nil)),
            ("<!-- efforts:start -->\n<!-- efforts:start -->\n<!-- efforts:end -->\n",
             ReadmeRegionError(.duplicateStart, line: 2)),
            ("<!-- efforts:start -->\n<!-- efforts:end -->\n\n<!-- efforts:end -->\n",
             ReadmeRegionError(.duplicateEnd, line: 4)),
            ("a\n<!-- efforts:end -->\n<!-- efforts:start -->\n", ReadmeRegionError(.endBeforeStart, line: 2)),
            ("", ReadmeRegionError(.missingStart, line: nil)),
          ])
    func markerErrors(readme: String, expected: ReadmeRegionError) {
        #expect(throws: expected) { try ReadmeRegion.replacing(in: readme, with: "x") }
        #expect(throws: expected) { try ReadmeRegion.isUpToDate(readme, content: "x") }
    }

    @Test("error messages say what to fix")
    func messages() {
        #expect(ReadmeRegionError(.endBeforeStart, line: 2).description
            == "line 2: <!-- efforts:end --> comes before <!-- efforts:start -->: swap them")
    }
}
