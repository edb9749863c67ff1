#!/usr/bin/env python3
"""Adds to data/sources.csv every source id cited in the other CSV files but not yet listed.

The research sheets in ../shared/research/ log each source with a number (S1, C1, ...) and its
URL exactly as found. A source id here is `<sheet>-<number>` (for example `ddor-s7`), with a
letter suffix when one number holds several URLs (`ddor-s7b` is the second URL of S7).
A new row has the URL and where the sheet logs it; its headline, publisher and date are left
empty (never made from the URL) for an editor to read from the page, and `note` says so.
Existing rows are never changed.

Usage: python3 data/tools/research_sources.py [path/to/shared/research]
"""
import csv, re, sys, pathlib

here = pathlib.Path(__file__).resolve().parent.parent
research = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here.parent.parent / "shared" / "research")
SHEETS = {"ddor": "ddor.md", "pol": "policies.md", "cnt": "counts.md", "p14": "policies-2014.md",
          "st": "state-laws.md", "lst": "lists.md"}
# Sheets whose sources log has one "- ID URL — snippet" line per source (the others use "### ID — title" and "URL:" lines).
LINE_STYLE = {"pol", "p14", "st"}
URL = re.compile(r"https?://[^\s)\]>\"'`]+")

def catalogue():
    out = {}
    for prefix, name in SHEETS.items():
        text = (research / name).read_text(encoding="utf-8")
        cur, heading, urls = None, "", []
        def flush():
            if cur is None: return
            uniq = []
            for u in urls:
                u = u.rstrip(".,;")
                if u not in uniq: uniq.append(u)
            for i, u in enumerate(uniq):
                sid = f"{prefix}-{cur.lower()}" + ("" if len(uniq) == 1 else "abcdefghijklmnopqrstuvwxyz"[i])
                out[sid] = (u, heading, f"{name} {cur}")
        for line in text.splitlines():
            m = re.match(r"^###\s+([SCL]\d+)\s+[—-]+\s*(.*)$", line)
            m2 = re.match(r"^-\s+(S\d+|T\d+|[A-Z]{2}-\d+)\s+(https?://\S+)\s*[—-]*\s*(.*)$", line)
            if m and prefix not in LINE_STYLE:
                flush(); cur, heading, urls = m.group(1), m.group(2).strip(), []
            elif m2 and prefix in LINE_STYLE:
                flush(); cur, heading, urls = m2.group(1), "", [m2.group(2)]
            elif line.startswith("## ") or line.startswith("### ") and cur and prefix in LINE_STYLE:
                flush(); cur, heading, urls = None, "", []
            elif cur is not None:
                if prefix not in LINE_STYLE and ("URL" in line or line.lstrip().startswith("- http")):
                    urls += URL.findall(line)
        flush()
    return out

def main():
    cat = catalogue()
    cited = set()
    for f in here.glob("*.csv"):
        if f.name == "sources.csv": continue
        with f.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for col in ("source_ids", "end_source_ids"):
                    for s in (row.get(col) or "").split(";"):
                        if s.strip(): cited.add(s.strip())
    path = here / "sources.csv"
    cols = ["id", "headline", "headline_from", "publisher", "date", "url", "archive_url", "kind", "found_in", "note"]
    rows = list(csv.DictReader(path.open(encoding="utf-8"))) if path.exists() else []
    have = {r["id"] for r in rows}
    missing = []
    for sid in sorted(cited - have):
        if sid not in cat: missing.append(sid); continue
        url, heading, ref = cat[sid]
        # The sheet's heading names the source for the researcher; it is not the page's headline,
        # and a URL's slug is not one either. Headline, publisher, date and kind are left for the
        # editor to read from the page (the loader refuses a host name as publisher).
        rows.append({"id": sid, "headline": "", "headline_from": "", "publisher": "", "date": "", "url": url,
                     "archive_url": "", "kind": "secondary", "found_in": ref,
                     "note": f"Added from the research sheet ({heading or 'no heading'}); headline, publisher, date and kind still to be read from the page."})
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n"); w.writeheader(); w.writerows(rows)
    for m in missing: print(f"not in the research sheets: {m}", file=sys.stderr)
    print(f"{len(rows)} sources ({len(cited - have) - len(missing)} added)")
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main())
