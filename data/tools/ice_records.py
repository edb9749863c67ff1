#!/usr/bin/env python3
"""Derives the project's tables of ICE's detainer records, October 2007 - July 2015 (FOIA
15-87693, as published by NPR) from ../shared/data/ice-detainers-2007-2015/ into
data/ice-records/. The raw files stay in ../shared; only these derived tables are committed.

  facilities.csv         one row per facility as ICE names it (spelling variants of one jail in
                         one city merged), with the jurisdiction that runs it and how the match
                         was made: `county` (the name carries a county of that state, matched to
                         the Census 2020 list; independent cities excluded), `by_hand`
                         (data/tools/ice_facility_matches.csv, with its reason; it also names
                         spellings that are variants of another), or `unmatched` (left
                         unmatched with the reason where one was decided, never guessed)
  declines-by-year.csv   per facility and calendar year of ICE's prepare date: detainers ICE
                         recorded as "Detainer Declined by LEA" (2007 from October, 2015 to
                         July 19)
  fy2015-outcomes.csv    per facility, fiscal 2015 to date (2014-10-01 to 2015-07-19), counted
                         from the record-level file: detainers issued, and of those recorded as
                         declined, booked into ICE custody, otherwise ended, or with no outcome
  national.csv           nationwide, one row per report and measure: per calendar year,
                         detainer records (issued) and records declined; fiscal 2015 to date,
                         every record of the record-level file counted, those ICE attributed to
                         no facility included
  jurisdictions.csv      the jurisdictions that run a matched facility and are rows neither of
                         data/jurisdictions.csv nor of data/census/counties.csv (cities, states)

Usage: python3 data/tools/ice_records.py [--check] [path/to/shared/data]
  --check  write nothing; exit 1 and name the files that differ from the committed tables.
"""
import csv, re, sys, pathlib, collections

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from derived import arguments, write_tables  # noqa: E402

here, shared, check = arguments()
src = shared / "ice-detainers-2007-2015"
out_dir = here / "ice-records"

STATES = {"ALABAMA": "AL", "ALASKA": "AK", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA", "COLORADO": "CO",
          "CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC", "FLORIDA": "FL", "GEORGIA": "GA",
          "HAWAII": "HI", "IDAHO": "ID", "ILLINOIS": "IL", "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS",
          "KENTUCKY": "KY", "LOUISIANA": "LA", "MAINE": "ME", "MARYLAND": "MD", "MASSACHUSETTS": "MA",
          "MICHIGAN": "MI", "MINNESOTA": "MN", "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT",
          "NEBRASKA": "NE", "NEVADA": "NV", "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM",
          "NEW YORK": "NY", "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "OHIO": "OH", "OKLAHOMA": "OK",
          "OREGON": "OR", "PENNSYLVANIA": "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD",
          "TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT", "VIRGINIA": "VA", "WASHINGTON": "WA",
          "WEST VIRGINIA": "WV", "WISCONSIN": "WI", "WYOMING": "WY", "PUERTO RICO": "PR", "GUAM": "GU",
          "VIRGIN ISLANDS": "VI", "NORTHERN MARIANA ISLANDS": "MP", "AMERICAN SAMOA": "AS"}
DECLINED = "Detainer Declined by LEA"
BOOKED = "Booked into Detention"
OUTCOMES = ["issued", "declined", "booked", "other_ended", "no_outcome"]
# The reports (data/reports.csv) the figures belong to: one per calendar year, and fiscal 2015
# to date; and the sources (data/sources.csv) that hold them: each file of NPR's repository.
FY2015 = "ice-records-fy2015"
SOURCE = {"declines": "npr-ice-declines", "fy2015": "npr-ice-fy2015", "by_year": "npr-ice-by-year", "by_reason": "npr-ice-by-reason"}


def report_of(year):
    return f"ice-records-{year}"
# Abbreviations ICE's clerks used, expanded before names are compared.
ABBREV = [(r"\bCO\b\.?", "COUNTY"), (r"\bCNTY\b|\bCTY\b", "COUNTY"), (r"\bCOUNTYY\b", "COUNTY"), (r"\bDET\b\.?", "DETENTION"),
          (r"\bCTR\b\.?|\bCNTR\b", "CENTER"), (r"\bCORR?\b\.?|\bCORREC\b\.?", "CORRECTIONS"), (r"\bSHERIFFS?\b", "SHERIFF"),
          (r"\bDEPT\b\.?", "DEPARTMENT"), (r"\bFAC\b\.?", "FACILITY"), (r"\bST\b\.?(?= )", "SAINT")]


