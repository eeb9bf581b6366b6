"""Loads every JSON table and CSV file of a built mpep site with `datasets` and pandas.

Each file is first read with the standard library (json, csv), which gives the expected row
count and columns; `datasets.load_dataset` and pandas must give the same. A JSON file that is
not an array of objects is read through its members that are (`field=`, as difficulty.json's
"prompts"), else listed as skipped; a table without rows is read by
pandas only (datasets refuses empty tables in every format). Exit 1 on any mismatch.
"""
import csv
import json
import sys
from pathlib import Path

import datasets
import pandas

datasets.disable_progress_bars()
datasets.logging.set_verbosity_error()


def is_table(rows):
    return isinstance(rows, list) and all(isinstance(r, dict) for r in rows)


def table_fields(path):
    """Members of a JSON object that are tables, read with `field=`: difficulty.json's "prompts"."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        return []
    return [key for key, value in document.items() if is_table(value) and value]


def expected_json(path, field=None):
    rows = json.loads(path.read_text(encoding="utf-8"))
    if field is not None:
        rows = rows[field]
    if not is_table(rows):
        return None
    columns = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    return len(rows), columns


def expected_csv(path):
    with path.open(newline="", encoding="utf-8") as f:
        table = list(csv.reader(f))
    return len(table) - 1, table[0]


def main(site):
    root = Path(site)
    files = sorted(p for p in root.rglob("*") if p.suffix in (".json", ".csv") and p.is_file())
    if not files:
        print(f"{site}: no JSON or CSV files: build the site first")
        return 1
    problems, checked, skipped, empty = [], 0, [], []
    for path in files:
        name = path.relative_to(root)
        kind = "json" if path.suffix == ".json" else "csv"
        expected = expected_json(path) if kind == "json" else expected_csv(path)
        if expected is None:
            fields = table_fields(path) if kind == "json" else []
            if not fields:
                skipped.append(str(name))
            for field in fields:
                rows, columns = expected_json(path, field)
                try:
                    ds = datasets.load_dataset("json", data_files=str(path), field=field, split="train")
                    if (ds.num_rows, sorted(ds.column_names)) != (rows, sorted(columns)):
                        problems.append(f"{name} [{field}]: datasets read {ds.num_rows} rows, {sorted(ds.column_names)}")
                except Exception as error:  # noqa: BLE001
                    problems.append(f"{name} [{field}]: datasets.load_dataset('json', field=...) failed: {type(error).__name__}: {error}")
                frame = pandas.DataFrame(json.loads(path.read_text(encoding="utf-8"))[field])
                if len(frame) != rows:
                    problems.append(f"{name} [{field}]: pandas read {len(frame)} rows; expected {rows}")
                checked += 1
            continue
        rows, columns = expected
        if rows == 0:
            # datasets refuses tables without rows ("corresponds to no data"), whatever the
            # format; pandas reads them. Counted apart, so a reader knows what to expect.
            empty.append(str(name))
            frame = pandas.read_json(path) if kind == "json" else pandas.read_csv(path)
            if len(frame) != 0:
                problems.append(f"{name}: pandas read {len(frame)} rows from an empty table")
            continue
        try:
            ds = datasets.load_dataset(kind, data_files=str(path), split="train")
            got = (ds.num_rows, sorted(ds.column_names))
            if got != (rows, sorted(columns)):
                problems.append(f"{name}: datasets read {got[0]} rows, columns {got[1]}; expected {rows}, {sorted(columns)}")
        except Exception as error:  # noqa: BLE001 - report any failure of the real library
            problems.append(f"{name}: datasets.load_dataset({kind!r}) failed: {type(error).__name__}: {error}")
        try:
            frame = pandas.read_json(path) if kind == "json" else pandas.read_csv(path)
            got = (len(frame), sorted(map(str, frame.columns)))
            if got != (rows, sorted(columns)):
                problems.append(f"{name}: pandas read {got[0]} rows, columns {got[1]}; expected {rows}, {sorted(columns)}")
        except Exception as error:  # noqa: BLE001
            problems.append(f"{name}: pandas failed: {type(error).__name__}: {error}")
        checked += 1
    for p in problems:
        print(p)
    for s in skipped:
        print(f"skipped (not a table): {s}")
    if empty:
        print(f"{len(empty)} tables without rows (pandas reads them; datasets refuses any table without rows): "
              + ", ".join(empty[:4]) + (", …" if len(empty) > 4 else ""))
    print(f"downloads: {checked} tables loaded with datasets {datasets.__version__} and pandas {pandas.__version__}, "
          f"{len(problems)} problems, {len(skipped)} not tables")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "site"))
