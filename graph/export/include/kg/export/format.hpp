// The escaping rules of each export syntax, as small pure functions. Entity names, aliases
// and evidence sentences come from news articles and are untrusted: every byte that lands
// in an export goes through one of these, so no text can change the structure of a file
// (close a literal, start a new row, smuggle a spreadsheet formula).
//
// The namespace is kg::interop because `export` is a C++ keyword.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::interop {

// The body of an N-Triples / Turtle "..." string literal (N-Triples 1.1 ECHAR and UCHAR):
// \" \\ \n \r \t \b \f, other C0 controls and DEL as \u00XX; other UTF-8 kept as is.
std::string rdf_literal_body(std::string_view s);

// Percent-encodes everything but RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~),
// byte by byte, so any text becomes one safe IRI path segment.
std::string iri_segment(std::string_view s);

// Checks and normalises a base IRI given by the user ("https://kg.example/"): it must have
// a scheme and none of the characters an IRIREF forbids; a '/' is appended unless it ends
// in '/' or '#'. Throws UsageError naming the value otherwise.
std::string normalize_base_iri(std::string_view base);

// One CSV field per RFC 4180: quoted (with "" for ") when it holds a comma, quote, CR, LF
// or leading/trailing space; as is otherwise.
std::string csv_field(std::string_view s);

// Spreadsheet formula injection guard (OWASP "CSV injection"): a cell that starts with
// = + - @ TAB or CR gets a leading single quote, so Excel/LibreOffice show it as text.
std::string spreadsheet_safe(std::string_view s);

// A Cypher string literal with its single quotes: \\ \' \" \n \r \t and \uXXXX for other
// controls, so a statement always stays on one line.
std::string cypher_string(std::string_view s);

// Text for a GraphML <data> element: XML-escaped, C0 controls XML 1.0 forbids dropped,
// CR kept as &#13; (parsers would otherwise turn it into LF), U+FFFE/U+FFFF dropped.
std::string xml_text(std::string_view s);

// A confidence as a locale-independent decimal: fixed, at most 6 decimals, trailing zeros
// trimmed ("0.9", "1", "0.123457"); valid as xsd:decimal, GraphML double and Cypher float.
std::string decimal(double x);

// "WORKS_AT" for works_at: the Neo4j convention for relationship types.
std::string upper_snake(std::string_view s);

// True for a full ISO calendar date "YYYY-MM-DD" that exists (xsd:date in RDF); the
// year and month prefixes that kg::text::is_iso_date also takes are not xsd:dates.
bool is_iso_date(std::string_view s);

// 64-bit FNV-1a, printed as 16 hex digits: a stable, platform-independent id for evidence.
std::string stable_hash(std::string_view s);

}  // namespace kg::interop