def key(name):
    """A facility name as compared: upper case, abbreviations expanded, punctuation dropped."""
    s = re.sub(r"[^A-Z0-9 ]", " ", name.upper().replace(".", ". "))
    s = re.sub(r"\s+", " ", s).strip()
    for pat, rep in ABBREV:
        s = re.sub(pat, rep, s)
    return re.sub(r"\s+", " ", s).strip()


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def counties():
    """Census counties by state, keyed as facility names write them ("SANTA CLARA", "ST LUCIE").
    Independent cities ("Baltimore city", "Fairfax city") are left out: a name that says
    "<X> COUNTY" is never the city of the same name."""
    out = collections.defaultdict(dict)
    for r in csv.DictReader(open(shared / "us-counties" / "counties-2020.csv", encoding="utf-8")):
        if r["name"].endswith(" city"):
            continue
        for name in [r["name"]] + [n for n in r["other_names"].split(";") if n.strip()]:
            base = re.sub(r" (County|Parish|Borough|Census Area|Municipality|City and Borough)$", "", name.strip())
            out[r["state"]][key(base)] = (r["fips"], r["name"])
    return out


def jurisdiction_rows():
    """Existing rows of the dataset: by id, and by state and compared name (names and aliases;
    a consolidated city-county also as "<name> County"), so a match lands on its row."""
    rows = {r["id"]: r for r in csv.DictReader(open(here / "jurisdictions.csv", encoding="utf-8"))}
    by_name = {}
    for r in rows.values():
        names = [r["name"]] + [a for a in r["aliases"].split(";") if a.strip()]
        if r["level"] == "city-county":
            names += [f"{n} County" for n in list(names)]
        for n in names:
            by_name.setdefault((r["state"], key(n)), r["id"])
    return rows, by_name


def by_hand():
    """data/tools/ice_facility_matches.csv: decisions about single spellings, keyed as ICE wrote
    them: who runs the facility (or why it stays unmatched), and `canonical`, the spelling of the
    same facility this one is a variant of."""
    path = here / "tools" / "ice_facility_matches.csv"
    if not path.exists():
        return {}
    return {(r["facility"].strip(), r["city"].strip(), r["state"].strip()): r for r in csv.DictReader(open(path, encoding="utf-8"))}


def read_declines():
    """The first block of declined_vs_everythingelse.csv: (facility, city, state, year) -> count."""
    out = collections.Counter()
    with open(src / "declined_vs_everythingelse.csv", encoding="utf-8") as fh:
        rdr = csv.reader(fh)
        next(rdr)
        for row in rdr:
            year, fac, city, state, count = row[0], row[1].strip(), row[2].strip(), row[3].strip(), row[4]
            out[(fac, city, state, int(year))] += int(count)
    return out


