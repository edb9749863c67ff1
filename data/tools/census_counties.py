#!/usr/bin/env python3
"""Derives data/census/counties.csv from ../shared/data/us-counties/counties-2020.csv: every
county and county equivalent of the 50 states, DC and Puerto Rico (the island areas are left
out), one row per Census FIPS code, with the dataset row it is:

  - an existing row (of data/jurisdictions.csv, or one that a hand-made match of ICE's
    facilities adds in data/tools/ice_facility_matches.csv) with the same state and name (a county's name, or
    for a consolidated city-county or an independent city the name without "County" or "city",
    or one of the row's aliases), or the row data/tools/census_merges.csv names with its reason
    (a consolidated government written differently: Duval County is Jacksonville's);
  - otherwise a new row, id `<name>-<state>` as the other scripts write it.

Columns: fips, id, name (the Census's; an independent city not yet a row is "City of X", with
"X city" among its other names), state, level (county; city for an independent city; city-county where
the existing row is one), other_names (the Census's earlier or informal names, `;`-separated,
and for a row named otherwise the Census's own name: they become search aliases), merged_into (the id of the existing row, or empty for a new one).

Usage: python3 data/tools/census_counties.py [--check] [path/to/shared/data]
  --check  write nothing; exit 1 if data/census/counties.csv differs from what it would write.
"""
import csv, re, sys, pathlib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from derived import arguments, write_tables  # noqa: E402

here, shared, check = arguments()
ISLAND_AREAS = {"AS", "GU", "MP", "VI"}
SUFFIX = r" (County|Parish|Borough|Census Area|Municipality|City and Borough|city|Municipio)$"


def key(name):
    s = name.lower().replace("st.", "saint").replace("ste.", "sainte").replace("&", "and")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def main():
    rows = list(csv.DictReader(open(here / "jurisdictions.csv", encoding="utf-8")))
    # The rows the hand-made matches of ICE's facilities add (a city jail's city, Jacksonville)
    # are rows too: an independent city that runs a jail is that row, not a second one.
    seen = {r["id"] for r in rows}
    for m in csv.DictReader(open(here / "tools" / "ice_facility_matches.csv", encoding="utf-8")):
        jid, new = m["jurisdiction_id"].strip(), m["new_jurisdiction"].strip()
        name, level, state = (new.split("|") + ["", "", ""])[:3]
        # A county the hand decides on is this list's own row (same id), not an existing one.
        if jid and new and jid not in seen and level != "county":
            rows.append({"id": jid, "name": name, "state": state, "level": level, "aliases": ""})
            seen.add(jid)
    by_name = {}
    for r in rows:
        if r["level"] not in ("county", "city-county", "city"):
            continue
        names = [r["name"]] + [a for a in r["aliases"].split(";") if a.strip()]
        for n in names:
            by_name.setdefault((r["state"], r["level"], key(n)), r["id"])
    merges_path = here / "tools" / "census_merges.csv"
    merges = {m["fips"]: m for m in csv.DictReader(open(merges_path, encoding="utf-8"))} if merges_path.exists() else {}
    ids = {r["id"] for r in rows}
    out, used = [], set()
    for c in csv.DictReader(open(shared / "us-counties" / "counties-2020.csv", encoding="utf-8")):
        if c["state"] in ISLAND_AREAS:
            continue
        name, st = c["name"], c["state"]
        independent_city = name.endswith(" city")
        base = re.sub(SUFFIX, "", name)
        level = "city" if independent_city else "county"
        jid = ""
        if c["fips"] in merges:
            jid = merges[c["fips"]]["jurisdiction_id"]
            if jid not in ids:
                sys.exit(f"census_merges.csv: {c['fips']} names {jid}, which is not a row of data/jurisdictions.csv")
        elif independent_city:
            jid = by_name.get((st, "city", key(base))) or by_name.get((st, "city-county", key(base))) or ""
        else:
            jid = (by_name.get((st, "county", key(name))) or by_name.get((st, "city-county", key(base)))
                   or by_name.get((st, "city-county", key(name))) or "")
        merged = jid
        if not jid:
            jid = slug(f"{name} {st}")
        if jid in used:
            sys.exit(f"{c['fips']} {name}, {st}: id {jid} already given to another county")
        used.add(jid)
        row = next((r for r in rows if r["id"] == merged), None)
        if row:
            level = row["level"]
        other = [n for n in c["other_names"].split(";") if n.strip()]
        if row:
            # A row named otherwise ("Jacksonville", "Queens County (Queens)") is found by the
            # Census's name too.
            if key(row["name"]) != key(name) and name not in row["aliases"].split(";"):
                other.insert(0, name)
        if independent_city and not merged:
            # "Bedford city" is the Census's way of writing the independent City of Bedford.
            other.insert(0, name)
            name = f"City of {base}"
        out.append({"fips": c["fips"], "id": jid, "name": name, "state": st, "level": level,
                    "other_names": ";".join(other), "merged_into": merged})
    merged = sum(1 for r in out if r["merged_into"])
    print(f"{len(out)} counties and county equivalents: {merged} are rows already, {len(out) - merged} new", file=sys.stderr)
    cols = ["fips", "id", "name", "state", "level", "other_names", "merged_into"]
    return write_tables(here / "census", {"counties.csv": (cols, out)}, check, "census_counties.py")


if __name__ == "__main__":
    sys.exit(main())
