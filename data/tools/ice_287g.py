#!/usr/bin/env python3
"""Derives data/ice-287g/ from ICE's published lists of 287(g) agreements in
../shared/data/ice-287g-2025/ (participating agencies on May 16 and July 18, 2025, and the
agencies pending on July 18, 2025; see that folder's README).

  agreements.csv     one row per agreement (agency and model; one agency may hold several):
                     id, agency, state, type (as ICE wrote it), county (as ICE wrote it),
                     jurisdiction_id (the row it belongs to, or empty), match (`county`: a
                     county agency, by the county ICE gives; `city`: a municipal agency, by the
                     city its name carries; `state`: a state agency; `unmatched`, with the
                     reason), match_note, model (jail_enforcement, task_force,
                     warrant_service), signed (ISO date, or empty when ICE gave none or wrote
                     one that cannot be read without guessing), signed_as_written, status
                     (`participating` or `pending`), source_ids (the lists it is on, oldest
                     first)
  jurisdictions.csv  the cities and states an agreement belongs to that are rows neither of
                     data/jurisdictions.csv, data/census/counties.csv nor
                     data/ice-records/jurisdictions.csv: id, name, state, level

Usage: python3 data/tools/ice_287g.py [--check] [path/to/shared/data]
"""
import csv, re, sys, pathlib, datetime

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from derived import arguments, write_tables  # noqa: E402

here, shared, check = arguments()
src = shared / "ice-287g-2025"
out_dir = here / "ice-287g"
# The lists, oldest first, with the source (data/sources.csv) that cites each.
LISTS = [("participating-2025-05-16.csv", "participating", "ice-287g-2025-05-16"),
         ("participating-2025-07-18.csv", "participating", "ice-287g-2025-07-18"),
         ("pending-2025-07-18.csv", "pending", "ice-287g-pending-2025-07-18")]
MODELS = {"Jail Enforcement Model": "jail_enforcement", "Task Force Model": "task_force", "Warrant Service Officer": "warrant_service"}
MUNICIPAL = r" (City )?(Police( Services)? Department|Police Dept\.?|Department of Public Safety|Public Safety)$"


def key(name):
    s = name.lower().replace("st.", "saint").replace("&", "and")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read(path):
    return list(csv.DictReader(open(path, encoding="utf-8"))) if path.exists() else []


def signed(cell):
    """ICE's date as ISO, or "" when it is missing or not a date that reads one way only."""
    cell = cell.strip()
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            d = datetime.datetime.strptime(cell, fmt).date()
        except ValueError:
            continue
        # The 287(g) programme began in 2002; a year outside it ("5025") is a typing slip.
        return d.isoformat() if 2002 <= d.year <= 2025 else ""
    return ""


