"""Storage of processed articles behind one interface (`Store`); SQLite is the embedded default."""

from marsad.store.base import AddResult, ArticleSummary, SearchHit, Store, open_store
from marsad.store.sqlite import SQLiteStore

__all__ = ["AddResult", "ArticleSummary", "SQLiteStore", "SearchHit", "Store", "open_store"]
