"""What the scripts of data/tools/ share: writing the tables they derive, or with --check
comparing them with the committed ones."""
import csv
import io
import pathlib
import sys

# data/, the directory the derived tables are written under.
DATA = pathlib.Path(__file__).resolve().parent.parent


def arguments():
    """The command line every script here takes, `[--check] [path/to/shared/data]`: returns
    (data/, the shared data directory (../shared/data beside the repository by default), check)."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = pathlib.Path(args[0]) if args else DATA.parent.parent / "shared" / "data"
    return DATA, shared, "--check" in sys.argv


def write_tables(out_dir, tables, check, script):
    """Writes each `name: (columns, rows)` of `tables` as out_dir/name (rows are dicts), or with
    `check` writes nothing and names the files that differ from (or are missing among) the
    committed ones; returns the exit status: 1 when some differ, else 0."""
    differ = []
    for name, (cols, rows) in tables.items():
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        path = out_dir / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != buf.getvalue():
                differ.append(name)
        else:
            out_dir.mkdir(exist_ok=True)
            path.write_text(buf.getvalue(), encoding="utf-8")
    if differ:
        print(f"differs from the committed tables: {', '.join(differ)} (run python3 data/tools/{script})", file=sys.stderr)
        return 1
    return 0
