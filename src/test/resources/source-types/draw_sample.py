#!/usr/bin/env python3
"""Draws the source-typing sample from PolNeAR train gold (see GUIDELINE.md).

Usage: python3 draw_sample.py ../../../../../shared/corpora/polnear/train [BLOCK] > drawn.tsv
Prints stem, start, end, stratum (no corpus text); labels are added by hand in sample.tsv.
BLOCK 1 (the default) is rows 1-300. BLOCK 2 is rows 301-500, a second held-out block drawn after
the first with the same generator, from the next 100 articles of the shuffled list (no article of
block 1), with quotas in the same proportion: block 1 is drawn first, so it stays as it was.
"""
import os
import random
import sys

SEED = 20261121
ARTICLES = 150
QUOTAS = {"pronoun": 60, "capitalised": 130, "lower": 110}  # 300 in all
SECOND_ARTICLES = 100
SECOND_QUOTAS = {"pronoun": 40, "capitalised": 87, "lower": 73}  # 200 in all
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


def draw(split, first, rng, stems, quotas):
    """One block: the sources of {@code stems} by stratum, drawn in seeded order up to the quotas."""
    pools = {k: [] for k in quotas}
    for stem in stems:
        for start, end, text in sources(split, first[stem]):
            pools[stratum(text)].append((stem, start, end))
    taken, per_article = [], {}
    for k, quota in quotas.items():
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
    rng.shuffle(taken)  # the seeded order: in block 1 the last third is held out
    return taken


def main(split, block):
    first = {}
    for ann in sorted(os.listdir(os.path.join(split, "attributions"))):
        first.setdefault(ann.rsplit("_", 1)[0], ann)
    rng = random.Random(SEED)
    stems = sorted(first)
    rng.shuffle(stems)
    taken = draw(split, first, rng, stems[:ARTICLES], QUOTAS)
    if block == 2:  # the generator goes on where block 1 left it
        taken = draw(split, first, rng, stems[ARTICLES:ARTICLES + SECOND_ARTICLES], SECOND_QUOTAS)
    for stem, start, end, k in taken:
        print(f"{stem}\t{start}\t{end}\t{k}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
