#!/usr/bin/env python3
"""Independent implementation of ANNOTATION.md section 5 (scoring), to cross-check `reportkb eval`.

Usage: score_independent.py GOLD.json PRED.json

GOLD is a reportkb-gold/1 file; PRED is a file of the same format (as printed by
`reportkb extract FILE --json`); its `document` is ignored and it is scored against GOLD's
regions. Prints the same JSON object as `reportkb eval GOLD --json` does for one document.

Written from the contract, not from the TypeScript: matching here is a maximum-weight assignment
(Hungarian method) on each connected component of the overlap graph, with weight BIG + overlap so
that the number of pairs comes first and the total overlap second. Stdlib only.

Conventions shared with the TypeScript evaluator (documented there too): a ratio with a zero
denominator is 0, except when tp = fp = fn = 0, which scores p = r = f1 = 1; the level accuracy
of headings is 1 when there are no headings at all.
"""
import json
import sys
import unicodedata

TYPES = ["country", "date", "participants", "organization", "place", "person", "article"]
SCALAR_SLOTS = ["kind", "status", "count", "date", "participants"]
SET_SLOTS = ["countries", "places", "organizations"]


def in_scope(start, regions):
    if regions is None:
        return True
    return any(a <= start < b for a, b in regions)


def overlap(a, b):
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.category(c).startswith("M")).lower()


def norm(kind, v):
    if kind in ("organization", "organizations"):
        return str(v).lower()
    if kind in ("place", "places"):
        return strip_accents(str(v))
    if kind in ("participants", "count"):
        try:
            return int(v)
        except (TypeError, ValueError):
            return str(v)
    return v


def date_equal(gold_value, gold_mod, pred_value, pred_mod):
    if gold_value != pred_value:
        return False
    return gold_mod is None or gold_mod == pred_mod


def hungarian_max(weights):
    """Maximum-weight perfect assignment on a square matrix; returns row -> column."""
    n = len(weights)
    inf = float("inf")
    cost = [[-w for w in row] for row in weights]
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    assignment = {}
    for j in range(1, n + 1):
        if p[j]:
            assignment[p[j] - 1] = j - 1
    return assignment


