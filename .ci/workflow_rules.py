"""What mpep's GitHub workflows must do (issue 7), checked on the parsed YAML.

Run by .ci/lint-workflows inside its virtual environment (ruamel.yaml comes with
check-jsonschema). Prints every broken rule and exits 1 if there is any.
"""
import sys
from pathlib import Path

from ruamel.yaml import YAML


def load(folder, name):
    return YAML(typ="safe").load(Path(folder, name).read_text())


def steps(job):
    return job.get("steps", [])


def uses(job, action):
    return [s for s in steps(job) if str(s.get("uses", "")).split("@")[0] == action]


def runs(job, text):
    return any(text in str(s.get("run", "")) for s in steps(job))


def main(folder):
    problems = []

    def rule(ok, message):
        if not ok:
            problems.append(message)

    check = load(folder, "check.yml")
    triggers = check.get("on", check.get(True))  # YAML 1.1 reads a bare `on` as true
    rule(isinstance(triggers, dict) and "pull_request" in triggers, "check.yml: runs on pull_request")
    job = next(iter(check["jobs"].values()))
    cache = uses(job, "actions/cache")
    rule(cache and ".build" in str(cache[0]["with"]["path"]), "check.yml: caches .build")
    rule(cache and "hashFiles('Package.swift')" in str(cache[0]["with"]["key"]), "check.yml: cache key on Package.swift")
    rule(runs(job, ".ci/install-deps"), "check.yml: installs the apt packages with .ci/install-deps")
    rule(runs(job, "swift build"), "check.yml: builds mpep")
    rule(runs(job, "mpep check --format github"), "check.yml: runs mpep check --format github")
    rule(runs(job, "mpep build --base-url"), "check.yml: builds the site with --base-url")
    rule(bool(uses(job, "actions/upload-artifact")), "check.yml: uploads the site as an artifact")
    tests = [s for s in steps(job) if "swift test" in str(s.get("run", ""))]
    rule(tests and "code == 'true'" in str(tests[0].get("if", "")),
         "check.yml: runs swift test when the code changes (Sources/, Tests/, templates/, Package.swift)")
    rule(runs(job, ".ci/check-sample"), "check.yml: checks the shipped sample results (.ci/check-sample)")

    publish = load(folder, "publish.yml")
    triggers = publish.get("on", publish.get(True))
    rule(isinstance(triggers, dict) and triggers.get("push", {}).get("branches") == ["main"], "publish.yml: runs on push to main")
    rule(publish.get("concurrency") == {"group": "pages", "cancel-in-progress": False},
         "publish.yml: concurrency {group: pages, cancel-in-progress: false}")
    permissions = publish.get("permissions", {})
    rule(permissions.get("pages") == "write" and permissions.get("id-token") == "write",
         "publish.yml: permissions pages: write, id-token: write")
    jobs = publish["jobs"]
    every = [s for j in jobs.values() for s in steps(j)]
    actions = {str(s.get("uses", "")).split("@")[0]: s for s in every if "uses" in s}
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        rule(action in actions, f"publish.yml: uses {action}")
    pages_id = actions.get("actions/configure-pages", {}).get("id")
    build = [s for s in every if "mpep build" in str(s.get("run", ""))]
    rule(pages_id and build and f"steps.{pages_id}.outputs.base_path" in str(build[0]),
         "publish.yml: the build's --base-url comes from configure-pages' base_path output")
    rule(any("mpep check" in str(s.get("run", "")) for s in every), "publish.yml: fails when mpep check does (README region current)")
    rule(any("-c release" in str(s.get("run", "")) for s in every), "publish.yml: builds mpep in release mode")
    restored = [s for s in every if str(s.get("uses", "")).split("@")[0] in ("actions/cache", "actions/cache/restore")]
    rule(any(".mpep-cache" in str(s.get("with", {}).get("path", "")) for s in restored),
         "publish.yml: restores .mpep-cache (and the previous site) so a small merge rebuilds incrementally")
    rule(any(".ci/check-pages-size" in str(s.get("run", "")) for s in every),
         "publish.yml: fails clearly when the site exceeds the Pages limits (.ci/check-pages-size)")
    rule(runs(job, "-c release"), "check.yml: builds mpep in release mode, as publish.yml does")
    deploy = [j for j in jobs.values() if uses(j, "actions/deploy-pages")]
    rule(deploy and deploy[0].get("environment", {}).get("name") == "github-pages", "publish.yml: deploys to the github-pages environment")

    for p in problems:
        print(f"{folder}: rule broken: {p}")
    print(f"workflow rules: {'all' if not problems else 'NOT all'} held ({len(problems)} broken)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ".github/workflows"))
