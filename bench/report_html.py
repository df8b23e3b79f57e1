#!/usr/bin/env python3
"""The report's plain text (zhibiao-cli report --format txt) as HTML with the report's four
faces and its table, for bench/bareqtpdf: the same document as the program sets, printed by
Qt alone. Usage: report_html.py IN.txt OUT.html [STDERR.txt]. STDERR.txt: what the export
printed; where it says a GB/T 9704 face was not installed ("body 仿宋_GB2312 not installed,
used Noto Serif CJK SC"), the face it used is taken, as the program does.

What is marked: the lines before the first empty line are the title; a line that starts
with a Chinese numeral and 、 is a heading; "（一）…。" starts a paragraph with a lead in the
subheading face; a line with tabs is a table row (the first of a run is its header, the
line before it its caption); the last two lines are the signature. The rest is body text,
justified."""
import html
import re
import sys

source, target = sys.argv[1:3]
said = open(sys.argv[3], encoding="utf-8").read() if len(sys.argv) > 3 else ""


def face(role, wanted):
    m = re.search(role + r" \S+ not installed, used ([^;\n]+)", said)
    return re.sub(r" Bold$", "", m.group(1).strip()) if m else wanted


title_face = face("title", "方正小标宋简体")
body_face = face("body", "仿宋_GB2312")
heading_face = face("heading 1", "黑体")
sub_face = face("heading 2", "楷体_GB2312")
lines = open(source, encoding="utf-8").read().rstrip("\n").split("\n")


def span(face, text, size=16, bold=False):
    weight = "font-weight:bold;" if bold else ""
    return f'<span style="font-family:\'{face}\';font-size:{size}pt;{weight}">{html.escape(text)}</span>'


out = [f'<html><body style="font-family:\'{body_face}\';font-size:16pt">']
blank = lines.index("")
out.append('<p align="center">' + "<br/>".join(span(title_face, t, 22, True) for t in lines[:blank]) + "</p>")
rows = []
signature = lines[-2:]
body = lines[blank + 1:-2]
for i, line in enumerate(body):
    if "\t" in line:
        rows.append(line.split("\t"))
        if i + 1 < len(body) and "\t" in body[i + 1]:
            continue
        cells = ["<tr>" + "".join(f"<td>{span(heading_face if r == 0 else body_face, c, 12)}</td>" for c in row) + "</tr>"
                 for r, row in enumerate(rows)]
        out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">' + "".join(cells) + "</table>")
        rows = []
        continue
    if i + 1 < len(body) and "\t" in body[i + 1]:
        out.append('<p align="center">' + span(heading_face, line) + "</p>")
        continue
    text = line.strip("\u3000 ")
    if re.match(r"^[一二三四五六七八九十]+、", text):
        out.append("<p>" + span(heading_face, line) + "</p>")
    elif (m := re.match(r"^(（[一二三四五六七八九十]+）[^。]*。)(.*)$", text)):
        out.append('<p align="justify">\u3000\u3000' + span(sub_face, m.group(1)) + span(body_face, m.group(2)) + "</p>")
    elif text:
        out.append('<p align="justify">' + span(body_face, line) + "</p>")
out.append('<p align="right">' + "<br/>".join(span(body_face, s) for s in signature if s) + "</p>")
out.append("</body></html>")
open(target, "w", encoding="utf-8").write("\n".join(out))
