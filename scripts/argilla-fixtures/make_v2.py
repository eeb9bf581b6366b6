"""The Argilla 2.x export for Tests/Fixtures/argilla, made by the real SDK (argilla 2.8.0).

Argilla 2.x builds no dataset without a server: `rg.Dataset`, and even `rg.Settings` and
`rg.TextField`, open a client and log in on creation. Records, responses and suggestions are
plain objects, though, and the exporter behind `dataset.records.to_datasets()` is a static
function of the records (`HFDatasetsIO.to_datasets`) that reads only `dataset.schema`, to turn
image fields and label questions back into `datasets` features. This dataset has neither (one
text field, one text question), so the export is that very function over real `rg.Record`s with
an empty schema, written with `to_json` as `datasets` writes every export: the layout a 2.x
effort publishes.

`records.to_json(path)` (one JSON array) is not made: its responses carry no status, so drafts
cannot be told from submissions (GenericIO.to_list(flatten=False) drops it); the importer
refuses arrays with one error that says how to export instead.

Run by make.sh; writes nl-v2.jsonl (the week-1 state of the 1.x exports, as a 2.x effort would export it) into the folder given.
"""
import sys
import types
import uuid

import argilla as rg
from argilla.records._io._datasets import HFDatasetsIO

from common import PROMPTS, USERS, SUGGESTIONS, week1

out = sys.argv[1]
records = []
responses_by_row = week1()
for row, (pid, text, meta) in enumerate(PROMPTS):
    responses = [
        rg.Response("target", value, user_id=uuid.UUID(USERS[user]), status=status)
        for user, value, status in responses_by_row.get(pid, [])
        if value is not None  # a 2.x response always has a value; a discarded one keeps its text
    ] + [
        rg.Response("target", "", user_id=uuid.UUID(USERS[user]), status=status)
        for user, value, status in responses_by_row.get(pid, [])
        if value is None
    ]
    records.append(rg.Record(
        id=str(row),
        fields={"source": text},
        # 2.x flattens metadata into columns beside the fields: "source" would collide with the field.
        metadata={"kind": meta["kind"], "origin": meta["source"]},
        suggestions=[rg.Suggestion("target", SUGGESTIONS[pid], agent="gpt-4")],
        responses=responses,
    ))
HFDatasetsIO.to_datasets(records, dataset=types.SimpleNamespace(schema={})).to_json(f"{out}/nl-v2.jsonl")
print("argilla", rg.__version__)
