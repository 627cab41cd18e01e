#!/usr/bin/env python3
"""Derives the semi-automatic gold alignments for the USLM and Grundgesetz corpora.

Usage: tools/derive_gold.py CORPORA_DIR OUT_DIR
The rules are written down in docs/EVALUATION.md; licence gold files are hand-written.
"""
import difflib, json, os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

CORPORA, OUT = (sys.argv[1], sys.argv[2]) if __name__ == '__main__' else (None, None)
USLM = '{http://schemas.gpo.gov/xml/uslm}'


def write(name, corpus, split, old, new, links, dropped, added):
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump({'name': name, 'corpus': corpus, 'split': split, 'from': old, 'to': new,
                   'links': links, 'dropped': dropped, 'added': added}, f, indent=1, ensure_ascii=False)
        f.write('\n')


def norm(text):
    return ' '.join(text.split())


def uslm_sections(path):
    root = ET.parse(os.path.join(CORPORA, path)).getroot()
    parent = {c: p for p in root.iter() for c in p}
    sections = {}
    for s in root.iter(USLM + 'section'):
        up, quoted = s, False
        while up in parent:
            up = parent[up]
            quoted |= up.tag == USLM + 'quotedContent'
        num = s.find(USLM + 'num')
        if quoted or num is None or not (num.get('value') or '').strip():
            continue
        heading = s.find(USLM + 'heading')
        sections[num.get('value').strip()] = (norm(heading.text or '') if heading is not None else '', norm(''.join(s.itertext())))
    return sections


def similar(a, b):
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def contained(a, b):
    """Share of the shorter text's words found, in order, in the longer one."""
    a, b = a.split(), b.split()
    matched = sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return matched / max(1, min(len(a), len(b)))


def kind(old_no, new_no, old_text, new_text):
    if norm(old_text) != norm(new_text):
        return 'reworded'
    return 'kept' if old_no == new_no else 'renumbered'


def uslm_pair(name, split, old_path, new_path):
    old, new = uslm_sections(old_path), uslm_sections(new_path)
    links, used = [], set()
    for o, (heading, text) in old.items():
        match = [n for n, (h, t) in new.items() if n not in used and (h and h == heading or t == text)]
        if not match:
            # no heading: the section with the most similar text, if it is clearly the same provision
            scored = sorted(((similar(text, t), n) for n, (h, t) in new.items() if n not in used), reverse=True)
            match = [scored[0][1]] if scored and scored[0][0] >= 0.6 else []
        if match:
            used.add(match[0])
            links.append({'from': [o], 'to': [match[0]], 'kind': kind(o, match[0], text, new[match[0]][1])})
    dropped = [o for o in old if o not in {l['from'][0] for l in links}]
    added = [n for n in new if n not in used]
    write(name, 'uslm', split, {'format': 'uslm', 'path': old_path}, {'format': 'uslm', 'path': new_path}, links, dropped, added)


PARAGRAPH = re.compile(r'^\((\d+[a-z]?)\)\s*(.*)$')


def article_points(directory, article):
    path = os.path.join(directory, article + '.md')
    if not os.path.exists(path):
        return {}
    number = article.lstrip('0') or '0'
    points, loose = {}, []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        m = PARAGRAPH.match(line)
        if m:
            points[number + '.' + m.group(1)] = m.group(2)
        elif points:
            last = list(points)[-1]
            points[last] += ' ' + line
        else:
            loose.append(line)
    if loose:
        points = {number: ' '.join(loose), **points}
    return points


REPEALED = re.compile(r'^\[?\s*aufgehoben\s*\]?\.?$|^\(weggefallen\)$')


def grundgesetz_revisions(corpora):
    """Yields, for each patch of the Basic Law's series in turn: its revision number, the folder of
    article files before it and after it, and the articles it touches (the folders last until the
    next step)."""
    src = os.path.join(corpora, 'grundgesetz', 'src')
    series = [l.strip() for l in open(os.path.join(src, 'patches', 'series')) if l.strip()]
    work = tempfile.mkdtemp()
    try:
        shutil.copytree(src, os.path.join(work, 'src'), ignore=shutil.ignore_patterns('patches'))
        cur = os.path.join(work, 'src')
        before = os.path.join(work, 'before')
        for revision, patch in enumerate(series, start=1):
            shutil.rmtree(before, ignore_errors=True)
            shutil.copytree(cur, before)
            diff = open(os.path.join(src, 'patches', patch), encoding='utf-8').read()
            subprocess.run(['patch', '-s', '-p1', '-E', '-d', cur], input=diff, text=True, check=True)
            articles = sorted({os.path.basename(m)[:-3] for m in re.findall(r'^(?:\+\+\+|---) (\S+\.md)', diff, re.M)})
            yield revision, before, cur, articles
    finally:
        shutil.rmtree(work)


def grundgesetz_pairs():
    for revision, before, cur, articles in grundgesetz_revisions(CORPORA):
        old, new = {}, {}
        for a in articles:
            old.update(article_points(before, a))
            new.update(article_points(cur, a))
        links, used = [], set()
        live = lambda t: not REPEALED.match(t.strip())
        for o, text in old.items():
            if not live(text):
                continue
            best = None
            if o in new and new[o] == text:
                best = o
            else:
                exact = [n for n, t in new.items() if n not in used and t == text]
                if exact:
                    best = exact[0]
                elif o in new and o not in used and live(new[o]) and (similar(text, new[o]) >= 0.5 or contained(text, new[o]) >= 0.6):
                    best = o
                else:
                    scored = sorted(((similar(text, t), n) for n, t in new.items() if n not in used and live(t)), reverse=True)
                    if scored and scored[0][0] >= 0.8:
                        best = scored[0][1]
            if best and best not in used:
                used.add(best)
                links.append({'from': [o], 'to': [best], 'kind': kind(o, best, text, new[best])})
        linked = {l['from'][0] for l in links}
        # a repealed placeholder that stays a placeholder is still the same point
        for o, text in old.items():
            if not live(text) and o in new and not live(new[o]) and o not in used:
                used.add(o)
                linked.add(o)
                links.append({'from': [o], 'to': [o], 'kind': kind(o, o, text, new[o])})
        split = 'test' if revision % 3 == 0 else 'dev'
        spec = lambda r: {'format': 'grundgesetz', 'path': 'grundgesetz', 'revision': r, 'articles': articles}
        write('grundgesetz-%02d' % revision, 'grundgesetz', split, spec(revision - 1), spec(revision), links,
              [o for o in old if o not in linked], [n for n in new if n not in used])


if __name__ == '__main__':
    uslm_pair('uslm-hj37', 'dev', 'uslm/HJ37_RH.XML', 'uslm/HJ37_RFS.XML')
    uslm_pair('uslm-h1037', 'dev', 'uslm/h1037_eh.XML', 'uslm/H1037_RFS.XML')
    uslm_pair('uslm-h264', 'dev', 'uslm/h264_eh.XML', 'uslm/H264_PCS.XML')
    uslm_pair('uslm-h2157', 'test', 'uslm/H2157_IH.XML', 'uslm/h2157_enr.XML')
    grundgesetz_pairs()
