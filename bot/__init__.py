"""attribot: translate foreign-language news locally and summarize who claims what, side by side."""

__version__ = "0.1.0"
