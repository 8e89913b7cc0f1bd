#!/usr/bin/env python3
"""Draws the source-typing sample from PolNeAR train gold (see GUIDELINE.md).

Usage: python3 draw_sample.py ../../../../../shared/corpora/polnear/train > drawn.tsv
Prints stem, start, end (no corpus text); labels are added by hand in sample.tsv.
"""
import os
import random
import sys

SEED = 20261121
ARTICLES = 150
QUOTAS = {"pronoun": 60, "capitalised": 130, "lower": 110}  # 300 in all
PER_ARTICLE = 3
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "them", "his", "her", "their", "who", "which"}


def stratum(text):
    words = text.split()
    if len(words) == 1 and text.lower() in PRONOUNS:
        return "pronoun"
    if any(w[0].isupper() for w in words if w.lower() not in {"the", "a", "an"}):
        return "capitalised"
    return "lower"


def sources(split, ann):
    out = []
    for line in open(os.path.join(split, "attributions", ann), encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) >= 3 and p[0].startswith("T") and p[1].startswith("Source ") and ";" not in p[1]:
            _, start, end = p[1].split()
            out.append((int(start), int(end), p[2]))
    return out


def main(split):
    first = {}
    for ann in sorted(os.listdir(os.path.join(split, "attributions"))):
        first.setdefault(ann.rsplit("_", 1)[0], ann)
    rng = random.Random(SEED)
    stems = sorted(first)
    rng.shuffle(stems)
    pools = {k: [] for k in QUOTAS}
    for stem in stems[:ARTICLES]:
        for start, end, text in sources(split, first[stem]):
            pools[stratum(text)].append((stem, start, end))
    taken, per_article = [], {}
    for k, quota in QUOTAS.items():
        pool = sorted(pools[k])
        rng.shuffle(pool)
        n = 0
        for stem, start, end in pool:
            if n == quota:
                break
            if per_article.get(stem, 0) < PER_ARTICLE:
                per_article[stem] = per_article.get(stem, 0) + 1
                taken.append((stem, start, end, k))
                n += 1
    rng.shuffle(taken)  # the seeded order: the last third is held out
    for stem, start, end, k in taken:
        print(f"{stem}\t{start}\t{end}\t{k}")


if __name__ == "__main__":
    main(sys.argv[1])
