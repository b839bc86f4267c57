#!/usr/bin/env python3
"""Make a pseudo-translation of every interface string, 40 % longer, to test layouts.

    scripts/pseudo_translate.py OUT.qm [--ts OUT.ts] [--stretch 0.4]
    FIELDKIT_PSEUDO_CATALOGUE=OUT.qm scripts/run.sh        # look at the app in it

Every string becomes ``[Ńéw pártńérshíp… ·ẋẋẋ]``: accented letters (still readable),
brackets that show where a label was cut off, and filler words until the text is
``--stretch`` longer — about what German, French or Finnish need. Placeholders (``%1``,
``%n``, ``{name}``), ``&`` accelerators (the letter after ``&`` is kept as it is, so the
shortcut stays the same), ``&&``, entities and HTML tags pass unchanged.

The strings come fresh from the sources (``pyside6-lupdate``, about a second), so the
catalogue never lags behind the code. It is written to a scratch place, never into
``translations/`` (the catalogue tests would take it for a language).
"""

from __future__ import annotations

import argparse
import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from translations import python_sources, tool  # noqa: E402

STRETCH = 0.4
# Kept as they are: Qt and Python placeholders, accelerators, entities, tags.
PROTECTED = re.compile(
    r"%L?\d+|%[nvmp%]|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|&&|&[A-Za-z]+;|&#\d+;"
    r"|&.|<[A-Za-z/][^<>]*>",
    re.DOTALL,
)
ACCENTED = str.maketrans(
    "AaCcDdEeGgHhIiKkLlNnOoRrSsTtUuWwYyZz",
    "ÅáÇçĎďÉéĜĝĤĥÍíĶķĹĺŃńÓóŔŕŠšŤťÚúŴŵÝýŽž",
)
FILLER = "·ẋẋẋẋẋ"


def pseudo(text: str, stretch: float = STRETCH) -> str:
    """``text`` with accents, brackets and filler: ``stretch`` longer, placeholders kept."""
    if not text.strip():
        return text
    parts: list[str] = []
    position = 0
    visible = 0
    for match in PROTECTED.finditer(text):
        plain = text[position : match.start()]
        parts += [plain.translate(ACCENTED), match.group(0)]
        visible += len(plain) + (1 if match.group(0).startswith("&") else len(match.group(0)))
        position = match.end()
    plain = text[position:]
    parts.append(plain.translate(ACCENTED))
    visible += len(plain)
    extra = max(1, math.ceil(visible * stretch) - 2)  # the two brackets count too
    words = [FILLER[: min(len(FILLER), extra - start)] for start in range(0, extra, len(FILLER))]
    filler = " ".join(word for word in words if word)
    return "[" + "".join(parts) + " " + filler + "]"


def fill(ts_file: Path, stretch: float = STRETCH) -> int:
    """Translate every message of ``ts_file`` in place; returns how many."""
    tree = ET.parse(ts_file)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes" and forms:
            for form in forms:
                form.text = pseudo(source, stretch)
        else:
            translation.text = pseudo(source, stretch)
        count += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return count


def make_catalogue(qm_file: Path, ts_file: Path | None = None, stretch: float = STRETCH) -> int:
    """Scan the sources, pseudo-translate, compile ``qm_file``; returns the message count."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = ts_file or Path(scratch) / "fieldkit_pseudo.ts"
        ts.unlink(missing_ok=True)
        command = [tool("pyside6-lupdate"), "-silent", "-locations", "none"]
        command += [*python_sources(), "-target-language", "en", "-ts", str(ts)]
        subprocess.run(command, check=True)
        count = fill(ts, stretch)
        qm_file.parent.mkdir(parents=True, exist_ok=True)
        lrelease = [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm_file)]
        subprocess.run(lrelease, check=True)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("qm", type=Path, help="the compiled catalogue to write")
    parser.add_argument("--ts", type=Path, help="also keep the .ts here")
    parser.add_argument("--stretch", type=float, default=STRETCH, help="0.4 = 40 %% longer")
    args = parser.parse_args(argv)
    if args.qm.resolve().is_relative_to(REPO / "translations"):
        parser.error("not into translations/: the catalogue tests would take it for a language")
    count = make_catalogue(args.qm, args.ts, args.stretch)
    print(f"{count} strings -> {args.qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
