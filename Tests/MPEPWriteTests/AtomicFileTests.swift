import Foundation
import MPEPWrite
import Testing
import TestSupport

@Suite("AtomicFile replaces one file")
struct AtomicFileTests {
    @Test("the new bytes replace the old, the permissions stay, no temporary file remains")
    func replaces() throws {
        let folder = TemporaryDirectory("mpep-atomic")
        defer { withExtendedLifetime(folder) {} }
        let readme = folder.write("README.md", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: readme.path)
        try AtomicFile.replace(readme, with: Data("new\r\n".utf8))
        #expect(FileManager.default.contents(atPath: readme.path) == Data("new\r\n".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: readme.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(names(in: folder.url) == ["README.md"])
    }

    @Test("a file that does not exist yet is created")
    func creates() throws {
        let folder = TemporaryDirectory("mpep-atomic")
        defer { withExtendedLifetime(folder) {} }
        let file = folder.url.appendingPathComponent("new.txt")
        try AtomicFile.replace(file, with: Data())
        #expect(FileManager.default.contents(atPath: file.path) == Data())
        #expect(names(in: folder.url) == ["new.txt"])
    }

    @Test("a missing folder is an io error naming the path, and nothing is left behind")
    func missingFolder() throws {
        let folder = TemporaryDirectory("mpep-atomic")
        defer { withExtendedLifetime(folder) {} }
        let file = folder.url.appendingPathComponent("absent/file.txt")
        #expect { try AtomicFile.replace(file, with: Data("x".utf8)) } throws: { error in
            guard let error = error as? WriteError else { return false }
            return error.code == .io && error.description.contains("absent")
        }
        #expect(names(in: folder.url) == [])
    }
}
