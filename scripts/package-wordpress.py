#!/usr/bin/env python3
"""Packs the WordPress plugin into dist/wordpress/role-compare.zip (the last
step of `make build`, after the pre-render step):

    python3 scripts/package-wordpress.py [DIST] [--pages URL]

The zip's one folder, role-compare/, holds:
- the plugin's source, wordpress/role-compare/ (PHP, block.json, the editor
  script, readme.txt, uninstall.php), its version set to the crate's;
- widget/: the widget's own files from DIST (role-compare.js, the core and
  its wasm, role-compare.css), which the plugin serves from the blog, and
  widget/compare/: a small page per pair that sends the reader on to the pair's
  hosted page (a live card links to its pair's page beside role-compare.js);
- cards/<a>-vs-<b>.html: each pair's pre-rendered <role-compare> element (the
  card in declarative shadow DOM, then its fallback), cut from its pair page
  DIST/compare/<a>-vs-<b>.html, with the page's relative addresses replaced by
  placeholders the plugin fills in when it renders: %%RC_WIDGET%% for the
  stylesheet, %%RC_PAGES%% for the links to the pair pages;
- data/build.json: the roles in the dataset's order with their titles and
  families, the default pair, the crate's version and a hash of the widget's
  files (the script's version, so browsers fetch a new build).

Every card is checked (its pair, one shadow root, one automatic theme, every
address a placeholder); anything unexpected stops the build. Python's standard
library only. The zip is reproducible: sorted entries, fixed timestamps.
"""

import argparse
import hashlib
import html
import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "wordpress" / "role-compare"
HOSTED = "https://role-compare.github.io/role-compare/"
WIDGET_PLACEHOLDER = "%%RC_WIDGET%%"
PAGES_PLACEHOLDER = "%%RC_PAGES%%"
# The widget's files the plugin serves: the loader, the stylesheet, the core and the pay by
# state a card fetches when a reader picks a state. (Not the core for elements with their own
# roles, role-compare-core-host-roles.*: the plugin's cards have none.)
WIDGET_FILES = [
    "role-compare.js",
    "role-compare.css",
    "role-compare-core.js",
    "role-compare-core_bg.wasm",
    "pay-by-state.tsv",
]
# 1 January 2020: zip entries carry no build time, so the same inputs make the same zip.
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def fail(message):
    sys.exit(f"package-wordpress: {message}")


def crate_version():
    text = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    match = re.search(r'^\[package\][^\[]*?^version\s*=\s*"([^"]+)"', text, re.M | re.S)
    if not match:
        fail("no [package] version in Cargo.toml")
    return match.group(1)


def dataset():
    data = json.loads((ROOT / "data" / "roles.json").read_text(encoding="utf-8"))
    roles = [{"id": r["id"], "title": r["title"], "family": r.get("family", "")} for r in data["roles"]]
    families = [{"id": f["id"], "label": f["label"]} for f in data["families"]]
    return roles, families


def pairs(roles):
    """Every unordered pair, in the dataset's order (the order of the pair pages' names)."""
    ids = [role["id"] for role in roles]
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


