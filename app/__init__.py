"""Vårdfläta: mapping and improvement work for addiction care in Norrbotten."""

__version__ = "0.1.0"
