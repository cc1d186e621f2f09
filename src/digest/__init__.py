"""digest: turn a folder of copied news articles into a static digest site."""

__version__ = "0.1.0"