def read_fy2015():
    """The record-level file, counted per facility and for the whole file: issued and each kind of
    outcome."""
    out, total = collections.defaultdict(collections.Counter), collections.Counter()
    with open(src / "ice-detainers-fy2015-ytd.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            k = (r["Detainer Detention Facility"].strip(), r["City"].strip(), r["State"].strip())
            reason = r["Detainer Lift Reason"].strip()
            outcome = "declined" if reason == DECLINED else "booked" if reason == BOOKED else "no_outcome" if not reason else "other_ended"
            for c in (out[k], total):
                c["issued"] += 1
                c[outcome] += 1
    return out, total


def main():
    declines = read_declines()
    fy15, fy15_total = read_fy2015()
    census = counties()
    known, known_names = jurisdiction_rows()
    hand = by_hand()
    # Facilities: every (name, city, state) of both files; ICE's unattributed records are none.
    raw = {(f, c, s) for (f, c, s, _) in declines} | set(fy15)
    unattributed = {k for k in raw if not k[0] or k[0].upper().startswith("OTHER-OTHER")}
    # Spelling variants of one jail in one city and state share a compared name.
    def group_of(k, depth=0):
        h = hand.get(k)
        if h and h["canonical"].strip() and depth < 5:
            target = next((o for o in sorted(raw) if o[0] == h["canonical"].strip() and o[2] == k[2]), None)
            if target and target != k:
                return group_of(target, depth + 1)
        return (key(k[0]), k[1].upper(), k[2].upper())

    groups = collections.defaultdict(list)
    for k in sorted(raw - unattributed):
        groups[group_of(k)].append(k)
    weight = collections.Counter()
    for (f, c, s, _), n in declines.items():
        weight[(f, c, s)] += n
    for k, c in fy15.items():
        weight[k] += c["issued"]
    facilities, member, new_rows = [], {}, {}
    # Counties are rows of data/census/counties.csv (census_counties.py): only other new rows
    # (a city jail's city, a state) are written here.
    census_path = here / "census" / "counties.csv"
    census_rows = {r["id"] for r in csv.DictReader(open(census_path, encoding="utf-8")) if not r["merged_into"]} if census_path.exists() else set()
    used_ids = set()
    for (kname, city, state), names in sorted(groups.items()):
        names.sort(key=lambda k: (-weight[k], k))
        main_name = names[0][0]
        st = STATES.get(state, "")
        fid = slug(f"{main_name} {city} {st or state}") or "facility"
        while fid in used_ids:
            fid += "-2"
        used_ids.add(fid)
        match, jid, note, jname, jlevel, jfips = "unmatched", "", "", "", "", ""
        # A decision about the main spelling comes first, then the county rule on it, then a
        # decision made about one of its variants.
        m = re.match(r"^(.*?) (COUNTY|PARISH)\b", kname)
        county = census.get(st, {}).get(m.group(1)) if (m and st) else None
        h = hand.get(names[0])
        if h is None and county is None:
            h = next((hand[n] for n in names[1:] if n in hand and hand[n]["jurisdiction_id"]), None)
        if h:
            jid = h["jurisdiction_id"].strip()
            match, note = ("by_hand" if jid else "unmatched"), h["reason"].strip()
            if jid in known:
                jname, jlevel = known[jid]["name"], known[jid]["level"]
            elif jid:
                jname, jlevel, _ = (h["new_jurisdiction"].split("|") + ["", "", ""])[:3]
        elif st:
            if county:
                fips, cname = county
                jid = known_names.get((st, key(cname))) or slug(f"{cname} {st}")
                jname, jlevel, jfips = (known[jid]["name"], known[jid]["level"], "") if jid in known else (cname, "county", fips)
                match, note = "county", f"The name carries {cname}, {st} (Census FIPS {fips}): a county jail or sheriff's office."
            elif m:
                note = f"The name carries '{m.group(1).title()} County', which is not a county of {st} in the Census list."
        if not st and not h:
            note = note or "ICE's record gives no state we can read."
        row = {"id": fid, "name": main_name, "variants": ";".join(sorted({n[0] for n in names[1:]} - {main_name})), "city": names[0][1],
               "state": st or state, "jurisdiction_id": jid, "match": match, "match_note": note}
        facilities.append(row)
        if jid and jid not in known:
            new = {"id": jid, "name": jname, "state": st, "level": jlevel}
            old = new_rows.setdefault(jid, new)
            if (old["name"], old["state"], old["level"]) != (jname, st, jlevel):
                sys.exit(f"{jid}: two facilities name it differently: {old} and {new}")

        for n in names:
            member[n] = fid
    by_year = collections.Counter()
    for (f, c, s, y), n in declines.items():
        if (f, c, s) in member:
            by_year[(member[(f, c, s)], y)] += n
    fy = collections.defaultdict(collections.Counter)
    for k, c in fy15.items():
        if k in member:
            fy[member[k]].update(c)
    national = []
    for r in csv.DictReader(open(src / "detainers_by_year.csv", encoding="utf-8")):
        national.append({"report_id": report_of(r["year"]), "measure": "issued", "value": r["count"], "source_ids": SOURCE["by_year"]})
    for r in csv.DictReader(open(src / "detainers_by_lift_reason_and_year.csv", encoding="utf-8")):
        if r["lift_reason"] == DECLINED:
            national.append({"report_id": report_of(r["year"]), "measure": "declined", "value": r["count"], "source_ids": SOURCE["by_reason"]})
    national.sort(key=lambda r: (r["report_id"], r["measure"] != "issued"))
    national += [{"report_id": FY2015, "measure": k, "value": fy15_total[k], "source_ids": SOURCE["fy2015"]} for k in OUTCOMES]
    tables = {
        "facilities.csv": (["id", "name", "variants", "city", "state", "jurisdiction_id", "match", "match_note"], facilities),
        "declines-by-year.csv": (["facility_id", "year", "report_id", "declined", "source_ids"],
                                 [{"facility_id": f, "year": y, "report_id": report_of(y), "declined": n, "source_ids": SOURCE["declines"]}
                                  for (f, y), n in sorted(by_year.items())]),
        "fy2015-outcomes.csv": (["facility_id", "report_id"] + OUTCOMES + ["source_ids"],
                                [{"facility_id": f, "report_id": FY2015, **{k: c[k] for k in OUTCOMES}, "source_ids": SOURCE["fy2015"]}
                                 for f, c in sorted(fy.items())]),
        "national.csv": (["report_id", "measure", "value", "source_ids"], national),
        "jurisdictions.csv": (["id", "name", "state", "level"], [new_rows[k] for k in sorted(new_rows) if k not in census_rows]),
    }
    status = write_tables(out_dir, tables, check, "ice_records.py")
    matched = [f for f in facilities if f["match"] != "unmatched"]
    dec_of = collections.Counter()
    for (f, y), n in by_year.items():
        dec_of[f] += n
    unattributed_declines = sum(n for (f, c, s, _), n in declines.items() if (f, c, s) in unattributed)
    print(f"{len(facilities)} facilities ({len(raw) - len(unattributed)} spellings): {len(matched)} matched "
          f"({sum(dec_of[f['id']] for f in matched)} declines), {len(facilities) - len(matched)} unmatched "
          f"({sum(dec_of[f['id']] for f in facilities if f['match'] == 'unmatched')} declines); "
          f"{unattributed_declines} declines ICE attributed to no facility", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
