"""Argilla 1.x exports for Tests/Fixtures/argilla, made by the real SDK (argilla-v1 1.29.1).

A FeedbackDataset laid out as the MPEP Spaces were (field `source`, text question `target`,
the machine translation as a suggestion, the prompt's row index as `external_id`, the prompt's
metadata), built locally (no server), then exported as the Spaces' datasets were published:
`format_as("datasets").to_json(...)`. Two exports of the same dataset a week apart:
week 1, then week 2 with new submissions, a review, a correction and a new translator.

Run by make.sh; writes nl-v1-week1.jsonl and nl-v1-week2.jsonl into the folder given.
"""
import sys
import uuid

import argilla_v1 as rg

from common import PROMPTS, USERS, SUGGESTIONS, week1, week2

out = sys.argv[1]


def dataset(responses_by_row):
    ds = rg.FeedbackDataset(
        fields=[rg.TextField(name="source", use_markdown=True)],
        questions=[rg.TextQuestion(name="target", title="Translate the prompt", use_markdown=True)],
        guidelines="Translate the prompt; keep its Markdown.",
    )
    records = []
    for row, (pid, text, meta) in enumerate(PROMPTS):
        responses = []
        for user, value, status in responses_by_row.get(pid, []):
            response = {"user_id": uuid.UUID(USERS[user]), "status": status}
            response["values"] = {"target": {"value": value}} if value is not None else {}
            responses.append(response)
        records.append(rg.FeedbackRecord(
            fields={"source": text},
            external_id=str(row),
            metadata=meta,
            suggestions=[{"question_name": "target", "value": SUGGESTIONS[pid], "type": "model", "agent": "gpt-4"}],
            responses=responses,
        ))
    ds.add_records(records)
    return ds


for name, responses in (("nl-v1-week1.jsonl", week1()), ("nl-v1-week2.jsonl", week2())):
    dataset(responses).format_as("datasets").to_json(f"{out}/{name}")
print("argilla-v1", rg.__version__)
