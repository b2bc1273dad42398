"""marsad (مرصد): offline-first Arabic news monitoring."""

from marsad.records import Article, DateMention, InputProblem, Mention, Quote, RawDoc, Sentence, Span, Speaker

__all__ = [
    "Article",
    "DateMention",
    "InputProblem",
    "Mention",
    "Quote",
    "RawDoc",
    "Sentence",
    "Span",
    "Speaker",
]
__version__ = "0.1.0"
