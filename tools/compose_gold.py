#!/usr/bin/env python3
"""Composes the Basic Law's gold alignments of single amending laws into gold alignments across
two decades of them: the heavy rewrites that accumulate between 1949 and the finance reform of
1969, up to the reform of 1994, and on to the latest amendment.

Usage: tools/compose_gold.py CORPORA GOLD_DIR

Each step from one revision to the next is read from GOLD_DIR: the gold read by hand
(grundgesetz-rewrite-NN.json) where there is one, else the rule's gold (grundgesetz-NN.json);
the read ones exist for every revision in which the rule leaves a paragraph of living text
dropped and another added (in revisions 1, 7 and 38 the drops and additions are repeals and
new articles in the place of repeal placeholders, which the rule gets right), so every step is
as good as the method in docs/EVALUATION.md makes it. A paragraph of an
article a step does not touch stays itself. An old paragraph is linked to every new paragraph
its chain of links reaches; a chain that ends in a drop drops it. The composed files go to
GOLD_DIR as grundgesetz-span-SS-EE.json, split test, corpus grundgesetz-spans.
"""
import json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from derive_gold import article_points, grundgesetz_revisions, kind  # noqa: E402

SPANS = [(0, 21), (21, 42), (42, 63)]


def step_gold(gold_dir, revision):
    for name in ('grundgesetz-rewrite-%02d.json' % revision, 'grundgesetz-%02d.json' % revision):
        path = os.path.join(gold_dir, name)
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                return json.load(f)
    raise SystemExit('%s: expected a gold file for revision %d' % (gold_dir, revision))


def successors(gold):
    """Each old paragraph of a step's articles with the new paragraphs it is linked to."""
    after = {}
    for link in gold['links']:
        for old in link['from']:
            after.setdefault(old, set()).update(link['to'])
    return after


def article_of(point):
    """The article file a paragraph lies in: "96a.3" → "096a"."""
    number = re.match(r'(\d+)(.*)', point.split('.')[0])
    return number.group(1).zfill(3) + number.group(2)


def points_at(snapshots, revision, articles):
    points = {}
    for a in articles:
        points.update(snapshots[revision].get(a, {}))
    return points


def links_of(pairs, old, new):
    """The composed pairs as links: a group of points joined only among themselves is one link
    (a split, a merge, or one to one); a point in a tangle of several is one link per old point."""
    by_old, by_new = {}, {}
    for o, n in pairs:
        by_old.setdefault(o, set()).add(n)
        by_new.setdefault(n, set()).add(o)
    old_place = {o: k for k, o in enumerate(old)}
    new_place = {n: k for k, n in enumerate(new)}
    links, done = [], set()
    for o in old:
        if o not in by_old or o in done:
            continue
        targets = sorted(by_old[o], key=new_place.get)
        sources = sorted({s for n in targets for s in by_new[n]}, key=old_place.get)
        if not all(by_old[s] <= set(targets) for s in sources) or len(sources) > 1 and len(targets) > 1:
            sources = [o]
        done.update(sources)
        if len(sources) > 1:
            how = 'merged'
        elif len(targets) > 1:
            how = 'split'
        else:
            how = kind(o, targets[0], old[o], new[targets[0]])
        links.append({'from': sources, 'to': targets, 'kind': how})
    return links


def main(corpora, gold_dir):
    last = max(end for _, end in SPANS)
    wanted = {start for start, _ in SPANS} | {end for _, end in SPANS}
    snapshots, touched = {}, {}
    for revision, before, after, articles in grundgesetz_revisions(corpora):
        if revision - 1 in wanted:
            snapshots[revision - 1] = {a[:-3]: article_points(before, a[:-3]) for a in os.listdir(before) if a.endswith('.md')}
        if revision in wanted:
            snapshots[revision] = {a[:-3]: article_points(after, a[:-3]) for a in os.listdir(after) if a.endswith('.md')}
        touched[revision] = articles
        if revision == last:
            break
    for start, end in SPANS:
        articles = sorted({a for r in range(start + 1, end + 1) for a in touched[r]})
        old = points_at(snapshots, start, articles)
        new = points_at(snapshots, end, articles)
        reach = {o: {o} for o in old}
        for r in range(start + 1, end + 1):
            after = successors(step_gold(gold_dir, r))
            changed = set(touched[r])
            for o in reach:
                reach[o] = {n for p in reach[o] for n in (after.get(p, set()) if article_of(p) in changed else {p})}
        pairs = [(o, n) for o in old for n in sorted(reach[o]) if n in new]
        strays = [(o, n) for o in old for n in reach[o] if n not in new]
        if strays:
            raise SystemExit('span %d-%d: chains end in paragraphs the text lacks: %s' % (start, end, strays[:5]))
        linked_old = {o for o, _ in pairs}
        linked_new = {n for _, n in pairs}
        spec = lambda r: {'format': 'grundgesetz', 'path': 'grundgesetz', 'revision': r, 'articles': articles}
        gold = {'name': 'grundgesetz-span-%02d-%02d' % (start, end), 'corpus': 'grundgesetz-spans', 'split': 'test',
                'from': spec(start), 'to': spec(end), 'links': links_of(pairs, old, new),
                'dropped': [o for o in old if o not in linked_old], 'added': [n for n in new if n not in linked_new]}
        with open(os.path.join(gold_dir, gold['name'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, indent=1, ensure_ascii=False)
            f.write('\n')
        print('%s: %d articles, %d → %d paragraphs, %d pairs' % (gold['name'], len(articles), len(old), len(new), len(pairs)))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