def main():
    states = {}
    for line in (here.parent / "crates" / "atlas-data" / "src" / "states.rs").read_text(encoding="utf-8").splitlines():
        m = re.match(r'\s*\("([A-Z]{2})", "([^"]+)"\)', line)
        if m:
            states[m.group(2).upper()] = (m.group(1), m.group(2))
    rows = read(here / "jurisdictions.csv") + read(here / "ice-records" / "jurisdictions.csv")
    for c in read(here / "census" / "counties.csv"):
        if not c["merged_into"]:
            rows.append({"id": c["id"], "name": c["name"], "state": c["state"], "level": c["level"], "aliases": c["other_names"]})
    by_name = {}
    for r in rows:
        for n in [r["name"]] + [a for a in r.get("aliases", "").split(";") if a.strip()]:
            by_name.setdefault((r["state"], r["level"], key(n)), r["id"])
    # County rows that are merged Census counties keep their own names: also find them by the
    # Census name.
    for c in read(here / "census" / "counties.csv"):
        if c["merged_into"]:
            by_name.setdefault((c["state"], "county", key(c["name"])), c["merged_into"])
    agreements, new_rows = {}, {}
    for file, status, source in LISTS:
        for a in csv.DictReader(open(src / file, encoding="utf-8")):
            st, state_name = states.get(a["STATE"].strip().upper(), ("", a["STATE"].strip()))
            agency, kind, county = a["LAW ENFORCEMENT AGENCY"].strip(), a["TYPE"].strip(), a["COUNTY"].strip()
            model = MODELS.get(a["SUPPORT TYPE"].strip())
            if not st or not model:
                sys.exit(f"{file}: cannot read the state or model of {a}")
            k = (st, key(agency), model)
            row = agreements.get(k)
            if row is None:
                jid, match, note = "", "unmatched", ""
                named = re.match(r"^(.*? (County|Parish))\b", agency)
                if kind == "County" and not re.search(MUNICIPAL, agency):
                    name = county if re.search(r" (County|Parish|Borough)$", county) else f"{county} County"
                    jid = by_name.get((st, "county", key(name))) or by_name.get((st, "city-county", key(county))) or ""
                    match, note = "county", f"A county agency of {name}, as ICE's list gives its county."
                    own = by_name.get((st, "county", key(named.group(1)))) if named else None
                    if not jid and own:
                        # ICE misspelt the county column ("Frankin County") but not the agency.
                        jid, note = own, f"ICE's list writes the county as '{county}'; the agency's own name gives {named.group(1)}."
                    if not jid:
                        match, note = "unmatched", f"ICE's list gives the county as '{county}', which is not a county of {state_name} in the Census list."
                elif kind == "State Agency" or agency.upper().startswith(state_name.upper() + " "):
                    jid, match, note = f"state-{st.lower()}", "state", "A state agency."
                    if not any(r["id"] == jid for r in rows):
                        new_rows[jid] = {"id": jid, "name": f"State of {state_name}", "state": st, "level": "state"}
                elif re.search(MUNICIPAL, agency):
                    city = re.sub(MUNICIPAL, "", agency)
                    jid = by_name.get((st, "city", key(city))) or by_name.get((st, "city-county", key(city))) or slug(f"{city} {st}")
                    match, note = "city", f"The police of {city}, {state_name}: a city agency."
                    if not any(r["id"] == jid for r in rows):
                        new_rows.setdefault(jid, {"id": jid, "name": city, "state": st, "level": "city"})
                else:
                    note = "A municipal agency that is not a city's police (a township constable, a state board): left unmatched."
                row = {"id": slug(f"{agency} {st} {model}"), "agency": agency, "state": st, "type": kind, "county": county,
                       "jurisdiction_id": jid, "match": match, "match_note": note, "model": model, "signed": "",
                       "signed_as_written": "", "status": status, "source_ids": []}
                agreements[k] = row
            # The latest list's status and date stand; every list it is on is a source.
            row["status"] = status
            when = a.get("SIGNED", "").strip()
            if when:
                row["signed_as_written"], row["signed"] = when, signed(when)
            if source not in row["source_ids"]:
                row["source_ids"].append(source)
    out = sorted(agreements.values(), key=lambda r: (r["state"], r["agency"], r["model"]))
    for r in out:
        r["source_ids"] = ";".join(r["source_ids"])
    tables = {
        "agreements.csv": (["id", "agency", "state", "type", "county", "jurisdiction_id", "match", "match_note", "model", "signed",
                            "signed_as_written", "status", "source_ids"], out),
        "jurisdictions.csv": (["id", "name", "state", "level"], [new_rows[k] for k in sorted(new_rows)]),
    }
    status = write_tables(out_dir, tables, check, "ice_287g.py")
    by = lambda f: sum(1 for r in out if f(r))
    print(f"{len(out)} agreements ({by(lambda r: r['status'] == 'participating')} participating on July 18, 2025, "
          f"{by(lambda r: r['status'] == 'pending')} pending); on the May 16 list {by(lambda r: 'ice-287g-2025-05-16' in r['source_ids'])}; "
          f"matched {by(lambda r: r['match'] != 'unmatched')}, unmatched {by(lambda r: r['match'] == 'unmatched')}; "
          f"dates not readable {by(lambda r: r['signed_as_written'] and not r['signed'])}; new rows {len(new_rows)}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
