"""Code points <-> UTF-16 positions for Qt: the converter lives in the model (pure Python)."""

from ..model.offsets import Utf16Index

__all__ = ["Utf16Index"]
