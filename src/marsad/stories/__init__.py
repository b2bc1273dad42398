"""Corpus-level grouping: near-duplicates, stories and topics, merged quotes, timelines, summaries.

Entry points for the CLI and the store: `StoryIndex` (incremental dedup + stories + topics, JSON state),
`DedupIndex` (near-duplicates alone), `QuoteMerger` / `merge_quotes` (one statement, many sources),
`story_timeline` / `speaker_timeline`, `summarize_story` / `summarize_speaker`.
"""

from marsad.stories.cluster import StoryAssignment, StoryConfig, StoryIndex, StoryInfo
from marsad.stories.dedup import DedupAssignment, DedupConfig, DedupIndex, estimated_jaccard
from marsad.stories.quotes import QuoteMergeConfig, QuoteMerger, QuoteSource, Statement, merge_quotes
from marsad.stories.store import Story, get_story, list_stories, timeline, update_stories
from marsad.stories.summary import Summary, SummaryConfig, SummarySentence, summarize_speaker, summarize_story
from marsad.stories.timeline import TimelineEntry, speaker_timeline, story_timeline

__all__ = [
    "DedupAssignment",
    "DedupConfig",
    "DedupIndex",
    "QuoteMergeConfig",
    "QuoteMerger",
    "QuoteSource",
    "Statement",
    "Story",
    "StoryAssignment",
    "StoryConfig",
    "StoryIndex",
    "StoryInfo",
    "Summary",
    "SummaryConfig",
    "SummarySentence",
    "TimelineEntry",
    "estimated_jaccard",
    "get_story",
    "list_stories",
    "merge_quotes",
    "speaker_timeline",
    "story_timeline",
    "summarize_speaker",
    "summarize_story",
    "timeline",
    "update_stories",
]
