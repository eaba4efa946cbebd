"""The claims extracted so far from one document, by family, handed to later extractors."""

from __future__ import annotations

from typing import Mapping

# {"money": [MoneyClaim, ...], ...}: counts leave money's digits alone, names leave the
# names inside role claims to them.
Earlier = Mapping[str, list]
