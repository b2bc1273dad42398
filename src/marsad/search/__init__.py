"""Arabic-aware search: index text, safe FTS5 queries, snippets of the display text."""

from marsad.search.query import fts_query, index_text, make_snippet, query_terms

__all__ = ["fts_query", "index_text", "make_snippet", "query_terms"]
