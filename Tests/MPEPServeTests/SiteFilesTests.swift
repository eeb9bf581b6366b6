import Foundation
import MPEPServe
import Testing
import TestSupport

@Suite("The preview maps request paths to the site's files")
struct SiteFilesTests {
    let site = TemporaryDirectory("mpep-serve")

    init() {
        site.write("site/index.html", "<p>home</p>")
        site.write("site/fr/index.html", "<p>fr</p>")
        site.write("site/assets/style.css", "body{}")
        site.write("secret.txt", "outside")
    }

    var root: URL { site.url.appendingPathComponent("site") }

    @Test("clean URLs: a folder with a slash serves its index.html")
    func cleanURLs() {
        #expect(SiteFiles.resolve("/", in: root) == .file(root.appendingPathComponent("index.html").resolvingSymlinksInPath()))
        #expect(SiteFiles.resolve("/fr/", in: root) == .file(root.appendingPathComponent("fr/index.html").resolvingSymlinksInPath()))
        #expect(SiteFiles.resolve("/assets/style.css?v=2", in: root)
                == .file(root.appendingPathComponent("assets/style.css").resolvingSymlinksInPath()))
    }

    @Test("a folder without its slash is redirected, so relative links keep working, always to one leading slash")
    func redirect() {
        #expect(SiteFiles.resolve("/fr", in: root) == .redirect("/fr/"))
        #expect(SiteFiles.resolve("//fr", in: root) == .redirect("/fr/"))
        #expect(SiteFiles.resolve("/%2F/fr?x", in: root) == .redirect("/fr/"))
        #expect(SiteFiles.resolve("//assets", in: root) == .redirect("/assets/"))
    }

    @Test("paths that climb out of the site folder are not found, encoded or not")
    func escapes() throws {
        #expect(SiteFiles.resolve("/../secret.txt", in: root) == .notFound)
        #expect(SiteFiles.resolve("/%2e%2e/secret.txt", in: root) == .notFound)
        #expect(SiteFiles.resolve("/fr/..%2f..%2fsecret.txt", in: root) == .notFound)
        #expect(SiteFiles.resolve("/a%00b", in: root) == .notFound)
        #expect(SiteFiles.resolve("/..%5Csecret.txt", in: root) == .notFound)
        #expect(SiteFiles.resolve("/%zz", in: root) == .notFound)
    }

    @Test("a symbolic link leaving the folder is not found, whatever is at its other end")
    func links() throws {
        let make = { (name: String, target: String) in
            try FileManager.default.createSymbolicLink(at: self.root.appendingPathComponent(name),
                                                       withDestinationURL: self.site.url.appendingPathComponent(target))
        }
        try make("link.txt", "secret.txt")
        try make("gone.txt", "missing.txt")
        try make("up", ".")
        try make("inside.css", "site/assets/style.css")
        #expect(SiteFiles.resolve("/link.txt", in: root) == .notFound)
        #expect(SiteFiles.resolve("/gone.txt", in: root) == .notFound)
        #expect(SiteFiles.resolve("/up", in: root) == .notFound)
        #expect(SiteFiles.resolve("/up/", in: root) == .notFound)
        #expect(SiteFiles.resolve("/up/secret.txt", in: root) == .notFound)
        // A link that stays inside is followed.
        #expect(SiteFiles.resolve("/inside.css", in: root)
                == .file(root.appendingPathComponent("assets/style.css").resolvingSymlinksInPath()))
    }

    @Test("hidden files and folders are not found")
    func dotfiles() {
        site.write("site/.hidden", "x")
        site.write("site/.well-known/a.txt", "x")
        site.write("site/fr/.env", "x")
        for path in ["/.hidden", "/.well-known/a.txt", "/.well-known/", "/.well-known", "/fr/.env", "/fr/%2eenv", "/./index.html"] {
            #expect(SiteFiles.resolve(path, in: root) == .notFound, "\(path)")
        }
    }

    @Test("missing files are not found")
    func missing() {
        #expect(SiteFiles.resolve("/de/", in: root) == .notFound)
        #expect(SiteFiles.resolve("/nothing.html", in: root) == .notFound)
    }

    @Test("the live-reload script goes before the last </body>, and only into what is served")
    func injection() {
        let page = Data("<html><body><p>x</p></body></html>".utf8)
        let served = String(decoding: LiveReload.inject(into: page), as: UTF8.self)
        #expect(served.hasSuffix(LiveReload.script + "</body></html>"))
        #expect(String(decoding: LiveReload.inject(into: Data("<p>bare</p>".utf8)), as: UTF8.self)
                == "<p>bare</p>" + LiveReload.script)
        #expect(SiteFiles.contentType("index.html") == "text/html; charset=utf-8")
        #expect(SiteFiles.contentType("leaderboard.json") == "application/json")
    }
}
