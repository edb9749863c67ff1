#!/usr/bin/env python3
"""Adds to data/sources.csv every source id cited in the other CSV files but not yet listed.

The research sheets in ../shared/research/ log each source with a number (S1, C1, ...) and its
URL exactly as found. A source id here is `<sheet>-<number>` (for example `ddor-s7`), with a
letter suffix when one number holds several URLs (`ddor-s7b` is the second URL of S7).
Titles are taken from the sheet's heading for that source and, where the sheet gives no
headline, read from the URL's last path segment; `title_from` says which, so an editor knows
which titles still want a proper headline. Existing rows are never changed.

Usage: python3 data/tools/research_sources.py [path/to/shared/research]
"""
import csv, re, sys, pathlib
from urllib.parse import urlparse

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

def slug_title(url):
    path = [p for p in urlparse(url).path.split("/") if p]
    words = ""
    for p in reversed(path):
        p = re.sub(r"\.(html?|aspx|php|txt|htm)$", "", p)
        if re.search(r"[a-z]{3,}-[a-z]{2,}", p, re.I):
            words = re.sub(r"[-_]+", " ", p); break
    words = re.sub(r"\s+", " ", re.sub(r"\b\d{7,}\b", "", words)).strip()
    return words[:1].upper() + words[1:] if words else ""

def main():
    cat = catalogue()
    cited = set()
    for f in here.glob("*.csv"):
        if f.name == "sources.csv": continue
        with f.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for col in ("source_ids", "sources"):
                    for s in (row.get(col) or "").split(";"):
                        if s.strip(): cited.add(s.strip())
    path = here / "sources.csv"
    cols = ["id", "title", "publisher", "date", "url", "found_in", "title_from"]
    rows = list(csv.DictReader(path.open(encoding="utf-8"))) if path.exists() else []
    have = {r["id"] for r in rows}
    missing = []
    for sid in sorted(cited - have):
        if sid not in cat: missing.append(sid); continue
        url, heading, ref = cat[sid]
        slug = slug_title(url)
        title, origin = (slug, "url") if slug else (heading or urlparse(url).netloc, "sheet heading")
        rows.append({"id": sid, "title": title, "publisher": urlparse(url).netloc.removeprefix("www."),
                     "date": "", "url": url, "found_in": ref, "title_from": origin})
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n"); w.writeheader(); w.writerows(rows)
    for m in missing: print(f"not in the research sheets: {m}", file=sys.stderr)
    print(f"{len(rows)} sources ({len(cited - have) - len(missing)} added)")
    return 1 if missing else 0

if __name__ == "__main__":
    sys.exit(main())
