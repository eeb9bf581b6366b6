import Foundation
import TestSupport

/// Headless Chromium for the browser tests: finding it, dumping a page's DOM after its scripts
/// ran, and the harness page that loads many pages in one browser process.
enum Chromium {
    /// `$MPEP_CHROMIUM`, else `chromium` or `chromium-browser` on PATH.
    static let executable: URL? = {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["MPEP_CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        for dir in (environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] {
                let path = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
            }
        }
        return nil
    }()

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The DOM of `page` after load and `budgetMilliseconds` of virtual time (timers included),
    /// serialized by `--dump-dom`. A run that takes more than two minutes of real time is killed.
    static func dumpDOM(_ page: URL, profile: URL, budgetMilliseconds: Int) throws -> String {
        guard let executable else { throw Failure(description: "chromium not found") }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
                             "--allow-file-access-from-files", "--user-data-dir=\(profile.path)",
                             "--virtual-time-budget=\(budgetMilliseconds)", "--dump-dom", page.absoluteString]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    /// A page that loads `pages` (paths relative to it) one after the other in an iframe, waits
    /// 100 ms after each load, and writes what it found as base64 JSON into `<pre id="out">`.
    /// With `expandAnswers`, each page's bundled answers are clicked open first (`assets/answers.js`),
    /// and the report counts the links and the answers expanded.
    static func harness(pages: [String], expandAnswers: Bool = false) -> String {
        let list = String(decoding: try! JSONEncoder().encode(pages), as: UTF8.self)
        return """
            <!doctype html><html><head><meta charset="utf-8"><title>harness</title></head><body><pre id="out"></pre>
            <script>
            const pages = \(list);
            const out = [];
            let i = 0;
            function inspect(frame, path) {
              const r = {path: path};
              try {
                const d = frame.contentDocument;
                r.pwned = d.documentElement.hasAttribute('data-pwned')
                  || (d.body !== null && d.body.hasAttribute('data-pwned'))
                  || d.querySelector('[data-pwned]') !== null;
                r.title = d.title;
                r.runnable = [...d.querySelectorAll('a[href],area[href],iframe[src],form[action],embed[src],object[data]')]
                  .map(e => e.href || e.src || e.action || e.data || '')
                  .filter(u => /^\\s*(javascript|vbscript|data):/i.test(u));
                r.answerLinks = frame.dataset.links !== undefined ? Number(frame.dataset.links)
                  : d.querySelectorAll('a[data-answer-prompt]').length;
                r.expanded = d.querySelectorAll('.answer-expanded').length;
              } catch (e) { r.error = String(e); }
              out.push(r);
            }
            const expand = \(expandAnswers);
            function clickAnswers(frame) {
              try {
                const links = frame.contentDocument.querySelectorAll('a[data-answer-prompt]');
                frame.dataset.links = links.length;
                links.forEach(a => a.click());
              } catch (e) {}
            }
            function next() {
              if (i >= pages.length) {
                document.getElementById('out').textContent = btoa(unescape(encodeURIComponent(JSON.stringify(out))));
                return;
              }
              const path = pages[i++];
              const frame = document.createElement('iframe');
              frame.onload = () => {
                if (expand) clickAnswers(frame);
                setTimeout(() => { inspect(frame, path); frame.remove(); next(); }, expand ? 1000 : 100);
              };
              frame.src = path;
              document.body.appendChild(frame);
            }
            next();
            </script></body></html>
            """
    }

    /// The harness's reports, read back from its dumped DOM.
    static func reports(in dom: String) throws -> [HostileBrowserTests.PageReport] {
        guard let start = dom.range(of: "<pre id=\"out\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex),
              let json = Data(base64Encoded: String(dom[start.upperBound..<end.lowerBound])) else {
            throw Failure(description: "the harness wrote no report; Chromium printed \(dom.count) characters: \(dom.prefix(300))")
        }
        return try JSONDecoder().decode([HostileBrowserTests.PageReport].self, from: json)
    }

    /// Start tags in a dumped DOM that carry the `data-pwned` attribute a payload sets.
    static func pwnedElements(in dom: String) -> [String] {
        HTMLTokens.tokenize(dom).compactMap { token in
            guard case .startTag(let name, let attributes) = token,
                  attributes.contains(where: { $0.name == "data-pwned" }) else { return nil }
            return name
        }
    }

    /// The text of the first `<title>` of a dumped DOM.
    static func title(in dom: String) -> String? {
        let tokens = HTMLTokens.tokenize(dom)
        guard let index = tokens.firstIndex(where: { $0 == .startTag(name: "title", attributes: []) }),
              index + 1 < tokens.count, case .text(let text, _) = tokens[index + 1] else { return nil }
        return HTMLTokens.decodeEntities(text)
    }
}
