#!/usr/bin/env python3
"""Builds the benchmark's stress dataset: the real data plus synthetic counties that bring
data/jurisdictions.csv to 3,142 rows, through the same CSV pipeline. With the rows the Census,
ICE records and 287(g) tables add, the stress build lists about 6,300 rows (the bench's label
counts them): about 1.7 times the real dataset, now that every county is a real row.

    python3 bench/make_stress_data.py data bench/out/stress-data

Synthetic rows are obviously fake ("Stress County 0001", sources at example.org) and exist only
for measuring; they are never shipped. Their texts take their lengths from the real rows (each
synthetic policy copies the length profile of a real policy, cycling through them), so the
bundle and the DOM carry realistic amounts of text. About a third get a policy, a sixth a
declined figure in the first report, and every fifth a listing on the first list.
"""
import csv
import random
import shutil
import sys
from pathlib import Path

TOTAL = 3142
STATES = ["AL", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
          "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
          "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AK", "HI"]
WORDS = ("county sheriff jail detainer warrant policy board order court release notice custody judicial "
         "hold request immigration agency ordinance resolution supervisors federal state local people").split()


def filler(rng, length):
    """Plain words adding up to about `length` characters."""
    out = []
    while sum(len(w) + 1 for w in out) < length:
        out.append(rng.choice(WORDS))
    text = " ".join(out)[: max(length, 1)].strip()
    return (text[:1].upper() + text[1:] + ".") if text else ""


def sentence(text):
    """A one-line summary the loader accepts: one sentence ending with a full stop."""
    return text.rstrip(" .;,") + "."


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        return r.fieldnames, list(r)


def append(path, fields, rows):
    with open(path, "a", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        for row in rows:
            w.writerow({k: row.get(k, "") for k in fields})


def main(src, dst):
    rng = random.Random(3142)
    src, dst = Path(src), Path(dst)
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    jf, jurisdictions = read(dst / "jurisdictions.csv")
    pf, policies = read(dst / "policies.csv")
    ff, figures = read(dst / "figures.csv")
    sf, _ = read(dst / "sources.csv")
    rf, reports = read(dst / "reports.csv")
    lf, lists = read(dst / "lists.csv")
    lif, _ = read(dst / "listings.csv")
    real_policies = [p for p in policies if p["category"] not in ("federal", "mandates_compliance", "requires_cooperation")]
    # The report the page opens with, as the data names it.
    report = next(r["id"] for r in reports if r.get("default") == "yes")
    first_list = lists[0]["id"] if lists else None

    n = TOTAL - len(jurisdictions)
    new_j, new_p, new_f, new_s, new_l = [], [], [], [], []
    for i in range(1, n + 1):
        state = STATES[i % len(STATES)]
        jid = f"stress-{i:04d}-{state.lower()}"
        new_j.append({"id": jid, "name": f"Stress County {i:04d}", "state": state, "level": "county",
                      "aliases": "", "parent": "", "note": ""})
        sid = f"stress-s{i:04d}"
        new_s.append({"id": sid, "headline": filler(rng, 60).rstrip(".") + " story", "headline_from": "stored copy",
                      "publisher": "Example Press", "date": "2017-03-20", "url": f"https://example.org/stress/{i:04d}",
                      "archive_url": "", "kind": "secondary", "found_in": "bench/make_stress_data.py", "note": "synthetic"})
        if i % 3 == 0:
            model = real_policies[i % len(real_policies)]
            new_p.append({"id": f"{jid}-p", "jurisdiction_id": jid, "category": model["category"],
                          "instrument": filler(rng, len(model["instrument"])),
                          "identifier": filler(rng, len(model["identifier"])), "enacted": f"{2011 + i % 14}-0{1 + i % 9}-15",
                          "ended": "", "summary": sentence(filler(rng, min(len(model["summary"]), 110))),
                          "summary_es": sentence(filler(rng, min(len(model["summary_es"]), 110))),
                          "description": filler(rng, len(model["description"])),
                          "description_es": filler(rng, len(model["description_es"])), "criteria": filler(rng, len(model["criteria"])),
                          "jail_access": filler(rng, len(model["jail_access"])),
                          "release_notification": filler(rng, len(model["release_notification"])), "status": "",
                          "source_ids": sid})
        if i % 6 == 0:
            new_f.append({"id": f"stress-f{i:04d}", "jurisdiction_id": jid, "report_id": report, "measure": "declined",
                          "value": str(1 + (i * 7919) % 180), "qualifier": "", "period": "", "status": "",
                          "source_ids": sid, "note": ""})
        if first_list and i % 5 == 0:
            new_l.append({"list_id": first_list, "jurisdiction_id": jid, "label": f"Stress County {i:04d}", "removed": "",
                          "status": "", "source_ids": sid, "note": ""})
    append(dst / "jurisdictions.csv", jf, new_j)
    append(dst / "sources.csv", sf, new_s)
    append(dst / "policies.csv", pf, new_p)
    append(dst / "figures.csv", ff, new_f)
    append(dst / "listings.csv", lif, new_l)
    print(f"stress data: {len(jurisdictions) + len(new_j)} jurisdictions ({len(new_j)} synthetic), "
          f"{len(policies) + len(new_p)} policies, {len(figures) + len(new_f)} figures in {dst}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_stress_data.py DATA_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
