#!/usr/bin/env python3
"""Audit a built mpep site as a reader's browser sees it, offline.

Prints, for the site folder given (default: site/):
  1. external requests: every src/href of scripts, styles, images, fonts, frames and CSS url()
     that leaves the site (http:, https:, protocol-relative), in any HTML file; then, in the
     browser, every resource each audited page actually loaded that is not on the local server;
  2. page weight: gzipped HTML + CSS + JS of each leaderboard page (languages/<code>/index.html),
     the heaviest against the 50 KB budget (data files aside);
  3. in headless Chromium (Debian's chromium + chromium-driver, driven by selenium): full-page
     screenshots of the main pages, light and dark (prefers-color-scheme emulated through the
     DevTools protocol), 360 px and 1280 px wide, into --shots;
  4. an accessibility audit with axe-core (the copy shipped inside the PyPI package
     axe-selenium-python, injected from disk: no network), WCAG 2 A and AA plus axe's best practices
     (the package ships axe-core 3.x, which predates the WCAG 2.1 tags), on every audited page in both colour schemes, printing each violation;
  5. keyboard use of the tables: a sort button reached with Tab and pressed with Enter sets
     aria-sort; typing in the name filter hides the other rows.
Exits 1 when any check fails.
"""
import argparse, functools, gzip, html.parser, http.server, json, os, re, sys, threading, urllib.parse

EXTERNAL = re.compile(r"^\s*(https?:)?//", re.I)


class Resources(html.parser.HTMLParser):
    """Collects the URLs a page would fetch by itself (not links a reader may follow)."""
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "embed", "source", "audio", "video", "track", "input") and a.get("src"):
            self.urls.append(a["src"])
        if tag in ("img", "source") and a.get("srcset"):
            self.urls += [part.strip().split(" ")[0] for part in a["srcset"].split(",")]
        if tag == "link" and a.get("href") and (a.get("rel") or "").lower() not in ("canonical", "alternate", "prev", "next"):
            self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])
        if tag in ("video",) and a.get("poster"):
            self.urls.append(a["poster"])
        if a.get("style"):
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", a["style"])


def static_external(site):
    problems, pages = [], 0
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder, name)
            if name.endswith(".html"):
                pages += 1
                parser = Resources()
                parser.feed(open(path, encoding="utf-8").read())
                problems += [f"{os.path.relpath(path, site)}: {u}" for u in parser.urls if EXTERNAL.match(u)]
            elif name.endswith(".css"):
                urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", open(path, encoding="utf-8").read())
                urls += re.findall(r"@import\s+['\"]([^'\"]+)", open(path, encoding="utf-8").read())
                problems += [f"{os.path.relpath(path, site)}: {u}" for u in urls if EXTERNAL.match(u)]
    return pages, problems


def page_weight(site):
    def gz(path):
        return len(gzip.compress(open(path, "rb").read(), compresslevel=9, mtime=0))
    css = gz(os.path.join(site, "assets", "style.css"))
    js_path = os.path.join(site, "assets", "leaderboard.js")
    js = gz(js_path) if os.path.exists(js_path) else 0
    rows = []
    languages = os.path.join(site, "languages")
    for code in sorted(os.listdir(languages)):
        page = os.path.join(languages, code, "index.html")
        if os.path.exists(page):
            rows.append((gz(page) + css + js, gz(page), code))
    return css, js, sorted(rows, reverse=True)


def serve(site):
    handler = functools.partial(QuietHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        # Serve 404.html as a static host would, so the not-found page is audited like the others.
        if code == 404 and os.path.exists(os.path.join(self.directory, "404.html")):
            body = open(os.path.join(self.directory, "404.html"), "rb").read()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)


def pages_to_audit(site):
    """The main pages of every kind: the index, every leaderboard, a prompt, a model in a language,
    head to head, a model, the efforts and the maintainers' pages, the not-found page."""
    pages = ["", "efforts/", "no-such-page/"]
    for name in sorted(os.listdir(site)):
        if os.path.exists(os.path.join(site, name, "index.html")) and name not in ("languages", "models", "efforts", "assets"):
            pages.append(name + "/")
    languages = os.path.join(site, "languages")
    for code in sorted(os.listdir(languages)):
        base = os.path.join(languages, code)
        if not os.path.isdir(os.path.join(base, "prompts")):
            continue
        pages += [f"languages/{code}/", f"languages/{code}/prompts/", f"languages/{code}/compare/"]
        prompts = sorted(int(n) for n in os.listdir(os.path.join(base, "prompts")) if n.isdigit())
        pages.append(f"languages/{code}/prompts/{prompts[0]}/")
        models = sorted(os.listdir(os.path.join(base, "models")))
        pages.append(f"languages/{code}/models/{models[0]}/")
    models = sorted(os.listdir(os.path.join(site, "models")))
    pages.append(f"models/{models[0]}/")
    # One language without results, for the empty states.
    for code in sorted(os.listdir(languages)):
        if not os.path.isdir(os.path.join(languages, code, "prompts")):
            pages.append(f"languages/{code}/")
            break
    return pages


def browser(width):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage",
                 "--lang=en-US", f"--window-size={width},900", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    binary = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if os.path.exists(binary):
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    # Headless windows are at least 500 px wide: emulate the device width, as a phone reports it.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    return driver


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def screenshot(driver, path):
    import base64
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    width = driver.execute_script("return document.documentElement.clientWidth")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(size["height"], 6000), "scale": 1}})
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))