def match(gold, pred, accept):
    """One-to-one pairs (gi, pi): most pairs, then largest total overlap."""
    edges = {}
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap(g, p)
            if ov > 0 and accept(g, p):
                edges[(gi, pi)] = ov
    # connected components by breadth-first search over the edges
    adjacency = {}
    for gi, pi in edges:
        adjacency.setdefault(("g", gi), []).append(("p", pi))
        adjacency.setdefault(("p", pi), []).append(("g", gi))
    seen = set()
    pairs = []
    for start in adjacency:
        if start in seen:
            continue
        stack, comp = [start], []
        seen.add(start)
        while stack:
            node = stack.pop()
            comp.append(node)
            for nxt in adjacency[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        gs = sorted(i for k, i in comp if k == "g")
        ps = sorted(i for k, i in comp if k == "p")
        big = sum(edges.get((g, p), 0) for g in gs for p in ps) + 1
        n = max(len(gs), len(ps))
        w = [[0] * n for _ in range(n)]
        for r, g in enumerate(gs):
            for c, p in enumerate(ps):
                if (g, p) in edges:
                    w[r][c] = big + edges[(g, p)]
        for r, c in hungarian_max(w).items():
            if r < len(gs) and c < len(ps) and (gs[r], ps[c]) in edges:
                pairs.append((gs[r], ps[c]))
    return pairs


def counts(pairs, n_gold, n_pred):
    return {"tp": len(pairs), "fp": n_pred - len(pairs), "fn": n_gold - len(pairs)}


def ratios(c):
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    if tp == 0 and fp == 0 and fn == 0:
        return {"p": 1, "r": 1, "f1": 1, "tp": 0, "fp": 0, "fn": 0}
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    return {"p": p, "r": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def value_equal(kind, g, p):
    if kind == "date":
        return date_equal(g.get("value"), g.get("mod"), p.get("value"), p.get("mod"))
    return norm(kind, g.get("value")) == norm(kind, p.get("value"))


def score_mentions(gold, pred, regions):
    out, micro = {}, {"strict": [0, 0, 0], "relaxed": [0, 0, 0], "value": [0, 0, 0]}
    for kind in TYPES:
        g = [m for m in gold.get("mentions", []) if m["type"] == kind and in_scope(m["start"], regions)]
        p = [m for m in pred.get("mentions", []) if m["type"] == kind and in_scope(m["start"], regions)]
        tests = {
            "strict": lambda a, b: a["start"] == b["start"] and a["end"] == b["end"],
            "relaxed": lambda a, b: True,
            "value": lambda a, b, k=kind: value_equal(k, a, b),
        }
        out[kind] = {}
        for scheme, test in tests.items():
            c = counts(match(g, p, test), len(g), len(p))
            out[kind][scheme] = ratios(c)
            for i, key in enumerate(("tp", "fp", "fn")):
                micro[scheme][i] += c[key]
    micro_scores = {s: ratios(dict(zip(("tp", "fp", "fn"), v))) for s, v in micro.items()}
    return out, micro_scores


def score_headings(gold, pred, regions):
    g = [h for h in gold.get("headings", []) if in_scope(h["start"], regions)]
    p = [h for h in pred.get("headings", []) if in_scope(h["start"], regions)]
    pairs = match(g, p, lambda a, b: True)
    c = counts(pairs, len(g), len(p))
    same = sum(1 for gi, pi in pairs if g[gi].get("level") == p[pi].get("level"))
    if not g and not p:
        accuracy = 1
    else:
        accuracy = same / len(pairs) if pairs else 0
    return {"relaxed": ratios(c), "level_accuracy": accuracy}


def score_events(gold, pred, regions):
    g = [e for e in gold.get("events", []) if in_scope(e["trigger"]["start"], regions)]
    p = [e for e in pred.get("events", []) if in_scope(e["trigger"]["start"], regions)]
    pairs = match([e["trigger"] for e in g], [e["trigger"] for e in p], lambda a, b: True)
    # part_of holds the trigger start of the group event; a prediction's is right when it names the
    # predicted event paired with the gold's group event.
    partner = {g[gi]["trigger"]["start"]: p[pi]["trigger"]["start"] for gi, pi in pairs}
    slots = {s: {"tp": 0, "fp": 0, "fn": 0} for s in SCALAR_SLOTS + SET_SLOTS + ["part_of"]}
    exact = 0
    for gi, pi in pairs:
        ge, pe = g[gi], p[pi]
        wrong = False
        for slot in SCALAR_SLOTS + ["part_of"]:
            gv, pv = ge.get(slot), pe.get(slot)
            if gv is None and pv is None:
                continue
            if gv is None:
                slots[slot]["fp"] += 1
                wrong = True
            elif pv is None:
                slots[slot]["fn"] += 1
                wrong = True
            else:
                if slot == "date":
                    same = date_equal(gv, ge.get("mod"), pv, pe.get("mod"))
                elif slot == "part_of":
                    same = partner.get(gv) == pv
                else:
                    same = norm(slot, gv) == norm(slot, pv)
                if same:
                    slots[slot]["tp"] += 1
                else:
                    slots[slot]["fp"] += 1
                    slots[slot]["fn"] += 1
                    wrong = True
        for slot in SET_SLOTS:
            gs = {norm(slot, v) for v in ge.get(slot) or []}
            ps = {norm(slot, v) for v in pe.get(slot) or []}
            slots[slot]["tp"] += len(gs & ps)
            slots[slot]["fp"] += len(ps - gs)
            slots[slot]["fn"] += len(gs - ps)
            wrong = wrong or gs != ps
        if not wrong:
            exact += 1
    return {
        "trigger": ratios(counts(pairs, len(g), len(p))),
        "slots": {s: ratios(c) for s, c in slots.items()},
        "record": ratios({"tp": exact, "fp": len(p) - exact, "fn": len(g) - exact}),
    }


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: score_independent.py GOLD.json PRED.json\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        gold = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        pred = json.load(f)
    regions = gold.get("regions")
    types, micro = score_mentions(gold, pred, regions)
    report = {
        "documents": 1,
        "types": types,
        "micro": micro,
        "headings": score_headings(gold, pred, regions),
        "events": score_events(gold, pred, regions),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
