#!/usr/bin/env python3
"""Measure the shape of a map drawn by kg render (SVG): its aspect ratio and how much of
its canvas the entities use.

    measure.py MAP.svg [--min-aspect A] [--max-aspect A] [--min-used F] [--max-overlaps N]

prints one line, e.g. `map.svg: 1024x640 pt, aspect 1.60, used 0.213, 42 entities,
overlaps: 0 label/node, 0 label/label, 0 node/node`, and exits 1 when a bound is passed
(the map-shape test and the gallery script use it).

aspect = viewBox width / height; used = the area of the entities' boxes (their shapes'
bounding boxes, the legend included) / the area of the viewBox. A tall column of pairs
with half the canvas empty scores a used area of a few hundredths.
overlaps = edge labels over nodes' shapes, edge labels over each other, nodes over each
other (text boxes estimated from the font size, at 0.55 em a character).
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
NUM = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def shape_box(el):
    """Bounding box (x0, y0, x1, y1) of one polygon, polyline, ellipse or path, or None."""
    tag = el.tag.replace(SVG, "")
    if tag in ("polygon", "polyline"):
        v = [float(x) for x in NUM.findall(el.get("points", ""))]
    elif tag == "path":
        v = [float(x) for x in NUM.findall(el.get("d", ""))]
    elif tag == "ellipse":
        cx, cy = float(el.get("cx")), float(el.get("cy"))
        rx, ry = float(el.get("rx")), float(el.get("ry"))
        return (cx - rx, cy - ry, cx + rx, cy + ry)
    else:
        return None
    xs, ys = v[0::2], v[1::2]
    if not xs or not ys:
        return None
    return (min(xs), min(ys), max(xs), max(ys))


def measure(path):
    root = ET.parse(path).getroot()
    vb = [float(x) for x in root.get("viewBox").split()]
    width, height = vb[2], vb[3]
    scale = 1.0
    graph = root.find(SVG + "g")
    m = re.search(r"scale\(([\d.]+)", graph.get("transform", "")) if graph is not None else None
    if m:
        scale = float(m.group(1))
    area, count = 0.0, 0
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        boxes = [b for b in (shape_box(el) for el in g.iter()) if b]
        if not boxes:  # a plaintext node (the legend): its text lines
            texts = [el for el in g.iter(SVG + "text")]
            if texts:
                xs = [float(t.get("x")) for t in texts]
                ys = [float(t.get("y")) for t in texts]
                boxes = [(min(xs) - 40, min(ys) - 12, max(xs) + 40, max(ys) + 4)]
        if not boxes:
            continue
        x0 = min(b[0] for b in boxes)
        y0 = min(b[1] for b in boxes)
        x1 = max(b[2] for b in boxes)
        y1 = max(b[3] for b in boxes)
        area += (x1 - x0) * (y1 - y0) * scale * scale
        if g.get("id", "").find("legend") < 0:
            count += 1
    return width, height, width / height, area / (width * height), count


def text_box(t):
    """Approximate box of one SVG text element: DejaVu Sans averages about 0.55 em a
    character; the baseline is at y, ascenders reach 0.75 em above it."""
    fs = float(t.get("font-size", "14"))
    x, y = float(t.get("x")), float(t.get("y"))
    w = 0.55 * fs * len(t.text or "")
    anchor = t.get("text-anchor", "start")
    x0 = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
    return (x0, y - 0.75 * fs, x0 + w, y + 0.2 * fs)


def overlap(a, b, slack=1.0):
    """Whether two boxes overlap by more than `slack` points both ways."""
    return min(a[2], b[2]) - max(a[0], b[0]) > slack and min(a[3], b[3]) - max(a[1], b[1]) > slack


def overlaps(path):
    """(edge labels over nodes, edge labels over each other, nodes over each other)."""
    root = ET.parse(path).getroot()
    nodes, labels = [], []
    for g in root.iter(SVG + "g"):
        cls = g.get("class")
        if cls == "node" and g.get("id", "").find("legend") < 0:
            boxes = [b for b in (shape_box(el) for el in g.iter()) if b]
            if boxes:
                nodes.append((min(b[0] for b in boxes), min(b[1] for b in boxes),
                              max(b[2] for b in boxes), max(b[3] for b in boxes)))
        elif cls == "edge":
            labels += [text_box(t) for t in g.iter(SVG + "text") if (t.text or "").strip()]
    label_node = sum(1 for l in labels for n in nodes if overlap(l, n))
    label_label = sum(1 for i, a in enumerate(labels) for b in labels[i + 1:] if overlap(a, b))
    node_node = sum(1 for i, a in enumerate(nodes) for b in nodes[i + 1:] if overlap(a, b))
    return label_node, label_label, node_node


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("svg")
    ap.add_argument("--min-aspect", type=float)
    ap.add_argument("--max-aspect", type=float)
    ap.add_argument("--min-used", type=float)
    ap.add_argument("--max-overlaps", type=int, help="most overlaps of labels and nodes allowed")
    a = ap.parse_args()
    w, h, aspect, used, n = measure(a.svg)
    ln, ll, nn = overlaps(a.svg)
    print(f"{a.svg}: {w:.0f}x{h:.0f} pt, aspect {aspect:.2f}, used {used:.3f}, {n} entities, "
          f"overlaps: {ln} label/node, {ll} label/label, {nn} node/node")
    bad = []
    if a.min_aspect is not None and aspect < a.min_aspect:
        bad.append(f"aspect {aspect:.2f} < {a.min_aspect}")
    if a.max_aspect is not None and aspect > a.max_aspect:
        bad.append(f"aspect {aspect:.2f} > {a.max_aspect}")
    if a.min_used is not None and used < a.min_used:
        bad.append(f"used area {used:.3f} < {a.min_used}")
    if a.max_overlaps is not None and ln + ll + nn > a.max_overlaps:
        bad.append(f"{ln + ll + nn} overlaps > {a.max_overlaps}")
    if bad:
        print("measure.py: " + "; ".join(bad), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
