#!/usr/bin/env python3
"""Where a wasm's bytes go, from `twiggy top -f csv` of a build that still has its function names
(cargo's output, before wasm-bindgen and wasm-opt): the data segment, and the code by crate
("function family"). Usage: twiggy top -n 1000000 -f csv app.wasm | bench/wasm_families.py"""
import csv
import re
import sys
from collections import Counter

CRATE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?=::)")
sizes = Counter()
for row in csv.DictReader(sys.stdin):
    name, size = row["Name"], int(row["ShallowSize"])
    if name.startswith("data segment") or name.startswith("data["):
        family = "data: the baked dataset and other constants"
    elif "function names" in name or name.startswith("custom section") or name.startswith("__wbindgen_describe"):
        continue  # names and wasm-bindgen's metadata and descriptors: removed from the shipped wasm
    else:
        # The crate the function belongs to: the first path in its name ("<T as tachys::…>" is
        # tachys's, a closure in detainer_atlas::components is ours).
        m = CRATE.search(name.replace("<impl ", ""))
        family = f"code: {m.group(0)}" if m else "code: other (glue, tables, unnamed)"
    sizes[family] += size
total = sum(sizes.values())
code = sum(v for k, v in sizes.items() if k.startswith("code"))
print(f"| part | bytes | share |\n|---|---|---|")
print(f"| all code | {code:,} | {code / total:.0%} |")
for family, size in sizes.most_common(18):
    print(f"| {family} | {size:,} | {size / total:.1%} |")
