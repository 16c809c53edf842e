#!/usr/bin/env python3
"""Writes every executable example of docs/dialect.md to src/test/corpus/spec-NNN.md, as the SDK's SpecExample
reads it: the input before the line ".", with the markers for tab, NBSP, CR and space replaced, the final LF dropped
for "noeol", a BOM for "bom", and \\xHH as one raw byte for "bytes". Run from fuzz/: python3 extract-spec-examples.py"""
import pathlib
import re

FENCE = "`" * 32
lines = pathlib.Path("../docs/dialect.md").read_text(encoding="utf-8").split("\n")
out = pathlib.Path("src/test/corpus")
number = 0
i = 0
while i < len(lines):
    if lines[i].startswith(FENCE + " example"):
        options = lines[i].split()[2:]
        number += 1
        j = i + 1
        body = []
        while lines[j] != ".":
            body.append(lines[j])
            j += 1
        text = "\n".join(body) + "\n"
        if "noeol" in options:
            text = text[:-1]
        for marker, char in (("⇥", "\t"), ("→", "\t"), ("⍽", "\u00a0"), ("␍", "\r"), ("␠", " ")):
            text = text.replace(marker, char)
        if "bom" in options:
            text = "\ufeff" + text
        data = text.encode("utf-8")
        if "bytes" in options:
            data = re.sub(rb"\\x([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), data)
        rules = "-".join(o for o in options if re.fullmatch(r"D\d+", o))
        (out / f"spec-{number:03d}-{rules}.md").write_bytes(data)
        i = j
    i += 1
print(number, "examples")
