"""The data both SDK scripts export: one small Dutch translation effort, two weeks apart.

PROMPTS are the effort's prompts in dataset order (id, English text, metadata); the last is not
in the source set (a prompt the repository dropped). Responses are (user, value, status);
value None is a discarded response without a text, as Argilla stores one.
"""

PROMPTS = [
    ("mpep-001", "Write a short poem about a lighthouse keeper who has not seen a ship in ten years.",
     {"source": "OpenAssistant/oasst2", "kind": "human", "evolved_from": None}),
    ("mpep-002", "A train leaves the station at 9:15 and travels 180 km at an average speed of 72 km/h. At what time does it arrive?",
     {"source": "ultrachat", "kind": "synthetic", "evolved_from": None}),
    ("mpep-003", "Write a Python function `is_palindrome(s)`:\n\n```python\ndef is_palindrome(s: str) -> bool:\n    ...\n```\n\nIgnore spaces and **letter case**.",
     {"source": "evol_instruct", "kind": "synthetic", "evolved_from": "mpep-002"}),
    ("mpep-004", "Explain recursion to a ten-year-old.",
     {"source": "OpenAssistant/oasst2", "kind": "human", "evolved_from": None}),
    ("mpep-005", "List three benefits of cycling:\n\n1. health\n2. …",
     {"source": "dolly", "kind": "human", "evolved_from": None}),
    ("mpep-006", "What does the Arabic greeting «مرحبا بكم» mean, and how is it answered?",
     {"source": "OpenAssistant/oasst2", "kind": "human", "evolved_from": None}),
    ("mpep-007", "Summarize the plot of Hamlet in two sentences.",
     {"source": "dolly", "kind": "human", "evolved_from": None}),
    ("mpep-008", "How do you say \"good morning\" in Hebrew (בוקר טוב)? Answer in one line.",
     {"source": "OpenAssistant/oasst2", "kind": "human", "evolved_from": None}),
    (None, "How many legs does a spider have?",
     {"source": "dolly", "kind": "human", "evolved_from": None}),
]

SOURCE_SET = [(pid, text) for pid, text, _ in PROMPTS if pid is not None]

# Fixed Argilla user ids, so every run writes the same bytes.
USERS = {
    "anna": "0a7d2c4e-1b3f-4e5a-8c9d-0e1f2a3b4c5d",
    "bram": "1b8e3d5f-2c4a-4f6b-9d0e-1f2a3b4c5d6e",
    "carla": "2c9f4e6a-3d5b-4a7c-8e1f-2a3b4c5d6e7f",
    "daan": "3d0a5f7b-4e6c-4b8d-9f2a-3b4c5d6e7f80",
    "eva": "4e1b6a8c-5f7d-4c9e-8a3b-4c5d6e7f8091",
}

SUGGESTIONS = {
    "mpep-001": "Schrijf een kort gedicht over een vuurtorenwachter die in tien jaar geen schip heeft gezien.",
    "mpep-002": "Een trein verlaat het station om 9:15 en reist 180 km met een gemiddelde snelheid van 72 km/u. Hoe laat komt hij aan?",
    "mpep-003": "Schrijf een Python-functie `is_palindrome(s)`:\n\n```python\ndef is_palindrome(s: str) -> bool:\n    ...\n```\n\nNegeer spaties en **hoofdletters**.",
    "mpep-004": "Leg recursie uit aan een tienjarige.",
    "mpep-005": "Noem drie voordelen van fietsen:\n\n1. gezondheid\n2. …",
    "mpep-006": "Wat betekent de Arabische groet «مرحبا بكم» en hoe antwoord je erop?",
    "mpep-007": "Vat het plot van Hamlet samen in twee zinnen.",
    "mpep-008": "Hoe zeg je \"goedemorgen\" in het Hebreeuws (בוקר טוב)? Antwoord in één regel.",
    None: "Hoeveel poten heeft een spin?",
}

POEM = "Schrijf een kort gedicht over een vuurtorenwachter\ndie al tien jaar geen schip meer heeft gezien."


def week1():
    return {
        # two translators agree (one with a trailing newline): reviewed
        "mpep-001": [("anna", POEM, "submitted"), ("bram", POEM + "\n", "submitted")],
        "mpep-002": [("anna", "Een trein vertrekt om 9:15 en legt 180 km af met gemiddeld 72 km/u. Hoe laat komt hij aan?", "submitted")],
        # mpep-003: only the machine suggestion
        # three submissions that differ: the two that agree win, anna is not credited
        "mpep-004": [("anna", "Leg recursie uit aan een kind van tien.", "submitted"),
                     ("bram", "Leg aan een tienjarige uit wat recursie is.", "submitted"),
                     ("carla", "Leg aan een tienjarige uit wat recursie is.", "submitted")],
        "mpep-005": [("carla", "Noem drie voordelen van fietsen:\n\n1. gezondheid\n2. …", "draft")],
        "mpep-006": [("daan", None, "discarded")],
        "mpep-007": [("bram", "Vat het verhaal van Hamlet samen in twee zinnen.", "submitted"),
                     ("daan", "Geef in twee zinnen de plot van Hamlet.", "draft")],
        "mpep-008": [("anna", "Hoe zeg je \"goedemorgen\" in het Hebreeuws (בוקר טוב)?\nAntwoord in één regel.", "submitted")],
        None: [("anna", "Hoeveel poten heeft een spin?", "submitted")],
    }


def week2():
    responses = week1()
    # eva confirms anna's text: reviewed, and a new translator
    responses["mpep-002"] = responses["mpep-002"] + [("eva", responses["mpep-002"][0][1], "submitted")]
    responses["mpep-003"] = [("eva", "Schrijf een Python-functie `is_palindrome(s)`:\n\n```python\ndef is_palindrome(s: str) -> bool:\n    ...\n```\n\nNegeer spaties en **hoofdletters**.", "submitted")]
    responses["mpep-005"] = [("carla", "Noem drie voordelen van fietsen:\n\n1. gezondheid\n2. …", "submitted")]
    responses["mpep-006"] = [("daan", "Wat betekent de Arabische groet «مرحبا بكم», en wat antwoord je?", "submitted")]
    # bram corrects his translation (Argilla keeps only the new value)
    responses["mpep-007"] = [("bram", "Vat de plot van Hamlet samen in twee zinnen.", "submitted"),
                             ("daan", "Geef in twee zinnen de plot van Hamlet.", "draft")]
    return responses