def default_pair(dist, ids):
    """The pair of the demo page's card (the widget's default pair)."""
    index = (dist / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<role-compare role-a="([a-z0-9-]+)" role-b="([a-z0-9-]+)"', index)
    if not match or match.group(1) not in ids or match.group(2) not in ids:
        fail(f"{dist}/index.html has no pre-rendered card naming two roles")
    return [match.group(1), match.group(2)]


def card(dist, a, b):
    """The pair page's <role-compare> element, its relative addresses made placeholders, checked."""
    page_path = dist / "compare" / f"{a}-vs-{b}.html"
    try:
        page = page_path.read_text(encoding="utf-8")
    except OSError as error:
        fail(f"cannot read {page_path}: {error} (run the pre-render step first)")
    start = page.find("<role-compare ")
    end = page.rfind("</role-compare>")
    if start < 0 or end < start:
        fail(f"{page_path} has no <role-compare> element")
    element = page[start : end + len("</role-compare>")]
    for placeholder in (WIDGET_PLACEHOLDER, PAGES_PLACEHOLDER):
        if placeholder in element:
            fail(f"{page_path} already holds {placeholder}")
    # The page sits in compare/: "../" is the site's root, where the stylesheet and the pages are.
    element = element.replace('="../role-compare.css"', f'="{WIDGET_PLACEHOLDER}role-compare.css"')
    element = element.replace('="../', f'="{PAGES_PLACEHOLDER}')

    def check(condition, what):
        if not condition:
            fail(f"the card of {page_path} {what}")

    check(element.startswith(f'<role-compare role-a="{a}" role-b="{b}">'), "does not open with its pair and no other attribute")
    check(element.count("<role-compare ") == 1, "holds more than one <role-compare> element")
    check(element.count('<template shadowrootmode="open">') == 1, "has not exactly one declarative shadow root")
    check(element.count("</template>") == 1, "has not exactly one template")
    check("data-rc-mount=" in element, "has no mount point")
    check(element.count(f'href="{WIDGET_PLACEHOLDER}role-compare.css"') == 1, "does not link the stylesheet once")
    check(element.count(' data-theme="auto"') == 1, 'has not exactly one data-theme="auto"')
    check(f'href="{PAGES_PLACEHOLDER}compare/{a}-vs-{b}.html"' in element, "does not link its pair's page")
    check('"../' not in element, "names another relative address")
    for attribute, value in re.findall(r'\s(href|src|action|srcset)="([^"]*)"', element):
        ok = value.startswith((WIDGET_PLACEHOLDER, PAGES_PLACEHOLDER, "#", "https://"))
        check(ok, f"names an address the plugin cannot fill in: {attribute}={value!r}")
    check("\n" not in element, "spans more than one line (wpautop would break it)")
    return element


def redirect_page(title, target):
    """A page that sends the reader on to `target` (a live card links here, beside role-compare.js)."""
    t, u = html.escape(title), html.escape(target)
    return (
        "<!doctype html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><title>{t}</title>'
        f'<link rel="canonical" href="{u}"><meta name="robots" content="noindex">'
        f'<meta http-equiv="refresh" content="0; url={u}"></head>'
        f'<body><p><a href="{u}">{t}</a></p></body></html>\n'
    )


def stamp(path, pattern, replacement):
    text = path.read_text(encoding="utf-8")
    stamped, count = re.subn(pattern, replacement, text, count=1, flags=re.M)
    if count != 1:
        fail(f"{path.name}: found no {pattern!r} to set the version in")
    path.write_text(stamped, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dist", nargs="?", default="dist", help="the built dist/ (default: dist)")
    parser.add_argument("--pages", default=HOSTED, help=f"where a live card's page links lead (default: {HOSTED})")
    args = parser.parse_args()
    dist = Path(args.dist)
    pages = args.pages if args.pages.endswith("/") else args.pages + "/"
    version = crate_version()
    roles, families = dataset()
    ids = [role["id"] for role in roles]
    titles = {role["id"]: role["title"] for role in roles}

    with tempfile.TemporaryDirectory() as staging_root:
        staging = Path(staging_root) / "role-compare"
        shutil.copytree(SOURCE, staging, ignore=shutil.ignore_patterns(".*", "*~", "node_modules"))

        widget = staging / "widget"
        widget.mkdir()
        digest = hashlib.sha256()
        for name in WIDGET_FILES:
            source = dist / name
            if not source.is_file():
                fail(f"{source} is missing (build dist/ first)")
            digest.update(name.encode() + b"\0" + source.read_bytes())
            shutil.copyfile(source, widget / name)

        (widget / "compare").mkdir()
        (staging / "cards").mkdir()
        for a, b in pairs(roles):
            name = f"{a}-vs-{b}.html"
            (staging / "cards" / name).write_text(card(dist, a, b), encoding="utf-8")
            title = f"{titles[a]} vs {titles[b]}"
            (widget / "compare" / name).write_text(redirect_page(title, f"{pages}compare/{name}"), encoding="utf-8")
        (widget / "compare" / "index.html").write_text(
            redirect_page("Every role comparison", f"{pages}compare/index.html"), encoding="utf-8"
        )

        (staging / "data").mkdir(exist_ok=True)
        build = {
            "version": version,
            "assets": digest.hexdigest()[:12],
            "default": default_pair(dist, ids),
            "families": families,
            "roles": roles,
        }
        (staging / "data" / "build.json").write_text(json.dumps(build, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")

        # The plugin's version is the crate's.
        stamp(staging / "role-compare.php", r"^( \* Version:\s+).*$", rf"\g<1>{version}")
        stamp(staging / "role-compare.php", r"^define\( 'ROLE_COMPARE_VERSION', '[^']*' \);$", f"define( 'ROLE_COMPARE_VERSION', '{version}' );")
        stamp(staging / "readme.txt", r"^(Stable tag:\s+).*$", rf"\g<1>{version}")
        stamp(staging / "block" / "block.json", r'^(\t"version": ")[^"]*(",)$', rf"\g<1>{version}\g<2>")
        editor = hashlib.sha256((staging / "block" / "editor.js").read_bytes()).hexdigest()[:12]
        stamp(staging / "block" / "editor.asset.php", r"^(\t'version'\s+=> ')[^']*(',)$", rf"\g<1>{version}-{editor}\g<2>")

        out = dist / "wordpress" / "role-compare.zip"
        out.parent.mkdir(parents=True, exist_ok=True)
        files = sorted(path for path in staging.rglob("*") if path.is_file())
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for path in files:
                entry = zipfile.ZipInfo(str(path.relative_to(staging.parent)), FIXED_TIME)
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, path.read_bytes(), compresslevel=9)
        unpacked = sum(path.stat().st_size for path in files)
        print(f"package-wordpress: wrote {out} ({out.stat().st_size} bytes; {len(files)} files, {unpacked} bytes unpacked)")


if __name__ == "__main__":
    main()
