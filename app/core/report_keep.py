"""Headings kept with their content, and sections that share pages.

Every section of a report used to start a new page, leaving pages with a line
or two. Now a section starts a new page only when little room is left
(`section_start`), a section with nothing to list never does (`empty_section`),
and `build_pdf` joins each heading, and each paragraph marked
with `lead` (a sub-heading, a section's introduction), to the start of what
follows it (`keep_headings`): never a heading alone at the foot of a page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak
from reportlab.platypus.flowables import _ContainerSpace

from app.core.report_pdf import Heading


def lead(flowable):
    """Mark flowable (a sub-heading, a section's introduction) to be kept on the
    page with what follows it, like a Heading (see KeepWithStart)."""
    flowable.vf_keep = True
    return flowable


def section_start(room: float = 50 * mm) -> CondPageBreak:
    """Before a section's heading: a new page only when less than room is left,
    so that short sections share a page (the heading itself is kept with the
    start of its content by KeepWithStart)."""
    return CondPageBreak(room)


def empty_section(heading, *lines) -> list:
    """A section with nothing to list: its heading (and lead paragraphs) and a
    line ("Inga öppna avvikelser."). No section_start before it: that break is
    there so a section does not start with a line or two of its content at the
    foot of a page, and the whole of this section is shorter than its room; the
    trial's county report ended with a page holding this one line. The heading
    is kept with the line (keep_headings): the section follows the previous
    content when both fit, and moves whole to the next page when they do not."""
    return [heading, *lines]


def _keeps(flowable) -> bool:
    return isinstance(flowable, Heading) or getattr(flowable, "vf_keep", False)


class KeepWithStart(_ContainerSpace, Flowable):
    """Headings (and lead paragraphs) kept on the page with the start of the
    flowable after them: with the whole of it when it fits, else with the part
    of it that fits (a table's first rows, a paragraph's first lines), else they
    all go to the next page. Never a heading alone at the foot of a page, and,
    unlike keepWithNext, never a long table pushed whole to a new page."""

    def __init__(self, head: list, body: Flowable) -> None:
        super().__init__()
        self.head, self.body = head, body
        self._content = [*head, body]

    def wrap(self, avail_width, avail_height):
        return avail_width, 0xffffff          # always placed through split()

    def split(self, avail_width, avail_height):
        from reportlab.platypus.doctemplate import FrameBreak
        from reportlab.platypus.flowables import _listWrapOn

        canv = self.canv
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        _, head_height = _listWrapOn(self.head, avail_width, canv)
        gap = max(self.head[-1].getSpaceAfter(), self.body.getSpaceBefore())
        room = avail_height - head_height - gap
        together = [*self.head, self.body]
        if at_top or room <= 0:
            return together if at_top else [FrameBreak(), *together]
        _, height = self.body.wrapOn(canv, avail_width, room)
        if height <= room + 0.01:
            return together
        parts = self.body.splitOn(canv, avail_width, room)
        if parts and not hasattr(parts[0], "apply") and \
                parts[0].wrapOn(canv, avail_width, room)[1] <= room + 0.01:
            return [*self.head, *parts]
        return [FrameBreak(), *together]

    def draw(self) -> None:                   # never drawn itself: split places the parts
        pass


def keep_headings(story: list) -> list:
    """story with every run of headings and lead paragraphs joined to the
    flowable after them in a KeepWithStart. A CondPageBreak inside such a run is
    dropped: the KeepWithStart decides where the run goes."""
    result: list = []
    head: list = []
    for flowable in story:
        if _keeps(flowable):
            head.append(flowable)
        elif head and isinstance(flowable, CondPageBreak):
            continue
        elif head and isinstance(flowable, (PageBreak, NextPageTemplate)):
            result += [*head, flowable]
            head = []
        elif head:
            result.append(KeepWithStart(head, flowable))
            head = []
        else:
            result.append(flowable)
    return result + head
