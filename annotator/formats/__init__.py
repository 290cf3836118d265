"""Readers and writers. ``read_document`` / ``write_document`` pick one by extension."""

from .atomic import atomic_write_bytes, atomic_write_text
from .errors import FormatError, ReadError, WriteError
from .native_json import document_from_dict, document_to_dict, dumps_json, read_json, write_json
from .native_xml import dumps_xml, loads_xml, read_xml, write_xml
from .registry import FileFormat, format_for_path, format_named, formats, read_document, register_format, write_document
from .text import read_txt

register_format(FileFormat(name="json", description="Article Annotator JSON", extensions=(".json",),
                           read=read_json, write=write_json, native=True))
register_format(FileFormat(name="xml", description="Article Annotator XML", extensions=(".xml",),
                           read=read_xml, write=write_xml, native=True))
register_format(FileFormat(name="txt", description="Plain text article", extensions=(".txt", ".text"),
                           read=read_txt))

__all__ = [
    "FileFormat", "FormatError", "ReadError", "WriteError", "atomic_write_bytes", "atomic_write_text",
    "document_from_dict", "document_to_dict", "dumps_json", "dumps_xml", "format_for_path", "format_named",
    "formats", "loads_xml", "read_document", "read_json", "read_txt", "read_xml", "register_format",
    "write_document", "write_json", "write_xml",
]
