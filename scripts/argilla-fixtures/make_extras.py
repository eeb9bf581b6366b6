"""The source set and the malformed files of Tests/Fixtures/argilla (standard library only).

prompts.jsonl: the source set the exports translate (every prompt of common.PROMPTS but the last).
The malformed files are the real 1.x week-1 export spoiled three ways:
  nl-v1-truncated.jsonl  line 3 cut in the middle (a download that stopped);
  nl-v1-array.json       every record in one pretty-printed JSON array (json.dump(indent=2));
  nl-v1-no-source.jsonl  line 4 without its "source".
"""
import json
import sys

from common import SOURCE_SET

out = sys.argv[1]
with open(f"{out}/prompts.jsonl", "w", encoding="utf-8") as f:
    for pid, text in SOURCE_SET:
        f.write(json.dumps({"id": pid, "prompt": text}, ensure_ascii=False) + "\n")

with open(f"{out}/nl-v1-week1.jsonl", encoding="utf-8") as f:
    lines = f.read().splitlines()

spoiled = list(lines)
spoiled[2] = spoiled[2][: len(spoiled[2]) // 2]
with open(f"{out}/nl-v1-truncated.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(spoiled) + "\n")

with open(f"{out}/nl-v1-array.json", "w", encoding="utf-8") as f:
    json.dump([json.loads(line) for line in lines], f, indent=2, ensure_ascii=False)
    f.write("\n")

record = json.loads(lines[3])
del record["source"]
spoiled = list(lines)
spoiled[3] = json.dumps(record, ensure_ascii=False)
with open(f"{out}/nl-v1-no-source.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(spoiled) + "\n")
