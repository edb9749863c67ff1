#!/usr/bin/env python3
"""Writes data/coverage.csv: every jurisdiction the research sheets name in their tables, as
`name,state,level,sheet,jurisdiction_id`. The validation tests check that each row resolves to a
jurisdiction of the dataset, by name and state (and level), or by `jurisdiction_id` where the
sheet's name differs from the dataset's (such as "Las Vegas, NV" for Clark County). Existing
`jurisdiction_id` values are kept when the file is regenerated.

Usage: python3 data/tools/coverage_from_research.py [path/to/shared/research]
"""
import csv, re, sys, pathlib

here = pathlib.Path(__file__).resolve().parent.parent
research = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here.parent.parent / "shared" / "research")
STATES = {'Alabama':'AL','Alaska':'AK','Arizona':'AZ','Arkansas':'AR','California':'CA','Colorado':'CO','Connecticut':'CT','Delaware':'DE','District of Columbia':'DC','Florida':'FL','Georgia':'GA','Hawaii':'HI','Idaho':'ID','Illinois':'IL','Indiana':'IN','Iowa':'IA','Kansas':'KS','Kentucky':'KY','Louisiana':'LA','Maine':'ME','Maryland':'MD','Massachusetts':'MA','Michigan':'MI','Minnesota':'MN','Mississippi':'MS','Missouri':'MO','Montana':'MT','Nebraska':'NE','Nevada':'NV','New Hampshire':'NH','New Jersey':'NJ','New Mexico':'NM','New York':'NY','North Carolina':'NC','North Dakota':'ND','Ohio':'OH','Oklahoma':'OK','Oregon':'OR','Pennsylvania':'PA','Rhode Island':'RI','South Carolina':'SC','South Dakota':'SD','Tennessee':'TN','Texas':'TX','Utah':'UT','Vermont':'VT','Virginia':'VA','Washington':'WA','West Virginia':'WV','Wisconsin':'WI','Wyoming':'WY'}
CODE_NAME = {v: k for k, v in STATES.items()}

def table(sheet, marker):
    lines = (research / sheet).read_text(encoding="utf-8").splitlines()
    i = next(n for n, l in enumerate(lines) if marker in l)
    while not lines[i].startswith("|"): i += 1
    rows = []
    while i < len(lines) and lines[i].startswith("|"):
        cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
        if not re.match(r"^:?-+:?$", cells[0]): rows.append(cells)
        i += 1
    return rows[1:]

out = []
def add(name, state, level, sheet):
    name = re.sub(r"\*\*", "", name).strip()
    out.append([name, state, level, sheet])

for r in table("policies.md", "### Quick table"):
    if r[0].startswith("F"): continue
    add(r[1], r[2], "state" if r[3] == "state" else ("county" if "county" in r[3] else "city"), "policies.md")
for marker in ["### Edition 1 (Jan 28", "### Edition 2 (Feb 4"]:
    for r in table("ddor.md", marker):
        add(re.sub(r"\s*\((County|City)\)", r" \1", r[1]), r[2], "county" if "County" in r[1] else "city", "ddor.md Section I")
for r in table("ddor.md", "### Edition 1 (206 total)"):
    if "," in r[0] or " and " in r[0] or r[0].startswith(("Multnomah", "Bernalillo", "Los Angeles")): continue
    add(re.sub(r"\s*\(.*?\)", "", r[0]), r[1], "county" if "County" in r[0] else "city", "ddor.md Section II")
for r in table("counts.md", "### A1."):
    if r[0].startswith("6"): continue
    add(r[1], r[2], "county", "counts.md")
for r in table("counts.md", "By jail (CIS"):
    if r[0] in ("—",) or "top 30" in r[0]: continue
    add(r[1], r[2], "agency", "counts.md")
for r in table("policies-2014.md", "### Table A"):
    if r[3] in ("state",): continue
    add(r[1], r[2], {"state (association)": "agency", "state (agency)": "agency", "city (agency)": "agency", "parish": "county", "state-equivalent": "city"}.get(r[3], r[3]), "policies-2014.md")
for r in table("policies-2014.md", "### Table B"):
    if r[3] == "state (group)": continue
    add(r[1], r[2], {"county (agency)": "agency", "town": "city"}.get(r[3], r[3]), "policies-2014.md")
for st in sorted({r[1] for r in table("state-laws.md", "## Table A")}):
    add("State of " + CODE_NAME[st], st, "state", "state-laws.md")
for r in table("lists.md", "## TABLE 2"):
    add(r[1].strip('"'), r[2], "state" if r[1].startswith("State of") else ("county" if "County" in r[1] else "city"), "lists.md")
def tokens(cell):
    for t in re.split(r";\s*", cell):
        t = re.sub(r"\(.*?\)", "", t).strip()
        m = re.match(r"^(.*?)\s+([A-Z]{2})$", t)
        if m: yield m.group(1).replace("City and County of ", ""), m.group(2)
        elif t.startswith("State of "): yield t, STATES.get(t[9:], "")
for r in table("lists.md", "## TABLE 4"):
    for n, st in tokens(r[0]):
        add(n, st, "state" if n.startswith("State of") else ("county" if "County" in n else "city"), "lists.md")
for r in table("lists.md", "## TABLE 9"):
    if r[0].startswith('"States"'):
        for n in r[1].split(", "):
            add("State of " + n if n != "District of Columbia" else n, STATES.get(n, ""), "state" if n != "District of Columbia" else "city", "lists.md")
    elif r[0].startswith(("Counties", "Cities")):
        for n, st in tokens(r[1].replace(", ", "; ").replace('"', "")):
            add(n + (" County" if r[0].startswith("Counties") and "County" not in n else ""), st, "county" if r[0].startswith("Counties") else "city", "lists.md")
for r in table("lists.md", "Per-state contents recovered"):
    st = STATES.get(r[0])
    if not st: continue
    for col, level in ((1, "county"), (2, "city")):
        cell = re.sub(r"\(.*?\)", "", r[col]).replace("→", "")
        for n in cell.split(","):
            n = n.replace('"', "").replace("[sic]", "").strip()
            if not n or re.search(r"\d|—|cut|named|removed", n): continue
            add(n + (" County" if level == "county" else ""), st, level, "lists.md")

path = here / "coverage.csv"
keep = {}
if path.exists():
    for r in csv.DictReader(path.open(encoding="utf-8")):
        if r.get("jurisdiction_id"): keep[(r["name"], r["state"], r["level"])] = r["jurisdiction_id"]
seen, rows = set(), []
for name, st, level, sheet in out:
    k = (name, st, level)
    if k in seen or not st: continue
    seen.add(k)
    rows.append([name, st, level, sheet, keep.get(k, "")])
with path.open("w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n"); w.writerow(["name", "state", "level", "sheet", "jurisdiction_id"]); w.writerows(rows)
print(f"{len(rows)} jurisdictions named in the research tables")
