"""Colours of the themes and the contrast arithmetic that keeps them readable.

Pure Python (no Qt): the accessibility test computes WCAG contrast ratios of
every text/background pair listed here, so a colour cannot slip below AA.
"""

from __future__ import annotations

# WCAG 2.1: 4.5:1 for body text, 3:1 for large text (≥ 18 pt, or 14 pt bold).
AA_TEXT = 4.5
AA_LARGE = 3.0

# High-contrast presentation theme: light text on black, a yellow accent.
PRESENTATION = {
    "background": "#000000",
    "text": "#ffffff",
    "muted": "#d0d0d0",
    "accent": "#ffd400",          # current method, running timer
    "accent_text": "#000000",     # text on the accent
    "panel": "#1a1a1a",           # note and parking-lot fields
    "focus": "#00e5ff",
}

# Each status keeps its symbol (never colour alone) and gets a colour that
# reads on the black presentation background.
PRESENTATION_STATUS = {
    "unknown": "#d0d0d0",
    "not_used": "#ff9e9e",
    "planned": "#ffe066",
    "partly": "#8fd8ff",
    "systematic": "#9cf5b4",
    "not_applicable": "#d0d0d0",
}

# The normal (light) theme. Selection is a light blue under black text (the
# default mid-blue under white text is only 3.7:1), so that the dark orange
# focus frame contrasts with both the selection and white.
SELECTION = "#cce0f5"
SELECTION_TEXT = "#000000"
FOCUS = "#b34700"
# The method list's current row, framed whole: the pale selection alone did not
# read from the back of a room (projector trial at 1024 × 768).
CURRENT_ROW = "#1f4e79"
# The matrix's focus ring: two colours, one of which contrasts with any heat colour.
FOCUS_OUTER = "#000000"
FOCUS_INNER = "#ffd400"
WINDOW = "#efefef"             # Fusion's window background
LEGEND = "#333333"
# Push buttons (app.gui.style): a border of 3:1 against the window, a light
# fill that darkens when hovered and pressed, readable text when disabled.
BUTTON = "#f6f6f6"
BUTTON_HOVER = "#e6e6e6"
BUTTON_PRESSED = "#d6d6d6"
BUTTON_BORDER = "#767676"
BUTTON_DISABLED_BORDER = "#b0b0b0"   # lighter: a disabled button looks unlike one to press
BUTTON_DISABLED_TEXT = "#6d6d6d"
BUTTON_PADDING = (4, 8)              # px above and below, left and right of the label

# (foreground, background, minimum ratio): text 4.5:1, focus indicators 3:1.
LIGHT_PAIRS = {
    "legend on window": (LEGEND, WINDOW, AA_TEXT),
    "unmapped status on white": ("#595959", "#ffffff", AA_TEXT),
    "unmapped status on alternate row": ("#595959", "#f7f7f7", AA_TEXT),
    "selected text": (SELECTION_TEXT, SELECTION, AA_TEXT),
    "focus frame on white": (FOCUS, "#ffffff", AA_LARGE),
    "focus frame on selection": (FOCUS, SELECTION, AA_LARGE),
    "focus frame on window": (FOCUS, WINDOW, AA_LARGE),
    "current row frame on white": (CURRENT_ROW, "#ffffff", AA_LARGE),
    "current row frame on selection": (CURRENT_ROW, SELECTION, AA_LARGE),
    "disabled button text": (BUTTON_DISABLED_TEXT, BUTTON, AA_TEXT),
    "button text when pressed": ("#000000", BUTTON_PRESSED, AA_TEXT),
    "button border on window": (BUTTON_BORDER, WINDOW, AA_LARGE),
    "button border on its fill": (BUTTON_BORDER, BUTTON, AA_LARGE),
    "focus frame on a pressed button": (FOCUS, BUTTON_PRESSED, AA_LARGE),
}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of '#rrggbb'."""
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def presentation_style(base_px: int) -> str:
    """Style sheet of the presentation view; every size follows `base_px`."""
    t = PRESENTATION
    return f"""
    #presentation {{ background: {t['background']}; }}
    #presentation QLabel {{ color: {t['text']}; background: transparent;
                           font-size: {base_px}px; }}
    #presentation QLabel#presScope {{ font-size: {int(base_px * 0.8)}px; color: {t['muted']}; }}
    #presentation QLabel#presPosition {{ font-size: {int(base_px * 0.7)}px; color: {t['muted']}; }}
    #presentation QLabel#presTimer {{ font-size: {int(base_px * 1.1)}px; font-weight: bold;
                                     color: {t['muted']}; }}
    #presentation QLabel#presTimer[running="true"] {{ color: {t['accent']}; }}
    #presentation QLabel#presTimer[up="true"] {{ color: {t['accent_text']};
                                               background: {t['accent']}; padding: 0 8px; }}
    #presentation QLabel#presTitle {{ font-size: {int(base_px * 1.25)}px; font-weight: bold; }}
    #presentation QLabel#presSummary {{ font-size: {base_px}px; color: {t['accent']}; }}
    #presentation QLabel#presHints {{ font-size: {max(12, int(base_px * 0.5))}px;
                                     color: {t['muted']}; }}
    #presentation QLabel#presParked {{ font-size: {max(12, int(base_px * 0.55))}px;
                                      color: {t['muted']}; }}
    #presentation QListWidget, #presentation QTableView {{
        background: {t['background']}; color: {t['text']}; border: none;
        font-size: {int(base_px * 0.8)}px; }}
    #presentation QListWidget::item {{ padding: {base_px // 6}px; }}
    #presentation QListWidget::item:selected {{ background: {t['accent']};
                                               color: {t['accent_text']}; }}
    #presentation QHeaderView::section {{ background: {t['background']}; color: {t['text']};
        font-size: {int(base_px * 0.6)}px; font-weight: bold; border: 1px solid #555555;
        padding: 4px; }}
    #presentation QScrollBar {{ background: {t['panel']}; width: {max(12, base_px // 3)}px; }}
    #presentation QScrollBar::handle {{ background: #9a9a9a; min-height: 24px; }}
    #presentation QScrollBar::add-line, #presentation QScrollBar::sub-line {{ height: 0; }}
    #presentation QTableCornerButton::section {{ background: {t['background']}; border: none; }}
    #presentation QTableView {{ gridline-color: #555555; font-size: {int(base_px * 0.72)}px; }}
    #presentation QPlainTextEdit, #presentation QLineEdit {{
        background: {t['panel']}; color: {t['text']}; border: 3px solid #555555;
        font-size: {int(base_px * 0.8)}px; padding: 4px; }}
    #presentation QPlainTextEdit:focus, #presentation QLineEdit:focus {{
        border: 4px solid {t['focus']}; }}
    """


def overview_style(base_px: int, step: float = 1.0) -> str:
    """The presentation overview's cells and heads, `step` of their zoomed size
    (less than 1 where the zoomed type would not fit the matrix whole)."""
    return (f"QTableView {{ font-size: {max(12, int(base_px * 0.72 * step))}px; }}\n"
            f"QHeaderView::section {{ font-size: {max(12, int(base_px * 0.6 * step))}px; }}")