def axe_run(driver, axe_source):
    driver.execute_script(axe_source)
    return driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice']},
                           resultTypes: ['violations']})
           .then(function (r) { done(r.violations.map(function (v) {
               return {id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' '); }),
                       count: v.nodes.length}; })); })
           .catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: [], count: 1}]); });
    """)


def keyboard_check(driver, base):
    """Tab to the first sort button of the leaderboard, press Enter: aria-sort must appear; type a
    name into the filter: only matching rows stay visible."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.common.action_chains import ActionChains
    problems = []
    buttons = driver.find_elements(By.CSS_SELECTOR, "table.leaderboard thead button.sort")
    if not buttons:
        return ["no sort buttons in the leaderboard header"]
    body = driver.find_element(By.TAG_NAME, "body")
    body.click()
    target = buttons[2] if len(buttons) > 2 else buttons[0]
    for _ in range(200):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.switch_to.active_element == target:
            break
    else:
        return ["a sort button cannot be reached with Tab"]
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    th = target.find_element(By.XPATH, "..")
    if th.get_attribute("aria-sort") not in ("ascending", "descending"):
        problems.append("Enter on a sort button did not set aria-sort")
    search = driver.find_elements(By.CSS_SELECTOR, "form.filters input[type=search]")
    if not search:
        return problems + ["no name filter above the leaderboard"]
    table = driver.find_element(By.CSS_SELECTOR, "table.leaderboard")
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    name = rows[0].find_element(By.TAG_NAME, "th").text.split(" (")[0].split("\n")[0]
    search[0].send_keys(name)
    visible = [r for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()]
    if not visible or any(name.lower() not in r.text.lower() for r in visible):
        problems.append(f"the name filter for {name!r} left {len(visible)} rows, not only the matching ones")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default="site")
    parser.add_argument("--shots", default="audit-screenshots")
    parser.add_argument("--no-browser", action="store_true", help="only the static checks")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    failed = False

    pages, external = static_external(site)
    print(f"external references: {len(external)} in {pages} HTML files")
    for line in external:
        print("  " + line)
    failed |= bool(external)

    css, js, rows = page_weight(site)
    print(f"page weight (gzip -9): style.css {css} B, leaderboard.js {js} B")
    for total, page, code in rows:
        print(f"  languages/{code}/index.html  html {page} B + css + js = {total} B ({total / 1024:.1f} KB)")
    if rows:
        heaviest = rows[0]
        ok = heaviest[0] <= 50 * 1024
        print(f"heaviest leaderboard page: languages/{heaviest[2]}/ {heaviest[0] / 1024:.1f} KB of 50 KB budget: {'ok' if ok else 'OVER'}")
        failed |= not ok

    if args.no_browser:
        return 1 if failed else 0

    import axe_selenium_python
    axe_source = open(os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js"),
                      encoding="utf-8").read()
    axe_version = "?"
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    os.makedirs(args.shots, exist_ok=True)
    audited = pages_to_audit(site)
    # Every kind of page once, Arabic (right to left) for the drill-down, every leaderboard.
    shot_pages = [p for p in audited if p in ("", "no-such-page/") or p.startswith("languages/ar/")
                  or re.match(r"languages/[^/]+/$", p)]
    total_violations, shots, offsite = 0, 0, []
    for width in (1280, 360):
        driver = browser(width)
        try:
            for scheme in ("light", "dark"):
                set_scheme(driver, scheme)
                for page in audited:
                    driver.get(base + page)
                    loaded = driver.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
                    offsite += [f"{page}: {u}" for u in loaded if not u.startswith(base)]
                    if page in shot_pages:
                        name = (page.strip("/").replace("/", "_") or "index") + f"-{width}-{scheme}.png"
                        screenshot(driver, os.path.join(args.shots, name))
                        shots += 1
                    if width == 1280 or page in ("", "languages/ar/", "languages/ar/prompts/1/"):
                        violations = axe_run(driver, axe_source)
                        axe_version = driver.execute_script("return axe.version")
                        for v in violations:
                            total_violations += v["count"]
                            print(f"axe {scheme} {width}px /{page}: {v['id']} ({v['impact']}, {v['count']} nodes): {v['help']}")
                            for node in v["nodes"]:
                                print("    " + node)
            if width == 1280:
                set_scheme(driver, "light")
                leaderboard = next(p for p in audited if re.match(r"languages/[^/]+/$", p) and os.path.isdir(os.path.join(site, p, "prompts")))
                driver.get(base + leaderboard)
                keyboard = keyboard_check(driver, base)
                print(f"keyboard: sorting and filters on /{leaderboard}: {'ok' if not keyboard else '; '.join(keyboard)}")
                failed |= bool(keyboard)
        finally:
            driver.quit()
    server.shutdown()
    print(f"requests leaving the site in the browser: {len(offsite)}")
    for line in offsite:
        print("  " + line)
    print(f"accessibility (axe-core {axe_version}, WCAG 2 A/AA + best practices): {total_violations} violations on {len(audited)} pages, light and dark")
    print(f"screenshots: {shots} in {os.path.abspath(args.shots)}")
    failed |= bool(offsite) or total_violations > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
