#!/usr/bin/env python3
"""Measure the shape of a map drawn by kg render (SVG): its aspect ratio and how much of
its canvas the entities use.

    measure.py MAP.svg [--min-aspect A] [--max-aspect A] [--min-used F]

prints one line, e.g. `map.svg: 1024x640 pt, aspect 1.60, used 0.213, 42 entities`, and
exits 1 when a bound is passed (the map-shape test and the gallery script use it).

aspect = viewBox width / height; used = the area of the entities' boxes (their shapes'
bounding boxes, the legend included) / the area of the viewBox. A tall column of pairs
with half the canvas empty scores a used area of a few hundredths.
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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("svg")
    ap.add_argument("--min-aspect", type=float)
    ap.add_argument("--max-aspect", type=float)
    ap.add_argument("--min-used", type=float)
    a = ap.parse_args()
    w, h, aspect, used, n = measure(a.svg)
    print(f"{a.svg}: {w:.0f}x{h:.0f} pt, aspect {aspect:.2f}, used {used:.3f}, {n} entities")
    bad = []
    if a.min_aspect is not None and aspect < a.min_aspect:
        bad.append(f"aspect {aspect:.2f} < {a.min_aspect}")
    if a.max_aspect is not None and aspect > a.max_aspect:
        bad.append(f"aspect {aspect:.2f} > {a.max_aspect}")
    if a.min_used is not None and used < a.min_used:
        bad.append(f"used area {used:.3f} < {a.min_used}")
    if bad:
        print("measure.py: " + "; ".join(bad), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
