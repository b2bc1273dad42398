"""Who said what: quotations (direct, indirect, mixed) and their speakers.

Driven by cues, as the guidelines define a quotation (shared/gold/QUOTES-GUIDELINES.md): a
reporting verb or participle (``قال``, ``وأضاف``, ``مشيرا إلى``), a headline colon
(``لافروف: ...``) or an attribution phrase (``بحسب ...``). After a cue come the speaker (or
nobody: ``وأضاف`` keeps the floor), some circumstance (``خلال مؤتمر صحفي``) and the content,
opened by a quotation mark, a colon, a complementizer (أن / إن / بأن) or the verb's own
preposition (``أشار إلى``, ``شدد على``). Indirect content runs to the end of the reported clause:
the sentence end, or the next cue (``، مشددا على ...`` starts another quotation).

Everything is matched on the normalised text (`marsad.text.normalize`) and mapped back, so every
span indexes the display text. Linguistic knowledge is in ``data/quotes``. Work per article is
linear in its length; the lexicons are read once by `QuoteExtractor.load`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, compress, islice

from marsad.extract.ner_features import gazetteer, stem
from marsad.extract.quote_lexicon import CueForm, QuoteLexicon
from marsad.extract.quote_marks import SENTENCE_END, QuoteSpan, TokenText, build, w_inside
from marsad.extract.quote_speakers import (
    AND_CALLED,
    CALLED,
    ONE,
    QUANTIFIERS,
    SIZE,
    Cast,
    Person,
    Phrase,
    SpeakerParser,
    fold_head,
    holds,
    normalized_name,
)
from marsad.records import Article, Mention, Quote, Sentence, Span, Speaker
from marsad.text.clean import canonical_outlet
from marsad.text.normalize import normalize, normalize_with_offsets
from marsad.text.tokens import clitic_stems

WINDOW = 32  # tokens from a cue to its content opener
STRICT_WINDOW = 14  # the same for ambiguous spellings (بين, طالب, رأى)
MAX_SUBJECT = 8  # tokens of a subject phrase read after a verb
LABEL_MIN_WORDS = 5  # "وصف ... بأنه ..." is a quotation only with a real statement
TOPIC_MIN_WORDS = 10  # "تحدث عن كواليسها" names a topic; "تحدث عن محاولة لتسييس ... والترويج بأن ..." reports
MIN_REPORTED_WORDS = 2  # "اتهمها بالضعف" labels; reported content says more
TERM_MAX_WORDS = 3  # quoted spans this short are names or terms unless a cue introduces them
_CLAUSE_JOINERS = frozenset({"فيما", "كما", "بينما", "ثم", "حيث", "وقد", "قد", "لقد", "فقد", "وكان", "كان",
                             "بل", "اذا", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم",
                             "هذا", "اذ", "وفيما", "وكما", "وبينما"})
_TOWNS = frozenset({"cities", "cities_major", "regions", "countries"})  # gazetteer lists of places
_PERSON_LISTS = frozenset({"first_names", "last_names", "names_given", "names_family", "cur_PER"})
_TIME_CLAUSE = frozenset({"بعد", "قبل", "منذ"})  # "... بعد أن أعلن X": a time clause, not the main one
_WHEREAS = ("في", "حين")  # "...، في حين ذكرت الصحيفة أن": a new clause with its own subject
_CIRCUMSTANCE_OPENERS = frozenset({"لدي", "ولدي", "خلال", "وخلال", "عند", "وعند", "في", "وفي", "علي", "وعلي",
                                   "بعد", "وبعد", "اثر", "واثر", "عقب", "وعقب"})
_CIRCUMSTANCE_MAX = 12  # tokens of a fronted circumstance before its verb
_ASIDE_MAX = 16  # tokens of a relative aside between a subject and its verb ("X، الذي ...، قد كتب")
_TRIM = frozenset("،,؛;:-–—")
_DASHES = frozenset("-–—")
_HEADLINE_MAX_LEFT = 9
_HEADLINE_MAX_COLON = 11  # "رئيس هيئة قناة السويس في حوار مع "الأهرام":": a speaker and an aside
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "اللايي"})
_COMMAS = frozenset({"،", ","})
_WROTE = frozenset({"كتب", "كتبت", "بقلم"})  # a byline: "كتب X:", "بقلم X"
_WHERE = frozenset({"في", "خلال", "علي", "عبر"})  # "وكتب على حسابه ...": where it was said (على normalised)
_KUNYA = frozenset({"ام", "ابو"})  # "أم سامي", "أبو محمد": mother / father of, before a given name
_KUNYA_VERBS = frozenset({"يكني", "تكني", "ويكني", "وتكني"})  # "يكنّى "أبو وليد"": known by his kunya
# a kunya as written after "يعرفه أهل الجهة" / "المعروف بـ" without marks, and its nominative
_KUNYA_FORMS = {"ابو": "ابو", "ابي": "ابو", "بابي": "ابو", "ام": "ام", "بام": "ام"}
_ONE_OF_THEM = {"احدهم": "m", "احدهما": "m", "احداهن": "f", "احداهما": "f"}  # named between commas after
_AND_HE = frozenset({"وهو", "وهي", "وهم", "وهما"})  # "X، وهو سائق من ريف حمص، قال": an aside on X
_ISSUED = frozenset({"الصادر", "الصادره", "صادر", "صادره"})  # "نشرة X الصادرة عن الاتحاد عن Y": by whom
_AND_THAT = frozenset({"وان", "وانه", "وانها", "وانهم"})  # "...، وأن ...": a coordinated complement
# "قدم نفسه باسم X", "وتعرف بـ"X"", "فضّل أن يُشار إليه بـ"X""
_BY_NAME = frozenset({"تعرف", "يعرف", "وتعرف", "ويعرف", "نفسه", "نفسها", "المعروف", "المعروفه", "الملقب",
                      "الملقبه", "يلقب", "تلقب", "ويلقب", "وتلقب", "يشار", "تشار", "معروف", "معروفه",
                      "الشهير", "الشهيره", "المشهور", "المشهوره", "يوقع", "توقع", "يقدم", "تقدم"})
# ("تاجر الخردة الشهير بـ"عم بلية"", "الفنان الذي يوقّع أعماله باسم «زيتون»", "يقدم عروضه باسم")
# "وتعرف بـ"أم خالد"", "باسم X", "يُشار إليه بكنيته «أبو فيصل»": what introduces the name one is known by
_BY_WHAT = frozenset({"ب", "باسم", "باسمه", "باسمها", "بكنيته", "بكنيتها", "بلقب", "بلقبه", "بلقبها"})
# "يلقبه زبائنه بـ«الديزل»", "يناديه السكان "با حماد"", "يعرفه أهالي القرى باسم "الفزاني"": a nickname follows
# (also with و: "وقال أحدهم، ويلقبه رفاقه بـ"الزعيم":")
_NICKNAMING = frozenset(w + v + s for w in ("", "و")
                        for v in ("يلقب", "ينادي", "يعرف", "يسمي", "يكني", "تلقب", "تنادي", "تعرف", "تسمي",
                                  "تكني")
                        for s in ("ه", "ها", "ونه", "ونها"))
_SOURCES = frozenset({"مصدر", "مصادر"})  # "مصدر دبلوماسي:": whom the article never names
_VIA = frozenset({"عبر", "وعبر"})  # عبر (via) is spelled as عبّر (expressed), which takes عن
_CALLED = CALLED | AND_CALLED  # "، ويدعى X،", "يكنى أبو X"
_SAME = frozenset({"نفس", "ذات"})  # "حسب نفس المصدر"
_AUX = frozenset({"كان", "كانت", "قد", "كانوا"})
_NEGATIONS = frozenset({"لم", "لن", "لا", "ما"})
_RELAYED = "نقلا"  # "...، نقلا عن دبلوماسيين": the source relays someone else
_BEFORE_AFTER = frozenset({"قبل", "بعد"})  # "...، قبل أن تتساءل": the narrative goes on
_WHEN_ASIDE = frozenset({"بعد", "عقب", "اثر", "قبل", "خلال", "اثناء"})  # a headline's "when" before its colon
_SELF = frozenset({"نفسه", "ذاته", "نفسها", "ذاتها"})  # "المصدر نفسه"
_RELAY_PRONOUNS = ("ه", "ها", "هم")  # "نقلت عنه", "نسبت إليها": the source already named
_BUT_HE = frozenset({"لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"})
_BUT = frozenset({"لكن", "ولكن"})  # "لكن أبو كرار، صاحب مصبغة، قال": the subject after it
_OPENING_BUT = _BUT | {"بينما"}  # "لكن بوناصر، صاحب ورشة، ...": the topic
_AS_FOR = frozenset({"اما", "واما"})  # "أما X ... فـ": a topic read with its ف
_AS = ("كما", "مثلما", "وكما")  # attribution by a clause: "...، كما قالت النيابة."
_ADVERBIAL_PREPS = frozenset({"في", "خلال", "اثر", "عقب", "بعد", "قبل", "امام", "لدي"})
_SUBJECT_LEADS = frozenset({"كان", "كانت", "وكان", "وكانت", "ان", "فان", "لكن", "ولكن", "وقد", "قد", "فقد"})
_HEADLINE_TOPIC = frozenset({"عن", "حول", "بشان", "في", "ل", "من", "علي", "بخصوص"})
_FA_AUX = frozenset({"فقد", "فانه", "فانها"})  # "أما X فقد أكد": the fronted topic speaks
_KANA = frozenset({"كان", "كانت", "وكان", "وكانت"})
_EXPLAIN = frozenset({"اذ", "حيث"})  # "وكان X استعرض ...، إذ أشار": the explaining clause keeps the subject
_RESUMPTIVES = frozenset({"خلاله", "خلالها", "فيه", "فيها", "اثناءه", "اثناءها"})  # "أكد خلاله"
_LATTER = frozenset({"الاخير", "الاخيره", "الاول", "الاولي"})  # "قال فيه الأخير": the speaker follows
_DEMONSTRATIVES = frozenset({"ذلك", "هذا", "ذاك"})
_PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "الي", "مع", "حول", "ضد", "لدي", "عند", "بين", "ضمن",
                           "خارج", "داخل", "امام", "خلف", "قرب", "وسط", "تحت", "فوق", "بجانب", "بقرب"})
_OBJECT_FLAGS = frozenset({"floor", "label", "object", "addressee"})  # verbs that take a noun object
_HEADLINE_CHARGES = frozenset({"اتهم"})  # "تتهم X بإطلاق ...": the writer's summary of a charge
# verbs whose subject never says a quotation set before them ("«...»، نقلت الوكالة" relays someone else)
_NOT_POSTPOSED = frozenset({"floor", "document", "relay", "topic", "label", "suffixed"})
# words at which `_Run._clause_end` may end a clause (with `_TRIM` for an end marker after a comma)
_AND_NOT = "ولم"  # "تعهد بمواصلة القتال ولم يبد ...": after a noun phrase, the subject's next act
_CLAUSE_STOP_WORDS = SENTENCE_END | _TRIM | _BUT_HE | _CLAUSE_JOINERS | {":", "بذلك", _AND_NOT}
_BUT_THAT = frozenset({"الا", "غير"})  # "إلا أنه نوه بأن", "غير أنها أكدت أن": but he / she
_THAT_HE = frozenset({"انه", "انها", "انهم"})
_CONTENT_PREPS = frozenset({"علي", "الي"})  # "شدد ... على أن", "دعا ... إلى": where the content opens
_ADVERBS = frozenset({"ايضا", "كذلك", "بدوره", "بدورها", "بدورهم", "مجددا", "اليوم", "امس", "بدوره،",
                      "لنا"})  # "روى لنا الشيخ بوعلام": to us, then the subject


@lru_cache(maxsize=8192)
def _is_outlet(name: str) -> bool:
    """Is ``name`` a listed news outlet, perhaps with a preposition (لهسبريس, بإرم نيوز)?"""
    return any(canonical_outlet(name[len(c):]) is not None for c in ("", "ل", "ب", "و") if name.startswith(c))


@dataclass(slots=True)
class _Cue:
    tok: int  # token index
    prefix: int  # length of و/ف
    form: CueForm


def _ambiguous(cue: _Cue) -> bool:
    """A strict verb in a spelling that is also a noun or a preposition (بين = between, طالب = student,
    ذكر = mention): its masculine past, present and participle. Its feminine and plural past (بينت،
    طالبوا، ذكرت) are verbs wherever they stand, even where no clause seems to open (after a subtitle
    with no full stop); they still need a subject and a content opener."""
    form = cue.form
    return "strict" in form.lemma.flags and not (form.kind == "past" and form.gender in ("f", "p"))


@dataclass(slots=True)
class _Found:
    start: int  # first content token
    last: int  # last content token (inclusive)
    kind: str
    cue_span: tuple[int, int]  # display span
    speaker: Person | None
    mention: tuple[int, int] | None
    skip: int = 0  # characters of the first token before the content (a clitic preposition: بـ)


class QuoteExtractor:
    """Pipeline stage and library entry point; holds the lexicons, no per-article state."""

    def __init__(self, lexicon: QuoteLexicon) -> None:
        self.lex = lexicon
        # what may stand between a cue and the mark that opens its quotation: "معتبرا أن "", "داعيا إلى ""
        self._introducers = lexicon.complementizers | frozenset(
            p for f in lexicon.forms.values() for p in f.lemma.preps if len(p) > 1)
        # the words the per-article indexes start from (cues, mentions, phrases, clause stops): one scan
        # of an article's words finds them all, and each index then sorts out the few hits
        self._indexed = frozenset().union(lexicon.cue_words, lexicon.mention_words, lexicon.phrase_index,
                                          _CLAUSE_STOP_WORDS)

    @classmethod
    def load(cls) -> QuoteExtractor:
        return cls(QuoteLexicon.load())

    def __call__(self, article: Article) -> Article:
        article.quotes = self.extract(
            article.text, sentences=article.sentences or None, entities=article.entities or None,
            title_span=article.title_span,
        )
        return article

    def extract(self, text: str, *, sentences: list[Sentence] | None = None,
                entities: list[Mention] | None = None, title_span: Span | None = None) -> list[Quote]:
        """Quotations in ``text`` in reading order; every span indexes ``text``."""
        if not text or not text.strip():
            return []
        norm, offs = normalize_with_offsets(text)
        starts = {s.start for s in sentences} if sentences else None
        forms = self.lex.forms
        tt = build(text, norm, offs, starts,
                   lambda w: w in forms or len(w) > 3 and w[0] in "وف" and w[1:] in forms, self._glued,
                   self._introducers)
        if not len(tt):
            return []
        return _Run(self.lex, tt, entities or [], title_span, self._indexed).run()


    def _glued(self, w: str) -> int:
        """Where a role word typed without a space after a name starts (سبايسرالمتحدث -> 7), or 0."""
        k = w.find("ال", 3)
        if k < 0 or w in self.lex.role_index or w in self.lex.forms:
            return 0
        rest = w[k:]
        return k if rest in self.lex.role_index and len(rest) > 4 and rest[2:] in self.lex.roles else 0


class _Run:
    """One article's extraction: the tokens, the cast and the quotations found so far."""

    def __init__(self, lex: QuoteLexicon, tt: TokenText, entities: list[Mention], title: Span | None,
                 indexed: frozenset[str]):
        self.lex = lex
        self.tt = tt
        self.title = title
        ents: dict[int, tuple[int, Mention]] = {}
        self.parser = SpeakerParser(lex, tt, ents)
        self.ids: dict[str, str] = {}  # normalised name or canonical name of a linked entity -> its id
        seen: set[str] = set()  # names normalised already: the first id stays, so a repeat changes nothing
        for m in entities:
            if m.entity_id and m.label in ("PER", "ORG"):
                for key in (m.canonical, m.text):
                    if key and key not in seen:
                        seen.add(key)
                        self.ids.setdefault(normalized_name(key), m.entity_id)
        spans: list[tuple[int, int, Mention]] = []
        self.byline = byline = self._byline_chars()
        for m in entities:
            if m.label == "PER" and _is_outlet(m.text):
                continue  # "في تصريح لهسبريس": a paper the tagger took for a person is whom it was said to
            if byline[0] <= m.start < byline[1]:
                continue  # "عدن – عبدالله الحوشبي": who wrote the article, never one who speaks in it
            a, b = self._token_at(tt.starts, m.start, 0), self._token_at(tt.ends, m.end - 1, 1)
            if a is None and m.label == "PER" and (glued := self._glued_town(m)) is not None:
                a, m = glued, replace(m, label="LOC")  # "المندوب الجهوي للفلاحة بسيدي بوزيد": in a town the
                # tagger took for a person and the clitic of which it dropped
            if a is not None and b is not None and b >= a:
                if m.label == "PER":  # "بأن ترامب", "سيلتقي بعد ماي": the tagger took words before the name
                    a = self._name_start(a, b)
                    if a > 1 and (given := tt.words[a - 1]) in lex.given_names and given in lex.role_index \
                            and not given.startswith("ال") and tt.words[a - 2].startswith(("ال", "وال")):
                        a -= 1  # "وزير الاقتصاد والتجارة أمين [حبيش]": a given name that is also a role
                    while a < b and tt.words[b] in lex.role_index and tt.words[a] not in lex.role_index and (
                            tt.ends[b - 1] == tt.starts[b] or not tt.words[b].startswith("ال")):
                        # "شون سبايسرالمتحدث": the role typed onto the name, "هشام شقيق سلمان": a bare
                        # role noun opens an apposition; "أحمد الصديق", "شوقي الطبيب": a family name
                        b -= 1
                if m.label == "PER" and self.parser.institution_head(tt.words[a]) is not None \
                        and tt.words[a] not in lex.given_names:
                    if a == b:
                        continue  # "[مرصد] الجبل لحقوق الإنسان": a body's head noun, which the parser reads
                        # whole
                    m = replace(m, label="ORG")  # "مدير [جمرك جابر]": a body named with its head noun
                if m.label == "PER" and (self._place_after_body(a) or a < b and tt.words[a] in lex.place_nouns
                                         or a > 0 and tt.words[a - 1] in lex.place_nouns
                                         or a > 1 and tt.words[a - 2 : a] in (["في", "لواء"], ["وفي", "لواء"])
                                         or a > 0 and tt.words[a - 1] == "بلواء"):
                    m = replace(m, label="LOC")  # "رئيس بلدية سيدي حسين": the body's place, no holder; "[محطة
                    # الترجمان]": a place noun opens it; "قائممقام قضاء [خان بني سعد]": one comes before
                    # it, as لواء does after في or بـ ("في لواء [بني عبيد]": a district, not a general)
                if a <= b:
                    spans.append((a, b, m))
        spans.sort(key=lambda x: x[0])
        reach = -1
        for k, (a, b, m) in enumerate(spans):
            if a <= reach:
                continue  # inside a name already extended over it
            if m.label == "PER":
                b = self._name_end(a, b, spans[k + 1 : k + 4])
                reach = b
            ents[a] = (b + 1, m)
        kunya = [] if _KUNYA.isdisjoint(tt.words) else [k for k, w in enumerate(tt.words) if w in _KUNYA]
        for k in kunya:
            child = ents.get(k + 1)
            tagged_child = child is not None and child[0] == k + 2 and child[1].label == "PER"
            own = ents.get(k)
            if own is not None and own[0] == k + 2 and own[1].label == "LOC" \
                    and tt.words[k + 1] in lex.given_names:
                del ents[k]  # "أم هاني", "أم الحسن": a mother the tagger took for a town (not "أم درمان")
            if k + 1 < len(tt) and k not in ents and (child is None or tagged_child) \
                    and not tt.new_sent[k + 1] and tt.words[k + 1] in lex.given_names \
                    and self.parser.is_name_word(k + 1) \
                    and all(not a <= k < e for a, (e, _) in ents.items() if a != k + 1):
                # "أم سامي (60 عاما)", "أبو محمد": a person called by a child's name, which taggers miss or
                # tag alone ("أم [رضا]")
                if tagged_child:
                    del ents[k + 1]
                s, e = tt.span(k, k + 1)
                ents[k] = (k + 2, Mention(s, e, tt.text[s:e], "PER", tt.text[s:e]))
        self.cast = Cast(tt, lex.countries, self.parser.known_orgs, lex.role_plurals, lex.hedges,
                         lex.honorifics, lex.adjectives, lex.interlocutors, lex.role_hypernyms,
                         lex.source_nouns)
        self.found: list[_Found] = []
        self.claimed = [False] * len(tt)  # tokens already inside a quotation's content
        self.source: Person | None = None  # the last source of an attribution phrase
        self.read_to = 0  # end of the last speaker phrase a cue read (its mentions are resolved)
        self._over: list[Mention | None] | None = None  # the tagged mention over each token, when needed
        words = tt.words
        # the tokens whose word one of the lexicon's indexes holds (``indexed``), by a set lookup per word
        # run in C: the cues, speakers, phrases and clause stops are picked among these few
        self.hits = list(compress(range(len(words)), map(indexed.__contains__, words)))
        index = lex.phrase_index
        self.phrase_start = [False] * len(words)  # a turn / attribution / gloss may start here
        for i in self.hits:
            if words[i] in index:
                self.phrase_start[i] = True
        # word tokens before each token (a token is a word, all letters and digits, or one mark)
        self.word_count = list(accumulate(map(str.isalnum, tt.words), initial=0))
        self.cues = self._find_cues()
        self.cue_at = {c.tok: c for c in self.cues}
        self.stops = self._clause_stops()

    def _byline_chars(self) -> tuple[int, int]:
        """The display span of the writer's byline: a short line of at most eight tokens among the first
        three after the headline, with a dash, colon or bar ("عدن – عبدالله الحوشبي", "الغردقة – كتب X:",
        "كتبت: هبة عبد الستار") or opening with كتب, and no other reporting verb."""
        tt = self.tt
        paras = list(islice((k for k, new in enumerate(tt.new_para) if new), 4)) + [len(tt)]
        for a, b in zip(paras, paras[1:], strict=False):
            if self.title is not None and tt.span(a, a)[0] < self.title.end or b - a > 8:
                continue
            words = tt.words[a:b]
            if (any(w in _DASHES or w in (":", "|") for w in words) or words[0] in _WROTE) \
                    and not any(w in self.lex.forms and w not in _WROTE for w in words):
                return tt.span(a, b - 1)
        return (0, 0)

    def _token_at(self, bounds: list[int], char: int, back: int) -> int | None:
        """The last token whose first (``bounds`` = starts, ``back`` = 0) or last (ends, 1) character is at
        display offset ``char``, or None. Offsets never decrease, so two binary searches find it: the last
        normalised character at or before ``char``, then the last token bound at or before it."""
        offs = self.tt.offs
        i = bisect_right(bounds, bisect_right(offs, char) - 1 + back) - 1
        return i if i >= 0 and offs[bounds[i] - back] == char else None

    def _clause_stops(self) -> list[int]:
        """Tokens where `_clause_end` may stop or jump (a superset): it steps over the others at once."""
        tt = self.tt
        words = tt.words
        tokens = range(len(words))
        stops = {i for i in self.hits if words[i] in _CLAUSE_STOP_WORDS}
        if "بذلك" in words:  # "... لتبدد بذلك": the clause ends before the word
            stops.update([i - 1 for i in stops if words[i] == "بذلك" and i > 0])
        stops.update(compress(tokens, tt.new_sent))
        stops.update(compress(tokens, self.phrase_start))  # end markers and turns
        stops.update(self.cue_at)
        stops.update(q.open for q in tt.quotes)
        return sorted(stops)

    def _name_end(self, a: int, b: int, later: list[tuple[int, int, Mention]]) -> int:
        """Last token of a tagged name, past what the tagger cut off: a glued hyphen (جان-ايف), a particle
        (دي ميستورا), an adjacent tagged name, one more proper word right before a role or a pause
        ("صبري ربيحات وزير ..."), or a family name with the article that recurs alone (المرزوقي) or,
        after a name of two words or more, is a listed one (الدباغ)."""
        tt = self.tt
        words = tt.words
        n = len(tt.words)
        parser = self.parser
        particles = self.lex.name_particles
        nxt = {x[0]: x for x in later[:3] if x[2].label == "PER"}
        grown = 0
        while b + 1 < n and grown < 4 and not tt.new_sent[b + 1]:
            w = words[b + 1]
            if b + 1 in nxt:
                b = nxt[b + 1][1]
                grown += 1
                continue
            if w == "-" and b + 2 < n and parser.glued(b + 1) and parser.is_name_word(b + 2) or (
                    w in particles and b + 2 < n and parser.is_name_word(b + 2, True)
                    and not words[b + 2].startswith("ال")):
                b += 2  # "جان-ايف", "دي ميستورا"
            elif words[b] in particles and parser.is_name_word(b + 1, True):
                b += 1
            else:
                break
            grown += 1
        if b == a + 1 and words[b] in self.lex.name_compounds and b + 1 < n and not tt.new_sent[b + 1]:
            # "العميد [عوض الله] الطيب الزين،": a compound given name tagged alone, its family name to a pause
            run = parser.name_run(b + 1, min(n, b + 4), allow_article=True, first_article=True)
            if b + 1 < run < n and run - b <= 3 and (words[run] in _COMMAS or words[run] in SENTENCE_END
                                                     or words[run] in self.lex.complementizers):
                return run - 1
        given = b == a or b == a + 1 and words[a] == "عبد"  # "عبد القادر مساهل؛": a compound given name alone
        if given and b + 2 < n and parser._proper_word(b + 1) and not tt.new_sent[b + 1] and (
                words[b + 2] in _TRIM or words[b + 2] in self.lex.role_index or words[b + 2] in SENTENCE_END
                or words[b + 2] in self.lex.complementizers or b + 2 in nxt):
            b += 1
        if b + 1 < n and b + 1 not in nxt and not tt.new_sent[b + 1] and (
                parser.repeated_surname(b + 1) or b > a and parser.listed_surname(b + 1)
                or b > a and self._nisba_before_pause(b + 1) or b > a and self._role_surname(b + 1)):
            # "محمد المنصف المرزوقي", "فراس عدنان الدبّاغ", "رياض جبار العيداني أن" tagged without the
            # family name
            b += 1
        elif b == a and b + 2 < n and not ({b + 1, b + 2} & nxt.keys()) and not tt.new_sent[b + 1] \
                and parser.given_name_at(b + 1) and parser.listed_surname(b + 2):
            b += 2  # "حسين علي بزّي" tagged as "حسين": the father's name and the family name
        return b

    def _glued_town(self, m: Mention) -> int | None:
        """The token of a listed town glued to بـ that mention ``m`` starts inside of ("بسيدي بوزيد"), or
        None."""
        a = self._token_at(self.tt.starts, m.start - 1, 0)  # the token that opens one letter before it
        if a is None or not self.tt.words[a].startswith("ب"):
            return None
        kinds = gazetteer().phrases.get(tuple(stem(w) for w in m.text.split()), frozenset())
        return a if kinds & _TOWNS and not kinds & _PERSON_LISTS else None

    def _place_after_body(self, a: int) -> bool:
        """Does a name tagged as a person at token ``a`` open with a place's first word right after a body or
        place noun without the article ("مهرجان سيدي بوسعيد", "بلدية عين الذهب")?"""
        words = self.tt.words
        return a > 0 and words[a] in self.lex.place_openers and not words[a - 1].startswith(("ال", "وال")) \
            and (self.parser.institution_head(words[a - 1]) is not None or self.parser._after_place_noun(a))

    def _name_start(self, a: int, b: int) -> int:
        """First token of a tagged name after any function word or verb the tagger took with it."""
        lex = self.lex
        words = self.tt.words
        while a < b and (words[a] in lex.nationalities or words[a] in lex.countries
                         or len(words[a]) > 3 and words[a][0] in "لب" and words[a][1:] in lex.countries):
            a += 1  # "الفرنسي جان", "لسوريا ستافان": the role's last word taken with the name
        start = a
        for k in range(a, b + 1):
            w = words[k]
            if k == b and k > start:
                break  # "مهدي رضائي نسب": a last word after name words ends the name, whatever else it spells
            if k == start and k < b and self._dual_role(k):
                start = k + 1  # "[الشقيقان رامي] وعلاء الزعبي": a role of two opens a pair, not a name
                continue
            if w in lex.name_particles or w in lex.role_index:
                continue
            if w == "لا" and k > a and words[k - 1] in lex.name_particles:
                continue  # "كارمينا دي لا كروز": the article of a Spanish or French name, not the negation
            if w in lex.maqsura_stops and self.parser.is_name_word(k):
                continue  # "علي بن مزين": the name علي (written with ي), not the preposition على
            if k == a and k < b and w in lex.time_words and w in lex.given_names \
                    and self.parser.is_name_word(k + 1):
                continue  # "صباح عبد الكريم اللامي": the given name صباح, not the morning
            if k == a and k < b and self._written_ya(k) and (form := lex.forms.get(w)) is not None \
                    and form.kind == "past":
                continue  # "روي مادورو": the name Roy (written with ي), not the verb روى
            if k > a and k < b and words[k + 1] in lex.name_compounds:
                continue  # "عبد الكريم حسب الله": a compound family name, not the attribution حسب
            if self.parser.is_stop(w) or w in lex.forms or w in lex.complementizers \
                    or len(w) > 2 and w[0] in "وفبل" and w[1:] in lex.complementizers:
                start = k + 1
        return start

    # ---- cues ---------------------------------------------------------------------------------
    def _find_cues(self) -> list[_Cue]:
        """Cue words: a dictionary lookup per word, with or without و/ف."""
        forms = self.lex.forms
        out = []
        words = self.tt.words
        cue_words = self.lex.cue_words
        for i in [i for i in self.hits if words[i] in cue_words]:
            w = words[i]
            if i + 1 < len(words) and words[i + 1] == "بمثابه":
                continue  # "قوة الردع التي تعتبر بمثابة قوة شرطة": "is regarded as", no one speaks
            if w in ("اثني", "واثني") and i + 1 < len(words) and words[i + 1] in ("عشر", "عشره"):
                continue  # "منذ اثني عشر عاما": twelve, not أثنى (praised)
            if w in _ADVERBS and (i + 1 >= len(words) or not words[i + 1][0].isalpha()
                                  or words[i + 1] in _PREPOSITIONS or words[i + 1][0] in "بل"):
                continue  # "يعتزم العودة مجددا بهدف ...": the adverb "again", not "renewing ..."
            if w in _VIA and next((x for x in words[i + 1 : i + 20] if x == "عن" or x == ":"
                                   or x in SENTENCE_END or x in self.lex.complementizers), "") != "عن":
                continue  # "X، عبر مترجم، إن", "وعبر الهاتف": via; عبّر (expressed) takes عن first
            form = forms.get(w)
            if form is not None and form.kind == "past" and self._opens_tagged_name(i):
                continue  # "روي مادورو" (Roy) written with ي opens a tagged name: not روى, the verb
            if form is not None and i > 0 and not self.tt.new_sent[i] and w in self.lex.given_names \
                    and words[i - 1] in self.lex.given_names:
                continue  # "ماجد عزت الحسيني": عزت is a name after a name, not عزا (attributed)
            cue = _Cue(i, 0, form) if form is not None else _Cue(i, 1, forms[w[1:]])
            if cue.prefix and len(w) == 3 and "prefixed" in cue.form.lemma.flags \
                    and not self._speaker_next(i):
                continue  # "ورد في التقرير": was mentioned; "ورد الوزير بأن": replied
            if "relay" in cue.form.lemma.flags and self._object_suffixed(cue):
                continue  # "قال X، في تصريحات نقلتها وكالة Y، إن": the agency relays his words, an aside
            out.append(cue)
        return out

    def _speaker_next(self, i: int) -> bool:
        """Does a tagged person or a speaker phrase begin right after token ``i``?"""
        if i + 1 >= len(self.tt):
            return False
        ent = self.parser.entities.get(i + 1)
        ph = self.parser.parse(i + 1, min(len(self.tt), i + 1 + MAX_SUBJECT), guess_names=False) \
            if ent is None else None
        return ent is not None and ent[1].label in ("PER", "ORG") or ph is not None and ph.start == i + 1

    def _opens_tagged_name(self, i: int) -> bool:
        """Does token ``i``, written with a final ي (not ى), open a name of two or more words the tagger
        found?"""
        ent = self.parser.entities.get(i)
        return ent is not None and ent[1].label == "PER" and ent[0] > i + 1 and self._written_ya(i)

    def _written_ya(self, i: int) -> bool:
        """Does token ``i`` end in ي as written (normalisation folds ى into ي)?"""
        tt = self.tt
        return tt.words[i][-1] == "ي" and tt.last_letter(i) == "ي"

    def _apposed_role_noun(self, cue: _Cue) -> bool:
        """Is the cue a role noun spelled like a verb, set after a given name and its comma ("ويقول رياض، طالب
        ماستر في الإعلام الآلي:": a student, not "demanded")?"""
        i = cue.tok
        words = self.tt.words
        return not cue.prefix and i > 1 and words[i - 1] in _COMMAS and words[i - 2] in self.lex.given_names \
            and words[i] in self.lex.roles and cue.form.kind in ("past", "present") \
            and not any(words[k] in cue.form.lemma.preps or self._prep_at(k, cue.form.lemma.preps) is not None
                        for k in range(i + 1, min(len(words), i + 4)))  # not "X، طالب المفوضية بنشر"

    def _byline(self, cue: _Cue) -> bool:
        """Is the cue كتب / كتبت alone at the head of a short line of a few words ("كتب محمد الهاجري |",
        "كتب – أحمد فتحي"), the writer's byline?"""
        tt = self.tt
        i = cue.tok
        if self.byline[0] <= tt.span(i, i)[0] < self.byline[1]:
            return True  # "الغردقة – كتب X:"
        if not tt.new_para[i] or cue.form.lemma.lemma != "كتب" or cue.form.kind != "past":
            return False
        end = next((k for k in range(i + 1, min(len(tt), i + 8)) if tt.new_para[k]), len(tt))
        return end - i <= 6 and end < len(tt) or end == len(tt) and len(tt) - i <= 6

    def _clause_initial(self, cue: _Cue) -> bool:
        i = cue.tok
        tt = self.tt
        if cue.prefix or tt.new_sent[i] or i == 0:
            return True
        prev = tt.words[i - 1]
        if prev == "قد" and cue.form.kind == "present":
            return False  # "قد يهدد": may threaten
        if prev == "كان" and cue.form.kind == "present" and tt.words[i - 2] in self.lex.complementizers:
            return False  # "أقر بأنه كان ينقل الرمل": what he used to do, inside the content
        if prev in _TRIM or prev in SENTENCE_END or prev in _CLAUSE_JOINERS or prev in (")", "و", "ف") \
                or i > 1 and (tt.words[i - 2], prev) == _WHEREAS:
            return True
        if prev in _THAT_HE and i > 1 and tt.words[i - 2] in _BUT_THAT and cue.form.kind == "past":
            return True  # "...، إلا أنه نوه بأنه": the writer's narrative resumes with the same subject
        nxt = tt.words[i + 1] if i + 1 < len(tt) else ""
        if prev == "ان" and i > 2 and tt.words[i - 2] in _BEFORE_AFTER and tt.words[i - 3] in _COMMAS \
                and (nxt in (":", '"') or nxt in self.lex.complementizers):
            return True  # "...، قبل أن تتساءل: "..."": the narrative goes on with the same subject (not
            # "قبل أن تعلن اللجنة النتائج": another subject and its act)
        return cue.form.kind == "past" and self._after_circumstance(cue)

    def _after_fronted_phrase(self, cue: _Cue) -> bool:
        """"وفي بيان منفصل، طالبت نقابة التمريض بـ": the sentence opens with a circumstance set off by a
        comma, then the verb; what follows it is its subject."""
        tt = self.tt
        i = cue.tok
        if i < 2 or tt.words[i - 1] not in _COMMAS:
            return False
        s0 = self._sentence_start(i)
        return tt.words[s0] in _CIRCUMSTANCE_OPENERS and i - s0 <= _CIRCUMSTANCE_MAX \
            and not any(k in self.cue_at for k in range(s0, i))

    def _after_circumstance(self, cue: _Cue) -> bool:
        """"ولدى حديثه عن الوضع في سوريا طالب المرزوقي من ...": the sentence opens with a circumstance,
        then the verb with its named subject, no verb between."""
        tt = self.tt
        i = cue.tok
        s0 = i - 1
        while s0 > 0 and not tt.new_sent[s0] and i - s0 <= _CIRCUMSTANCE_MAX:
            s0 -= 1
        if not tt.new_sent[s0] or tt.words[s0] not in _CIRCUMSTANCE_OPENERS \
                or any(k in self.cue_at for k in range(s0, i)) or i + 1 >= len(tt):
            return False
        ph = self.parser.parse(i + 1, min(len(tt), i + 1 + MAX_SUBJECT), guess_names=False)
        return ph is not None and (ph.known or ph.kind == "ROLE" and ph.head is not None)

    def _is_boundary_cue(self, j: int) -> bool:
        """Does a cue at token ``j`` start a new clause (so content before it ends)?"""
        cue = self.cue_at.get(j)
        if cue is None or self._apposed_role_noun(cue):
            return False
        kind = cue.form.kind
        if kind == "noun":
            return False
        if "topic" in cue.form.lemma.flags and not self._clause_initial(cue):
            return False  # "المسؤول الذي تحدث لرويترز ... إن": the subject's relative, not a new clause
        if kind == "participle":
            if cue.form.gender == "f" and self.tt.words[j - 1] not in _TRIM \
                    and not self.parser.has_tanwin(j) and not self._reports_next(cue):
                return False  # "حكومة ... مطالبة باجتثاث": a feminine participle is often an adjective
            return "strict" not in cue.form.lemma.flags or self._has_opener(cue) or self._loose_strict(cue)
        if not self._clause_initial(cue) and (self.tt.words[j - 1] not in _RELATIVES or "floor" in
                                              cue.form.lemma.flags or not self._has_opener(cue)):
            return False  # "المعارضة التي ترفض ...", "الحكومة التي تعتبر ايضا مخاطرة": inside the content
        if self._demonstrative_object(cue):
            return False  # "كما أكد ذلك أشخاص ...": a gloss on what was said, not a new statement
        if "strict" not in cue.form.lemma.flags:
            return True
        return j + 1 < len(self.tt) and self._strict_subject(cue) and self._has_opener(cue)

    def _demonstrative_object(self, cue: _Cue) -> bool:
        """"كما أكد ذلك أشخاص تم إيقافهم": the verb's object is a demonstrative that points back at what
        was reported; it reports nothing of its own (unless a content opener follows it)."""
        tt = self.tt
        j = cue.tok + 1
        if j >= len(tt.words) or tt.words[j] not in _DEMONSTRATIVES:
            return False
        if j + 1 < len(tt.words) and tt.words[j + 1] in cue.form.lemma.preps:
            return False  # "عازيا ذلك إلى الأزمة المالية": what it is put down to follows
        for k in range(j + 1, min(len(tt), j + MAX_SUBJECT)):  # "وأكد ذلك المسؤول أن ...": a report
            w = tt.words[k]
            if tt.new_sent[k] or w in _COMMAS or w in SENTENCE_END:
                break
            if w in self.lex.complementizers or w in (":", '"'):
                return False
        return True

    def _named_subject(self, cue: _Cue) -> bool:
        """"وأفاد قايد السبسي قبيل انطلاق ندوة ...، أن": an ambiguous spelling opening its clause with a
        known name or a role after it is the verb, however long the circumstance before the content."""
        j = cue.tok + 1
        if not cue.prefix or j >= len(self.tt):
            return False
        if self.tt.words[j] in ("في", "خلال") and j + 1 < len(self.tt) and self._statement_word(j + 1):
            return True  # "وبين في تصريح لوكالة ... على هامش ... أن": where it was said names the verb
        ph = self.parser.parse(j, min(len(self.tt), j + MAX_SUBJECT), guess_names=False)
        return ph is not None and (ph.known or ph.kind == "ROLE" and ph.head is not None)

    def _statement_word(self, k: int) -> bool:
        """"تصريح", "بيان", "حديث", "كلمة": a document or an occasion of speech."""
        w = self.tt.words[k]
        return self._document_word(k) or fold_head(w) in self.lex.occasions or (
            w.startswith("ال") and fold_head(w[2:]) in self.lex.occasions)

    def _reports_next(self, cue: _Cue) -> bool:
        """"مضيفة أن", "مشيرة إلى أن": a complementizer right after the word (or after its preposition)
        makes a participle a reporting one, whatever stands before it."""
        words = self.tt.words
        j = cue.tok + 1
        if j < len(words) and words[j] in cue.form.lemma.preps:
            j += 1
        return j < len(words) and words[j] in self.lex.complementizers

    def _words_after(self, i: int, count: int) -> int:
        """End (exclusive) of the tokens after ``i`` that hold ``count`` words (marks not counted)."""
        return bisect_right(self.word_count, self.word_count[i + 1] + count, lo=i + 1) - 1

    def _loose_strict(self, cue: _Cue) -> bool:
        """An ambiguous spelling that can only be the verb here: after "لكنه" ("لكنه استبعد"), or an
        object verb's participle after a comma ("...، متوقعا زيادة عددهم")."""
        i = cue.tok
        if i == 0:
            return False
        prev = self.tt.words[i - 1]
        return prev in _BUT_HE or cue.form.kind == "participle" and prev in _COMMAS \
            and "object" in cue.form.lemma.flags

    def _has_opener(self, cue: _Cue) -> bool:
        tt = self.tt
        lemma = cue.form.lemma
        end = self._words_after(cue.tok, WINDOW if self._named_subject(cue) else STRICT_WINDOW)
        for j in range(cue.tok + 1, end):
            w = tt.words[j]
            if tt.new_sent[j]:
                return False
            if w in self.lex.complementizers or w == ":" or (w == '"' and self._statement_quote(j, cue)):
                return True
            if self._prep_at(j, lemma.preps) is not None:
                return True
        return False

    # ---- quotations as content ---------------------------------------------------------------
    def _quote_of(self, j: int) -> QuoteSpan | None:
        k = self.tt.quote_at[j]
        if k < 0:
            return None
        q = self.tt.quotes[k]
        return q if q.open == j else None

    def _statement_quote(self, j: int, cue: _Cue | None) -> bool:
        """Is the quotation opening at ``j`` a statement, not a quoted name or term?"""
        q = self._quote_of(j)
        if q is None:
            return False
        words = self.tt.words
        prev = words[j - 1] if j > 0 else ""
        if len(prev) == 1 and prev in "بكلو" and not (cue and prev in cue.form.lemma.preps):
            return q.words > TERM_MAX_WORDS + 2
        if prev in self.lex.quote_titles or prev[:1] in "وب" and prev[1:] in self.lex.quote_titles:
            return False  # تحت شعار "..."، بعنوان "..."
        after = q.close + 1 if q.close is not None else q.last + 1
        if after < len(words) and words[after] in _TRIM:
            after += 1
        if after < len(words) and q.words <= TERM_MAX_WORDS and (
                words[after] in self.lex.complementizers
                or cue is not None and words[after] in cue.form.lemma.preps):
            return False  # إعتبر "حزب التحرير"، أن ...: the quoted name is the speaker
        if q.words <= TERM_MAX_WORDS and self._as_people_call(after):
            return False  # "ويحكي «با علال»، كما يناديه التلاميذ، أنه": what people call the speaker
        if q.words > TERM_MAX_WORDS:
            return True
        if q.words == 0:
            return False
        introduced = prev == ":" or prev in self.lex.complementizers or prev in self.lex.manner or (
            cue is not None and (j - 1 == cue.tok or prev in cue.form.lemma.preps))
        if not introduced or q.words < 2:
            return prev == ":" and q.words >= 1
        after = q.close + 1 if q.close is not None else q.last + 1
        return after >= len(words) or words[after] in SENTENCE_END or words[after] in _TRIM or \
            self.tt.new_sent[after]

    def _comp_next(self, cue: _Cue) -> bool:
        """"المنظمة أقرت بأنها ...", "حملة يقول إنها ...": a complementizer right after the verb makes
        it a reporting verb wherever it stands."""
        j = cue.tok + 1
        words = self.tt.words
        return j < len(words) and words[j] in self.lex.complementizers and words[cue.tok - 1] != "قد"

    def _subject_comp(self, cue: _Cue) -> bool:
        """"بطريقة تقول السلطات إنها متشددة", "الموقع الذي تقول منظمة الصحة أنه ...": a verb, its subject
        and a complementizer right after it make a report wherever the verb stands."""
        j = cue.tok + 1
        tt = self.tt
        if j >= len(tt) or tt.words[cue.tok - 1] == "قد" or {"addressee", "strict"} & cue.form.lemma.flags:
            return False
        ph = self.parser.parse(j, min(len(tt), j + 8), guess_names=False)
        return ph is not None and ph.end < len(tt) and tt.words[ph.end] in self.lex.complementizers

    def _comp_near(self, j: int) -> bool:
        words = self.tt.words
        return any(words[k] in self.lex.complementizers for k in range(j + 1, min(len(words), j + 3)))

    def _pronoun_noun(self, k: int) -> bool:
        """A noun with a pronoun suffix (اعتقاده, أملها, ثقتهم) may stand between the preposition and
        the complementizer: "أعرب عن اعتقاده بأن". ``ضرورة أن`` is content (ة, not ه, in the display)."""
        tt = self.tt
        w = tt.words[k]
        if not w[0].isalpha() or not w.endswith(("ه", "ها", "هم", "هما")):
            return False
        last = tt.offs[tt.ends[k] - 1]
        return tt.text[last] in "هام"

    def _comp_after(self, j: int) -> bool:
        """Does a complementizer follow the quotation opening at ``j``? (then the quotation is a
        circumstance: "تحت شعار "..."، أن ...")"""
        q = self._quote_of(j)
        if q is None or q.close is None:
            return False
        k = q.close + 1
        words = self.tt.words
        if k < len(words) and words[k] in _TRIM:
            k += 1
        return k < len(words) and words[k] in self.lex.complementizers

    @staticmethod
    def _relay_word(w: str, preps: frozenset[str]) -> bool:
        """Is ``w`` the preposition a relaying verb names its source with (عن / إلى), or it with a pronoun
        (عنه, إليه)?"""
        return w in preps or any(w == p + s for p in preps for s in _RELAY_PRONOUNS)

    def _relative_aside_end(self, j: int) -> int | None:
        """The token after a relative clause between commas that opens at ``j`` ("، الذي فضّل أن يُشار إليه
        بـ"أبو فيصل"،"), if the comma closes it within a few words, before any quotation mark."""
        tt = self.tt
        for k in range(j + 1, min(len(tt) - 1, j + _ASIDE_MAX)):
            if tt.new_sent[k] or tt.words[k] == ":" or tt.words[k] == '"' and tt.quote_at[k] >= 0 \
                    and (q := tt.quotes[tt.quote_at[k]]).close is not None and q.close - k > 5:
                return None
            if tt.words[k] in _COMMAS:
                return k + 1
        return None

    def _identity_aside(self, j: int) -> int | None:
        """The token after an aside about the source's name that opens at ``j`` and ends at a comma
        ("طلب عدم ذكر اسمه،"), or None."""
        words = self.tt.words
        if words[j] == "نقلا":
            return None  # "نقلا عن مسؤولين لم تكشف هويتهم": the source itself
        k = self.parser.identity_word(j, len(words))
        return k + 2 if k is not None and k + 1 < len(words) and words[k + 1] in _COMMAS else None

    def _before_apposed_name(self, j: int) -> bool:
        """Do a few words from ``j`` end at a comma, then a tagged name and another comma? Then they
        describe the person named, a role's complement: no content opens inside them."""
        words = self.tt.words
        k = j + 1
        while k < len(words) and k - j <= 6 and words[k] not in _COMMAS and not self.tt.new_sent[k] \
                and (words[k][0].isalpha() or words[k] == '"'):
            k += 1  # "الأمين العام لحركة "الوفاق الوطني"، منير الساحلي،": a body's name in marks too
        if k + 1 >= len(words) or words[k] not in _COMMAS or self.tt.new_sent[k + 1]:
            return False
        # the tagged name, after a title or a given name the tagger left out ("، الدكتورة [سلمى الحكيم]،",
        # "، الطاهر [إبراهيم]،")
        first = self.parser.past_title(k + 1, len(words))
        if first == k + 1 and k + 2 < len(words) and self.parser.given_name_at(k + 1):
            first = k + 2
        ent = self.parser.entities.get(k + 1) or self.parser.entities.get(first)
        return ent is not None and ent[1].label == "PER" and ent[0] < len(words) and words[ent[0]] in _COMMAS

    def _holder_named_past(self, i: int, j: int) -> bool:
        """Does the role phrase at ``i`` name its holder after token ``j``, close by ("عميد بلدية غات الطاهر
        إبراهيم") or between commas ("منسقة برامج الصحة ...، د. سلمى الأهدل،")? Then ``j`` is inside the
        speaker's description (not "طالب نائب بالإفراج عن محمد إبراهيم")."""
        parser = self.parser
        ph = parser.parse(i, len(self.tt), guess_names=False)
        if ph is None or ph.kind != "PER" or ph.name_span is None or ph.name_span[0] <= j:
            return False
        words = self.tt.words
        a = ph.name_span[0]
        titled = a - 2 > j and parser.past_title(a - 1, a + 1) == a
        apposed = words[a - 2 if titled else a - 1] in _COMMAS
        return apposed or a - j <= 3 and not any(parser.is_stop(w) for w in words[j + 1 : a])

    def _role_before(self, j: int) -> int | None:
        """The role noun right before token ``j``, perhaps with its modifiers (المتحدث الرسمي), or None."""
        words = self.tt.words
        k = j - 1
        while k > 0 and j - k <= 2 and words[k] in self.lex.role_modifiers:
            k -= 1
        return k if k >= 0 and self.parser.role_head(words[k]) is not None else None

    def _titled_holder_after(self, j: int) -> bool:
        """Does a definite title and a name follow within a few words of the preposition at ``j`` ("أكد رئيس
        هيئة الإشراف على الانتخابات القاضي سليم الأسطة، ...، أن")? Then it is the role's complement."""
        words = self.tt.words
        parser = self.parser
        for k in range(j + 1, min(len(words) - 1, j + 4)):
            if self.tt.new_sent[k] or not words[k][0].isalpha() \
                    or k > j + 1 and not words[k].startswith("ال"):
                return False
            if k > j + 1 and parser.role_head(words[k]) and (
                    parser.given_name_at(k + 1) or (e := parser.entities.get(k + 1)) is not None
                    and e[1].label == "PER"):
                return True
        return False

    def _name_then_opener(self, j: int, preps: frozenset[str]) -> bool:
        """Does a name open within a few words after token ``j`` and end right before the cue's own opener
        (a preposition of the cue, with or without a complementizer: "ليلى الدريدي إلى", "X بأن")?"""
        words = self.tt.words
        parser = self.parser
        for k in range(j + 1, min(len(words) - 1, j + 5)):
            if self.tt.new_sent[k] or not words[k][0].isalpha():
                return False
            ent = parser.entities.get(k)
            if ent is not None and ent[1].label == "PER" or parser.given_name_at(k):
                end = ent[0] if ent is not None else parser.name_run(k, len(words), allow_article=True)
                nxt = words[end] if end < len(words) else ""
                return end > k + 1 and (nxt in preps or nxt in self.lex.complementizers
                                        or nxt[:1] in preps and nxt[1:] in self.lex.complementizers
                                        or ent is not None and nxt[:1] in preps and len(nxt) > 3)
                # (a tagged name, then the cue's بـ on a noun: "طالب المحامي بالنقض X بإصدار قرار")
        return False

    def _in_named_role(self, j: int) -> bool:
        """Is token ``j`` inside a role phrase (not an unnamed source's) whose holder is named after it
        ("المبعوث الأممي الخاص إلى اليمن X", "الأمين العام للعتبة الحسينية السيد X")?"""
        role = self._role_before(j)
        return role is not None and self.tt.words[role] not in self.lex.anonymous \
            and self._holder_named_past(role, j)

    def _on_platform(self, j: int) -> bool:
        """Is the على at ``j`` part of where the words were published ("في تغريدة على منصة إكس أن", "عبر
        صفحتها على فيسبوك:")? After في / عبر and one noun, with a complementizer or colon soon after."""
        words = self.tt.words
        if j < 2 or words[j - 2] not in _WHERE or not words[j - 1][0].isalpha():
            return False
        for k in range(j + 1, min(len(words), j + 6)):
            if self.tt.new_sent[k]:
                return False
            if words[k] in self.lex.complementizers or words[k] == ":":
                return True
        return False

    def _prep_at(self, j: int, preps: frozenset[str]) -> int | None:
        """Content start (char in norm) if token ``j`` is one of the cue's prepositions."""
        if not preps:
            return None
        tt = self.tt
        w = tt.words[j]
        if w in _BY_WHAT and any(tt.words[t] in _NICKNAMING or tt.words[t] in _BY_NAME
                                 for t in range(max(0, j - 3), j)):
            return None  # "سائق حفارة يلقبه زملاؤه بـ“الهدهد” بأن": the nickname's بـ, not the cue's
        if w == "من" and j > 0 and (tt.words[j - 1] in QUANTIFIERS
                                    or tt.words[j - 1] in SIZE and tt.words[j - 2] in QUANTIFIERS):
            return None  # "حذر عدد (كبير) من المركبين من": the group's من, not the cue's
        if w in self.lex.maqsura_stops and self.parser.is_name_word(j) and (
                (m := self._entity_over(j)) is not None and m.label == "PER"
                or j > 0 and tt.words[j - 1] in self.lex.name_particles):
            return None  # "أكد الصحفي علي بن مزين أن", "جاسم بن علي", "محمد علي الغريبي": the name علي
        if w in preps:
            # "دعا المبعوث الخاص إلى سوريا، X، الأطراف إلى", "دعا المبعوث الأممي الخاص إلى اليمن X الأطراف
            # إلى": still the role, before its holder's name
            return None if len(w) > 1 and (self._before_apposed_name(j) or self._in_named_role(j)
                                           or self._titled_holder_after(j)) else tt.ends[j]
        if len(w) == 1 and w in preps:  # بـ"..." after tatweel
            return tt.ends[j]
        if w == "عما" and "عن" in preps:  # "تساءل عما إذا كان ..."
            return tt.ends[j + 1] if j + 1 < len(tt) and tt.words[j + 1] == "اذا" else tt.ends[j]
        if len(w) > 3 and w[0] in preps and w[0] in "بل":
            if w[1:] in self.lex.complementizers or w in clitic_stems():
                return None  # "مديرية بيئة معان": a word that only looks like بـ + X (clitic_stems.txt)
            if j > 0 and tt.words[j - 1] in _WHERE:
                return None  # "أفادت الوزارة، في بلاغ، بأنها": a noun after a preposition, not بـ + لاغ
            if w[1:3] == "لد":
                return None  # "عضو مجلس بلدي المحرق", "بلدة": municipal, a town, never بـ + لدى
            if j > 0 and tt.words[j - 1] in self.lex.forms and self.parser.role_head(w) is not None:
                return None  # "أفاد بائعو فحم بأن": the subject right after the verb, not بـ + ائعو
            if w in self.lex.person_names and j > 0 and tt.words[j - 1] in self.lex.given_names \
                    and not tt.new_sent[j]:
                return None  # "صرح النائب منذر بالحاج علي، بأن": a family name, not بـ + الحاج
            if self.parser.given_name_at(j):
                return None  # "تعهد الرئيس بشار الأسد بمواصلة": the name بشار, not بـ + شار
            ents = self.parser.entities
            ent = ents.get(j)
            if w[1:] in self.lex.countries or w[1:] in self.lex.cities or w[1:] in self.lex.place_nouns \
                    or ent is not None and ent[1].label == "LOC" and ent[0] == j + 1:
                return None  # "الناطق باسم المحكمة بتونس، ...، بأن", "بصفاقس", "بمحافظة شمال الباطنة": where,
                # not what
            if any((e := ents.get(k)) is not None and e[1].label == "LOC" for k in (j + 1, j + 2)) \
                    and (r := next((k for k in range(j - 1, max(-1, j - 7), -1)
                                    if self.parser.role_head(tt.words[k])), None)) is not None \
                    and not any(x in self.lex.cue_words for x in tt.words[r:j]) \
                    and any(tt.words[k] in self.lex.complementizers
                            for k in range(j + 2, min(len(tt), j + 16))
                            if not any(tt.new_sent[j + 1 : k + 1])):
                return None  # "أفاد رئيس مصلحة الأمن العمومي بأمن ولاية وهران، ...، بأن": where he serves
            if w == "باسم" and self._role_before(j) is not None:
                return None  # "ذكر المتحدث (الرسمي) باسم الحكومة أن": the role's complement, not بـ + اسم
            if any((e := ents.get(k)) is not None and e[1].label == "PER" and k < j < e[0]
                   for k in range(max(0, j - 3), j)):
                return None  # "إبراهيم بوحفص": inside a tagged name, not بـ + وحفص
            if self._before_apposed_name(j):
                return None  # "النائب عن ورقلة بالمجلس الشعبي، إبراهيم بوحفص، بـ": still the role
            if j > 0 and self.parser._construct(j - 1) and (
                    self.parser.institution_head(w) or self.parser.role_head(w)
                    or self.parser.institution_head(w[1:])):
                # "اتهم رئيس بلدية X الحكومة بـ": the body whose head speaks, not بـ + لدية; "أفاد مسؤول
                # بوزارة البيئة بأن": where he serves
                return None
            if j > 0 and tt.words[j - 1] not in self.lex.anonymous and self.parser._construct(j - 1) \
                    and self._holder_named_past(j - 1, j):
                return None  # "عميد بلدية غات الطاهر إبراهيم": the role's genitive, then its holder
            if w[0] == "ل" and self._in_named_role(j):
                return None  # "دعا الأمين العام للعتبة الحسينية السيد جعفر الياسري": still the role
            if self._name_then_opener(j, preps):
                return None  # "أفاد مندوب المكتب الوطني للصيد بأكادير X بأن": where he serves, then his name
            return tt.starts[j] + 1
        return None

    # ---- main loop ----------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        tt = self.tt
        lex = self.lex
        events: list[tuple[int, int]] = [(c.tok, 1) for c in self.cues]
        parser = self.parser
        roles, insts = lex.role_index, lex.institution_index
        ents = {i for i, (_, m) in parser.entities.items() if m.label in ("PER", "ORG")}  # not places
        words = tt.words
        firsts = lex.institution_firsts
        mention_words, attribution_index = lex.mention_words, lex.attribution_index
        mentioned = {i for i in self.hits if words[i] in mention_words}  # the words that may name a speaker
        for i in sorted(mentioned | ents):
            w = words[i]
            if w[0] == "ل" and w not in roles and w not in lex.institutions and i not in ents:
                if w in insts and w[1:] in insts and i + 1 < len(words) and (
                        words[i + 1].startswith("ال") or words[i + 1] == '"'):  # لشركة "سكاي ستيب"
                    ph = parser.parse(i, len(words), guess_names=False)  # "لمنظمة العفو الدولية": named,
                    if ph is not None and ph.kind == "ORG" and len(ph.name) > 1:  # for later anaphora
                        self.cast.mention(ph)
                continue  # a complement, not someone who speaks
            if w in firsts and w not in insts and w not in roles and i not in ents:
                if self.parser.parse(i, len(words), guess_names=False) is not None:
                    events.append((i, 0))  # "وسائل إعلام كندية", "البيت الأبيض"
                continue
            if i > 0 and words[i - 1] in _SAME:
                continue  # "نفس المصدر": the source already named
            if w in roles or i in ents or w.startswith(("ال", "وال")) or i + 1 < len(words) and (
                    words[i + 1].startswith("ال") or words[i + 1] in lex.countries
                    or words[i + 1] == '"' and w in insts
                    or w in insts and not w.startswith(("ل", "ب")) and parser._proper_word(i + 1)
                    and (i + 1 in parser.entities or words[i + 1].isascii())):
                events.append((i, 0))  # "وزارة الدفاع", "الحكومة", "شركة "أكوا""; not "18 دولة عربية"
        for i in [i for i in self.hits if words[i] in attribution_index]:
            if self._phrase_at(i, attribution_index):
                events.append((i, 2))
        events.sort()
        covered = 0  # mentions inside a phrase already read are not read again
        for i, kind in events:
            if kind == 2:
                if not self.claimed[i] and tt.quote_at[i] < 0:
                    self._attribution(i)
                continue
            if kind == 0:
                if i < covered or i < self.read_to:
                    continue
                if tt.quote_at[i] >= 0 and self.claimed[i]:
                    # "تم القبض على والده رمضان عبيدي": a relative named inside someone's words
                    if roles.get(words[i]) in lex.kinship and parser.pronoun_suffixed(i):
                        kin = parser.parse(i, len(words), guess_names=False)
                        if kin is not None and kin.kind == "PER" and kin.head is not None:
                            self.cast.name_role(kin, parser.known_names)
                    continue
                ph = parser.parse(i, len(words), guess_names=False)
                if ph is None or ph.kind == "ROLE" and ph.head == "نظير" and not ph.country:
                    continue
                if ph.kind == "ROLE" and not ph.name and ph.end < len(words) and words[ph.end] in _COMMAS \
                        and not (i > 0 and words[i - 1] in lex.person_names):  # (not "عبده [القاضي]، الملقب")
                    ph = self._nickname_aside(ph) or ph  # "حارس البرج، الذي يلقبه السكان «الكابتن»،"
                elif ph.kind == "ROLE" and not ph.name and ph.end + 1 < len(words) \
                        and (words[ph.end] in _RELATIVES or words[ph.end] in _NICKNAMING):
                    # "وقف عامل الحرق الذي يناديه زملاؤه «سيد كاوتش» أمام الفرن، وقال": named in the clause
                    stop = next((k for k in range(ph.end + 1, min(len(words), ph.end + 12))
                                 if words[k] in _TRIM or words[k] in SENTENCE_END), None)
                    ph = (self._nickname(ph, stop) if stop is not None else None) or ph

                prev = self._name_before(i)
                if ph.kind == "ROLE" and prev is not None:  # "ستيفان دوغاريك المتحدث باسم الأمم المتحدة"
                    if prev.head is None or prev.head in lex.honorifics and ph.head not in lex.honorifics:
                        # "الدكتور هشام الجمال، وزير المالية،": the office, not the title, is what
                        # "وزير المالية" takes up later
                        prev.head, prev.portfolio, prev.country = ph.head, ph.portfolio, ph.country
                    elif words[i - 1] in _COMMAS and not holds(prev, ph):
                        # "العميد الدكتور X، الخبير في الشؤون الأمنية،": later
                        prev.also += ((ph.head, ph.country, ph.portfolio),)  # "الخبير الأمني" is X too
                else:
                    self._note_institution(ph)
                    count = len(self.cast.people)
                    person = self.cast.resolve(ph, parser.known_names)
                    if len(self.cast.people) > count and ph.kind == "ORG" and i > 0 \
                            and words[i - 1] in _PREPOSITIONS:
                        person.aside = True  # "نقص حاد في التيار الكهربائي": a complement, no speaker
                # "بزوجة المرشح إيمانويل ماكرون": whose relative it is is read too
                covered = i + 1 if ph.kind == "ROLE" and ph.head in lex.kinship else ph.end
                continue
            cue = self.cue_at[i]
            if self.claimed[i] and "floor" not in cue.form.lemma.flags:
                if i > 0 and words[i - 1] == "ما" and not cue.prefix and cue.form.kind == "past":
                    self._said_by(cue)  # "... وبناء على ما صرحت به X": inside a report, X is named
                continue
            if tt.quote_at[i] >= 0:
                continue
            before, count = self.cast.current, len(self.found)
            self._analyse(cue)
            if len(self.found) == count and cue.form.kind != "participle" and not self._clause_initial(cue) \
                    or self._after_main_clause(cue):
                self.cast.current = before  # a verb inside a clause that reported nothing keeps the floor
        self._headline()
        return self._emit(lex)

    def _after_main_clause(self, cue: _Cue) -> bool:
        """"وألقى رئيس فرنسا كلمته بعد أن أعلن رئيس المجلس فوز ماكرون، وقال إن": a report in a time
        clause after the main clause has begun; the floor stays with the main clause's subject."""
        i = cue.tok
        words = self.tt.words
        if cue.prefix or i < 4 or words[i - 1] != "ان" or words[i - 2] not in _TIME_CLAUSE:
            return False
        s0 = self._sentence_start(i - 2)
        return i - 2 - s0 >= 3 and not any(k in self.cue_at for k in range(s0, i - 2))

    def _sentence_start(self, i: int) -> int:
        """First token of the sentence that token ``i`` is in."""
        new_sent = self.tt.new_sent
        while i > 0 and not new_sent[i]:
            i -= 1
        return i

    def _name_before(self, i: int) -> Person | None:
        """The person whose name ends right before token ``i`` (a comma between allowed)."""
        words = self.tt.words
        k = i - 1
        if k > 0 and words[k] in _AND_HE and words[k - 1] in _COMMAS:
            k -= 1  # "أبو سامر، وهو سائق من ريف حمص،": an aside on the one just named
        if k >= 0 and words[k] in ("،", ","):
            k -= 1
        if k > 2 and words[k] == ")":
            o = next((m for m in range(k - 1, max(0, k - 5), -1) if words[m] == "("), None)
            if o is not None and any(w.isdigit() for w in words[o + 1 : k]):
                k = o - 1  # "ريم عيسى (36 عاما)، اختصاصية ...": her age between the name and the role
        if k < 0:
            return None
        last_word = words[k]
        for p in self.cast.people:
            if p.name and p.name[-1] == last_word and p.kind == "PER" and p.last <= k:  # rarest first
                n = len(p.name)
                if tuple(words[max(0, k - n + 1) : k + 1]) == p.name or n == 1:
                    return p
        # "أن هيليل نوير، المدير التنفيذي ...": a name nobody introduced, right before its role
        if words[i - 1] not in ("،", ","):
            return None
        a = k
        while a >= 0 and k - a < 3 and words[a][0].isalpha() and not words[a].startswith("ال") \
                and words[a] not in _AS_FOR and self.parser.is_name_word(a):
            a -= 1
        if a == k or a >= 0 and not (words[a] in self.lex.complementizers or words[a] in _TRIM
                                     or words[a] in SENTENCE_END or words[a] in self.lex.forms
                                     or words[a] in _AS_FOR):  # "أما أم إسلام، والدة العروس،"
            return None
        ph = Phrase(a + 1, k + 1, "PER", tuple(words[a + 1 : k + 1]), (a + 1, k + 1))
        return self.cast.resolve(ph, self.parser.known_names)

    def _analyse(self, cue: _Cue) -> None:
        tt = self.tt
        lemma = cue.form.lemma
        flags = lemma.flags
        words = tt.words
        strict = "strict" in flags
        if self._byline(cue) or self._apposed_role_noun(cue):
            return  # "كتب محمد الهاجري |": who wrote the article; "رياض، طالب ماستر": a student
        if cue.form.kind == "noun":
            return  # قوله is read with نقل عن; alone it glosses (حسب قوله)
        if self._demonstrative_object(cue):  # "كما أكد ذلك X" glosses too
            topic = self._fronted_topic(cue)
            if topic is not None:  # "أما المحصل، الذي يناديه الباعة "بولحية"، فقد نفى ذلك، قائلا": but the
                self.cast.current = self.cast.resolve(topic, self.parser.known_names)  # topic has the floor
            return
        if cue.tok > 0 and words[cue.tok - 1] in ("ما", "حسبما") and not cue.prefix:
            self._said_by(cue)
            return  # "وفق ما صرح به X", "ما قاله الوزير": what was said, read by the attribution phrase
        if "document" in flags and (  # "وجاء في بيان المنظمة أن ...": only with a statement
                cue.tok + 2 >= len(tt) or words[cue.tok + 1] != "في" or not self._document_word(cue.tok + 2)):
            return
        if "floor" in flags:  # "وانتقد القيادي ... قائلا": the subject takes the floor, no quotation
            if self._clause_initial(cue):
                end = cue.tok + 1
                while end < min(len(tt), cue.tok + 1 + STRICT_WINDOW) and not tt.new_sent[end]:
                    end += 1
                self._speaker(cue, cue.tok + 1, end, None, False)
            return
        if "topic" in flags and not self._clause_initial(cue) and (
                cue.tok + 1 >= len(tt) or words[cue.tok + 1] not in _RESUMPTIVES):
            return  # "التحذيرات التي تحدثت عن ...": a relative names a topic; "مقالا تحدث فيه عن" reports
        if cue.form.kind != "participle" and (_ambiguous(cue) or cue.form.kind == "present") \
                and not self._clause_initial(cue) and not self._comp_next(cue) \
                and not self._subject_comp(cue) and not self._relative_verb(cue):
            return  # "ناشطات ... اللاتي طالبن باختيار ...": after a relative the spelling is the verb
        if cue.form.kind == "participle" and cue.form.gender == "f" and words[cue.tok - 1] not in _TRIM \
                and not self.parser.has_tanwin(cue.tok) and not self._reports_next(cue):
            return  # "حكومة ... مطالبة باجتثاث": an adjective, not "demanding" (معتبرةً is adverbial)
        if cue.form.kind == "participle" and lemma.lemma in _HEADLINE_CHARGES \
                and words[cue.tok - 1] not in _TRIM:
            return  # "تشاجر مع صديقته متهما إياها بالخيانة": the manner of an act ("...، متهما إياها بـ")
        if strict and cue.tok + 1 < len(tt) and not self._strict_subject(cue) and not self._loose_strict(cue):
            return  # "عبر حسابه", "وبين الشعب ...": a preposition, not the verb
        window = STRICT_WINDOW if strict and not self._named_subject(cue) else WINDOW
        limit = self._words_after(cue.tok, window)
        j = cue.tok + 1 if "document" not in flags else cue.tok + 3
        subj_start = j
        relay_from: int | None = None
        opener: tuple[str, int, int] | None = None  # kind, token, content start char
        cue_end = cue.tok
        stopped_at: int | None = None
        while j < limit:
            if tt.new_sent[j]:
                stopped_at = j
                break
            w = words[j]
            if w == '"':
                if self._statement_quote(j, cue) and not self._comp_after(j):
                    opener = ("quote", j, tt.starts[j])
                    break
                q = tt.quotes[tt.quote_at[j]] if tt.quote_at[j] >= 0 else None
                j = (q.close if q is not None and q.close is not None else j) + 1
                continue
            if w == ":":
                opener = ("colon", j, tt.ends[j])
                break
            if w in self.lex.complementizers and words[j - 1] not in self.lex.subordinators:
                opener = ("comp", j, tt.ends[j])
                break
            if j == cue.tok + 1 and self._says(j):
                cue_end = j  # "وتابع يقول "..."": one cue
                self.claimed[j] = True
                j += 1
                subj_start = j
                continue
            if w in self.lex.manner:
                if "speech" in flags or j == subj_start:
                    if j == cue.tok + 1:
                        cue_end = j
                    self.claimed[j] = True  # "قال ... قائلا" is one cue
                    if w.startswith("بال") and j + 1 < limit and not tt.new_sent[j + 1] \
                            and words[j + 1][0].isalpha() and words[j + 1] not in self.lex.complementizers:
                        opener = ("manner", j, tt.ends[j])  # "مستدركا بالقول مطالب المحتجين مشروعة": no marks
                        break
                    j += 1
                    continue
                stopped_at = j
                break
            if j > cue.tok + 1 and w in _DASHES \
                    and (after_aside := self._dash_aside(j, j + 3 * WINDOW)) is not None \
                    and after_aside < len(tt) and (words[after_aside] in self.lex.complementizers
                                                   or self._prep_at(after_aside, lemma.preps) is not None):
                j = after_aside  # "وأضاف رئيس الوزراء - الذي قال مرارا إن ... - أن": past the aside
                limit = max(limit, self._words_after(j, 2))
                continue
            if words[j - 1] in _COMMAS and (aside_end := self._identity_aside(j)) is not None:
                j = aside_end  # "وكشف مصدر، فضل عدم الكشف عن اسمه، أن": not كشف عن
                continue
            if words[j - 1] in _COMMAS and words[j] in _RELATIVES and j > cue.tok + 1 \
                    and (aside_end := self._relative_aside_end(j)) is not None:
                j = aside_end  # "ويروي المواطن، الذي فضّل أن يُشار إليه بـ"أبو فيصل"، أن": not its أن
                continue
            if j > cue.tok + 1 and j in self.cue_at and self._is_boundary_cue(j):
                stopped_at = j
                break
            if w == "نقلا" and j + 1 < len(tt) and words[j + 1] == "عن" and relay_from is None:
                relay_from = j + 2  # "ذكرت وكالة رويترز، نقلا عن مسؤول أمريكي إن": the source speaks
                j += 2
                continue
            if w == "عن" and words[j - 1] in _ISSUED:
                j += 1  # "نشرة X الصادرة عن الاتحاد": by whom the medium is issued, no source
                continue
            relayed = "relay" in flags and self._relay_word(w, lemma.preps)
            if relayed and relay_from is None:
                relay_from = j + 1 if w in lemma.preps else j  # "نقلت عنه": the current speaker
                j += 1
                continue
            if w == "عدم" and "addressee" in flags and j > cue.tok + 2 and words[j - 1][0].isalpha():
                opener = ("obj", j, tt.starts[j])  # "ناشدت النقابة المواطنين عدم تناول": what they are urged
                break  # not to do, after whom
            start = self._prep_at(j, lemma.preps)
            before = words[j - 1]
            named_place = w[:1] == "ب" and not before.startswith("ال") and (
                self.parser.institution_head(before) is not None or before in self.lex.place_nouns)
            if start is not None and len(w) > 3 and w[0] in "لب" \
                    and (before.startswith(("ال", "وال")) or named_place) \
                    and any(words[k] == "الي" and "الي" in lemma.preps
                            or w[0] == "ب" and words[k][0] == "ب" and words[k][1:] in self.lex.complementizers
                            and (words[k - 1] in _COMMAS or named_place)
                            for k in range(j + 1, limit) if not any(tt.new_sent[j + 1 : k + 1])):
                # "دعت الهيئة العليا للاتصال ...، منتجي البودكاست إلى", "أفادت رئيسة مصلحة حفظ الصحة ببلدية
                # صفاقس، X، بأن", "أفاد مسؤول في مستشفى براك العام بأن": the subject's own words, then the
                # verb's preposition
                j += 1
                continue
            if start is not None and w == "علي" and self._on_platform(j):
                j += 1  # "مؤكدا في تغريدة على منصة إكس أن": where it was written, not أكد على
                continue
            if start is not None and not relayed:
                nxt = j + 1
                # "أعرب عن اعتقاده بأن", "أشار إلى أن": the complementizer opens the content
                for k in range(nxt, min(nxt + 3, len(tt))):
                    if words[k] in self.lex.complementizers:
                        opener = ("comp", k, tt.ends[k])
                        break
                    if not self._pronoun_noun(k):
                        break
                if opener is None and "object" in flags and j - 1 > cue.tok and self._pronoun_noun(j - 1) \
                        and not self._comp_near(j):
                    opener = ("obj", j - 1, tt.starts[j - 1])  # "أعلن تنظيم داعش مسؤوليته عن الهجوم"
                if opener is None:
                    opener = ("prep", j, start)
                if j == cue.tok + 1 and w in lemma.preps:
                    cue_end = j
                break
            j += 1
        if stopped_at is None and opener is None:
            stopped_at = j
        # ---- speaker phrase
        subj_end = opener[1] if opener is not None else (stopped_at if stopped_at is not None else j)
        post = self._postposed_quote(cue) if opener is None else None
        speaker, mention, after_subject = self._speaker(cue, subj_start, subj_end, relay_from,
                                                        opener is None and post is None)
        if post is not None:
            self._postposed(cue, post, speaker, mention, cue_end)
            return
        content_from = self._content_start(cue, opener, after_subject, subj_end)
        if opener is None and "speech" in flags and cue.prefix and after_subject == subj_start \
                and after_subject < subj_end and self._first_person(after_subject):
            content_from = after_subject  # "وقال رصدنا ...", "وأضاف سنحدد ...": the words, no marks
            flags = flags | {"object"}
        if opener is None and ("object" not in flags or content_from is None):
            return
        if opener is None and cue.form.kind == "present" and after_subject == subj_start \
                and "object" in cue.form.lemma.flags:
            return  # "ويعتبر ذلك أول مرة": an impersonal present with no subject reports nobody
        if content_from is None:
            return
        if opener is not None and opener[0] == "prep" and "label" in flags and after_subject < opener[1]:
            k = after_subject  # "وصف مهدي جمعة إمكانيات تونس من النفط بالمحدودة": the object is content
            if k < opener[1] and words[k] in _COMMAS:  # "X، أحد مؤسسي الحزب، الإعلامي ...": past it
                m = next((m for m in range(k + 1, opener[1]) if words[m] in _COMMAS), k)
                k = m if m + 1 < opener[1] else k  # "جلاد، قرار إقالته ...، بالقرار": that was the object
            while k < opener[1] and words[k] in _TRIM:
                k += 1
            if k < opener[1] and words[k][0].isalpha() and not self.parser.is_stop(words[k]) \
                    and not self.parser.pronoun_suffixed(k) and not self.tt.new_sent[k]:
                opener = ("obj", k, tt.starts[k])
        found = self._content(cue, opener, content_from)
        if found is None:
            return
        start, last, kind, skip = found
        n_words = self.word_count[last + 1] - self.word_count[start]
        if n_words < (1 if kind == "direct" or self._call_to(opener) or self._charge_of(cue, opener)
                      else MIN_REPORTED_WORDS):
            return  # "اتهمها بالضعف" labels; "داعيا الكيان إلى تفكيكه" calls for one thing
        if "topic" in flags and n_words < TOPIC_MIN_WORDS and kind != "direct":
            return  # "تحدث عن كواليسها": a topic, no claim
        marked = self._quote_of(start)
        if "label" in flags and (n_words < LABEL_MIN_WORDS or opener is None or opener[0] == "prep") \
                and not (kind == "direct" and (n_words >= 2 or self._object_suffixed(cue))) \
                and not (marked is not None and marked.open == start and self._second_label(marked)):
            return  # "وصفه بالضعف" labels; "واصفا إياه بـ"السخيف والخاطئ"" quotes the speaker's words
        cs, _ = tt.span(cue.tok, cue.tok)
        _, ce = tt.span(cue_end, cue_end)
        cs += cue.prefix and self._prefix_len(cue)
        self.found.append(_Found(start, last, kind, (cs, ce), speaker, mention, skip))
        self.claimed[cue.tok : cue_end + 1] = [True] * (cue_end + 1 - cue.tok)
        self.claimed[start : last + 1] = [True] * (last + 1 - start)

    def _said_by(self, cue: _Cue) -> None:
        """"وبناء على ما صرحت به القوبنطيني في برنامج ...، حيث تطرقت إلى": whoever said it is named and
        takes the floor, so the subjectless cues after it are hers."""
        words = self.tt.words
        j = cue.tok + 1
        while j < len(words) and words[j] in ("به", "بها", "عنه", "عنها"):
            j += 1
        ph = self.parser.parse(j, min(len(words), j + 8), guess_names=False)
        if ph is not None and ph.kind == "PER" and ph.name:
            person = self.cast.resolve(ph, self.parser.known_names)
            self.read_to = max(self.read_to, ph.end)
            if not person.hedge:
                self.cast.current = person

    def _first_person(self, k: int) -> bool:
        """Does token ``k`` open a first-person clause (رصدنا, سنحدد, نرى, لن نسمح), i.e. the speaker's own
        words reported without marks?"""
        tt = self.tt
        w = tt.words[k]
        if not w[0].isalpha() or w.startswith("ال") or self.parser.is_stop(w) and w not in ("لن", "لم", "لا"):
            return False
        if w in ("لن", "لم", "لا", "نحن", "اننا", "انني"):
            return k + 1 < len(tt) and tt.words[k + 1][:1] in "نا"
        if len(w) >= 4 and w.endswith("نا") and not self.parser.pronoun_suffixed(k):
            return True
        return len(w) >= 4 and w[:2] in ("سن", "سا") or 3 <= len(w) <= 5 and w[0] == "ن" and k + 1 < len(tt) \
            and tt.words[k + 1][0].isalpha() and not self.parser.has_tanwin(k)

    def _prefix_len(self, cue: _Cue) -> int:
        """Display length of the و/ف prefix (diacritics may follow it)."""
        tt = self.tt
        s = tt.starts[cue.tok]
        return tt.offs[s + cue.prefix] - tt.offs[s]

    def _content_start(self, cue: _Cue, opener: tuple[str, int, int] | None, k: int,
                       subj_end: int) -> int | None:
        """First content token when there is no opener: a bare object after the speaker (token ``k``)."""
        if opener is not None:
            return 0
        if "object" not in cue.form.lemma.flags:
            return None
        words = self.tt.words
        if k + 1 < subj_end and words[k] in _ADVERBIAL_PREPS and (
                words[k + 1] in self.lex.time_words or words[k + 1] == "الوقت"):
            k += 2  # "استبعد في الوقت نفسه التدخل ...": when, then the object
            if k < subj_end and words[k] in ("نفسه", "ذاته", "ذلك"):
                k += 1
        if k + 2 < subj_end and words[k] == "في" and self._place_at(k + 1):
            ent = self.parser.entities.get(k + 1)  # "أعلن المجلس الأعلى للدولة في ليبيا رفضه": where the
            k = ent[0] if ent is not None and ent[0] < subj_end else k + 2  # body is, then the object
        if k < subj_end and words[k] in _ADVERBIAL_PREPS:  # "ونفى في تصريح لـ...، ما يتم تداوله"
            c = next((m for m in range(k, min(subj_end, k + 14)) if words[m] in ("،", ",")), None)
            if c is not None:
                k = c + 1
        while k < subj_end and (words[k] in _TRIM or self.parser.is_stop(words[k])) and words[k] != "،":
            if words[k] in self.lex.complementizers:
                break
            k += 1
        while k < subj_end and words[k] in _TRIM:
            k += 1
        if 0 < k < subj_end and words[k - 1] in _COMMAS and self.parser.role_head(words[k]):
            office = self.parser.parse(k, subj_end, guess_names=False)
            if office is not None and office.kind == "ROLE" and office.end < subj_end \
                    and words[office.end] in _COMMAS:
                k = office.end + 1  # "أعلن X، رئيس هيئة الإسعاف، رفع ...": his office, then the object
        m = next((m for m in range(k + 1, min(subj_end, k + 4)) if words[m] in _COMMAS), 0) if k > 0 else 0
        if m and words[k - 1] in _COMMAS and not words[k].startswith("ال") and m + 1 < subj_end \
                and all(w[0].isalpha() and not self.parser.is_stop(w) for w in words[k:m]) \
                and words[m - 1].startswith("ال"):
            k = m + 1  # "نفى X، حكم المباراة، أي تقصير": who he is, set off, then the object
        if k + 1 < subj_end and (words[k] in self.lex.time_words or words[k + 1] in self.lex.time_words):
            c = next((m for m in range(k + 2, min(subj_end, k + 10)) if words[m] in _COMMAS), None)
            if c is not None:  # "أعلنت X، فجر اليوم الاثنين، قطع علاقاتها": when, set off, then the object
                k = c + 1
        return k if k < subj_end else None

    def _content(self, cue: _Cue, opener: tuple[str, int, int] | None,
                 content_from: int) -> tuple[int, int, str, int] | None:
        """(first token, last token, kind, characters to skip in the first token) of the content."""
        tt = self.tt
        words = tt.words
        n = len(tt.words)
        skip = 0
        if opener is None:
            first = content_from
        else:
            kind, at, start_char = opener
            if kind == "quote":
                q = self._quote_of(at)
                if q is None:
                    return None
                subj_gap = self._object_gap(cue, at)
                if subj_gap is not None:
                    first = subj_gap
                else:
                    return self._inside(q)
            elif kind == "obj":
                first = at
            else:
                first = at + 1
                if kind == "prep" and words[at] == "من" and {"addressee", "object"} <= cue.form.lemma.flags \
                        and at + 2 < n and words[at + 2][0].isalpha():
                    first = at + 2  # "طلبت الشرطة من المارة الابتعاد عن ...": whom it asks, then what it asks
                    # (not "حذر من مغبة ...": there من opens what is warned against)
                if kind == "prep" and start_char < tt.ends[at]:
                    first = at  # the preposition is a clitic: content starts inside the token
                    skip = start_char - tt.starts[at]
                while first < n and words[first] in _TRIM:
                    first += 1
                if first >= n or tt.new_sent[first] and kind != "colon":
                    return None
                if words[first] == '"':
                    q = self._quote_of(first)
                    if q is not None and self._quote_ends_clause(q) and not (
                            "label" in cue.form.lemma.flags and self._second_label(q)):
                        return self._inside(q)
        last = self._clause_end(first)
        if opener is None and cue.form.gender == "f" and cue.form.kind == "past":
            # "أعلنت X قطع علاقاتها بقطر، وأخذت قرارات ...": a bare object ends where the subject's next
            # verb (feminine past, like the cue) starts
            last = next((k - 1 for k in range(first + 1, last) if words[k] in _COMMAS
                         and self._feminine_past(words[k + 1])), last)
        if self._in_dashes(cue.tok):  # "وأضاف X - الذي قال مرارا إن ... - أن ...": the aside ends at its dash
            last = next((k - 1 for k in range(first + 1, last + 1) if self.tt.words[k] in _DASHES), last)
        if last < first:
            return None
        has_quote = any(  # each quotation once, not each of its tokens
            k >= 0 and tt.quotes[k].words > TERM_MAX_WORDS - 1 and self._statementish(tt.quotes[k])
            for k in set(tt.quote_at[first : last + 1])
        )
        colon = opener is not None and opener[0] == "colon"
        kind = "mixed" if has_quote else ("direct" if colon else "indirect")
        return first, last, kind, skip

    def _second_label(self, q: QuoteSpan) -> bool:
        """'وصفته بـ"مرشح العولمة"، وبالرجل المصرفي ...': a second label joined by وبـ follows the marks."""
        k = q.close
        words = self.tt.words
        return k is not None and k + 2 < len(words) and words[k + 1] in _COMMAS \
            and words[k + 2].startswith("وب") and len(words[k + 2]) > 4

    @staticmethod
    def _feminine_past(w: str) -> bool:
        """"وأخذت", "وقررت": و and a past verb of a feminine subject (not a plural noun: "وقرارات")."""
        return len(w) > 4 and w[0] == "و" and w.endswith("ت") and not w.endswith(("ات", "يت")) \
            and not w.startswith(("وال", "وت"))

    def _in_dashes(self, i: int) -> bool:
        """Is token ``i`` inside an aside set off by dashes that opened earlier in its sentence?"""
        tt = self.tt
        k = i - 1
        while k > 0 and not tt.new_sent[k + 1]:
            if tt.words[k] in _DASHES:
                return bool(tt.words[k - 1] not in _DASHES and tt.starts[k] > tt.ends[k - 1])
            k -= 1
        return False

    def _dash_aside(self, j: int, limit: int) -> int | None:
        """Token after the closing dash of an aside that opens at ``j`` ("رئيس الوزراء - الذي قال ... -")."""
        tt = self.tt
        if tt.words[j] not in _DASHES or j == 0 or tt.starts[j] == tt.ends[j - 1]:
            return None  # "2016-2017": a dash glued to a word joins, it sets nothing off
        for k in range(j + 1, min(limit, len(tt))):
            if tt.new_sent[k]:
                return None
            if tt.words[k] in _DASHES and tt.starts[k] > tt.ends[k - 1]:
                return k + 1
        return None

    def _statementish(self, q: QuoteSpan) -> bool:
        prev = self.tt.words[q.open - 1] if q.open > 0 else ""
        return not (len(prev) == 1 and prev in "بكلو") or q.words > TERM_MAX_WORDS + 2

    def _object_gap(self, cue: _Cue, at: int) -> int | None:
        """For object verbs, the words between speaker and quotation belong to the content."""
        if "object" not in cue.form.lemma.flags:
            return None
        ph = self.parser.parse(cue.tok + 1, at, guess_names=False)
        k = ph.end if ph is not None else cue.tok + 1
        gap = [w for w in self.tt.words[k:at]]
        if not gap or len(gap) > 4 or any(not w[0].isalpha() for w in gap) or self.parser.is_stop(gap[0]):
            return None
        return k

    def _quote_ends_clause(self, q: QuoteSpan) -> bool:
        tt = self.tt
        if q.close is None or tt.words[q.close - 1] in SENTENCE_END:
            return True  # "... بجدة." وحسب ...: the period inside the marks ends the sentence
        k = q.close + 1
        if k >= len(tt) or tt.new_sent[k]:
            return True
        w = tt.words[k]
        if w in _COMMAS and k + 1 < len(tt) and tt.words[k + 1] in _AND_THAT:
            return False  # "أكدت X أن "الوضع تحت السيطرة"، وأن الوزارة ...": a second complement goes on
        return w in SENTENCE_END or w in _TRIM or self._is_boundary_cue(k) or self._end_marker(k)

    def _inside(self, q: QuoteSpan) -> tuple[int, int, str, int] | None:
        first = q.open + 1
        last = q.close - 1 if q.close is not None else q.last
        if q.close is None:  # never closed: the writer's narrative resumes at the next sentence
            tt = self.tt
            last = next((k for k in range(first + 1, last) if tt.new_sent[k + 1]
                         and tt.words[k] in SENTENCE_END), last)
        while last >= first and self.tt.words[last] in _TRIM:
            last -= 1
        if last < first:
            return None
        return first, last, "direct", 0

    def _embedded_relative(self, first: int, j: int) -> bool:
        """"أن هذا التقرير، الذي وصفه بأنه "عار"، لا يتضمن ...": a relative cue set off by a comma after
        the first words of the content qualifies the reported clause's subject; the clause goes on after
        it (a relative on a later noun, "ضرورة تجاوز هذا الأمر الذي وصفه بـ"..."", is its own quotation)."""
        words = self.tt.words
        return j - 2 > first and words[j - 1] in _RELATIVES and words[j - 2] in _COMMAS \
            and self.word_count[j - 1] - self.word_count[first] <= 3

    def _clause_end(self, first: int) -> int:
        """Last token of the reported clause that starts at ``first``."""
        tt = self.tt
        words = tt.words
        n = len(tt.words)
        stops = self.stops
        j = first
        last = first
        comps = self.lex.complementizers
        nominal = not (first > 0 and words[first - 1] in comps or words[first] in comps
                       or words[first][1:] in comps)
        while j < n:
            k = stops[i] if (i := bisect_left(stops, j)) < len(stops) else n
            if k > j:  # ordinary words up to the next stop: the clause goes on
                last, j = k - 1, k
                if j >= n:
                    break
            if j > first and tt.new_sent[j]:
                break
            w = words[j]
            q = self._quote_of(j)
            if q is not None:
                last = q.close if q.close is not None else q.last
                if q.close is None or words[q.close - 1] in SENTENCE_END:
                    break  # "... بجدة." : the period inside the marks ends the clause
                j = last + 1
                if j < n and self._adverbial_participle(j):
                    break  # "... "مستقر عليه منذ عهد النبي" معارضة بذلك ...": the writer's gloss
                continue
            if w in SENTENCE_END and not self._decimal_point(j) or w == ":" and j > first:
                break  # not the point of "1.8 مليون"
            if j > first and words[j] in _COMMAS and j + 1 < n and self.phrase_start[j + 1] \
                    and self._phrase_at(j + 1, self.lex.attribution_index):
                break  # "...، بحسب ما أوردت الشبكة": the source of what precedes
            if j > first and w == _AND_NOT and nominal:
                break  # "تعهد بمواصلة القتال ... ولم يبد أي علامة": not "قال إنه ... ولم يتلق"
            if j > first and j + 1 < n and words[j + 1] == "بذلك":
                break  # "... لتبدد بذلك المخاوف": the writer's comment on what was said
            if j > first and (self._is_boundary_cue(j) and not self._embedded_relative(first, j)
                              and not self._content_predicate(first, j)
                              or self._end_marker(j) or self._turn_at(j)):
                if j - 1 > first and (words[j - 1] in _CLAUSE_JOINERS or words[j - 1] in _RELATIVES):
                    last = min(last, j - 2)  # "... الوضع السياسي الذي وصفه بـ": not the relative
                elif j - 2 > first and (words[j - 2], words[j - 1]) == _WHEREAS:
                    last = min(last, j - 3)  # "...، في حين ذكرت": not the conjunction
                elif j - 2 > first and words[j - 1] in _THAT_HE and words[j - 2] in _BUT_THAT:
                    last = min(last, j - 3)  # "...، إلا أنه نوه": not the conjunction
                elif j - 2 > first and words[j - 1] == "ان" and words[j - 2] in _BEFORE_AFTER:
                    last = min(last, j - 3)  # "...، قبل أن تتساءل": not the conjunction
                break
            if j > first and words[j] in _BUT_HE and not (j + 1 < n and words[j + 1] in _PREPOSITIONS):
                break  # "... اقتصاديا لكنه رجح ...", "تغير لكنه أثار ...": the writer's narrative resumes
                # (not "الحزب مع المصالحة لكنه ضد قانون ...", "قائم، لكنه في مستوى ...": the claim goes on)
            if j > first and words[j] in _CLAUSE_JOINERS and j + 1 < n and self._is_boundary_cue(j + 1) \
                    and not self._content_predicate(first, j + 1):
                break
            last = j
            j += 1
        while last > first and (words[last] in _TRIM or words[last] in _CLAUSE_JOINERS):
            last -= 1
        return last

    def _charge_of(self, cue: _Cue, opener: tuple[str, int, int] | None) -> bool:
        """"اتهمها بالضعف": a charge whose target is a pronoun on the verb, the preposition right after it."""
        return opener is not None and opener[0] == "prep" and opener[1] == cue.tok + 1 \
            and "addressee" in cue.form.lemma.flags and self._object_suffixed(cue)

    def _call_to(self, opener: tuple[str, int, int] | None) -> bool:
        """Is the content opened by إلى ("دعا ... إلى تفكيكه")?"""
        return opener is not None and opener[0] == "prep" and self.tt.words[opener[1]] in ("الي", "لي")

    def _relative_verb(self, cue: _Cue) -> bool:
        """"ناشطات ... اللاتي طالبن باختيار ...": right after a relative, a strict spelling is the verb; so
        after a statement noun and before its resumptive ("نشرت بلاغا ذكرت فيه أن ...")."""
        if "strict" not in cue.form.lemma.flags or cue.form.kind != "past" or cue.prefix or cue.tok == 0:
            return False
        words = self.tt.words
        return words[cue.tok - 1] in _RELATIVES or cue.tok + 1 < len(words) \
            and words[cue.tok + 1] in _RESUMPTIVES and self._statement_word(cue.tok - 1)

    def _content_predicate(self, first: int, j: int) -> bool:
        """"أن أحد كبار رجال الأعمال كان قد تحدث في تصريح ...": a cue after كان / قد that follows the
        reported clause's own subject (a few words, no comma, no verb) is that clause's predicate."""
        words = self.tt.words
        k = j - 1
        while k > first and words[k] in _AUX:
            k -= 1
        if k == j - 1 or k < first or first == 0 or words[first - 1] not in self.lex.complementizers:
            return False
        return k - first < 8 and not any(words[m] in _TRIM or m in self.cue_at for m in range(first, k + 1))

    def _decimal_point(self, j: int) -> bool:
        """Is the point at token ``j`` glued between two digits ("1.8 مليون")?"""
        tt = self.tt
        s, e = tt.starts[j], tt.ends[j]
        return w_inside(tt.norm, s, e) and tt.norm[s - 1].isdigit() and tt.norm[e].isdigit()

    def _phrase_at(self, j: int, index: dict[str, tuple[tuple[int, list[str]], ...]]) -> int:
        """Length of the phrase of one kind (``index``: `QuoteLexicon.turn_index`, ...) at ``j``, or 0."""
        words = self.tt.words
        for k, rest in index.get(words[j], ()):
            if words[j + 1 : j + k] == rest:
                return k
        return 0

    def _adverbial_participle(self, j: int) -> bool:
        """"معارضةً", "مضيفا": an indefinite participle (م...ا / م...ة) opens a circumstantial clause."""
        w = self.tt.words[j]
        return len(w) >= 5 and w[0] == "م" and w[-1] in "اه" and not self.parser.is_stop(w)

    def _end_marker(self, j: int) -> bool:
        if self.tt.words[j] in _TRIM and j + 1 < len(self.tt.words):
            j += 1
        return self.phrase_start[j] and self._phrase_at(j, self.lex.end_marker_index) > 0

    def _turn_at(self, j: int) -> bool:
        return self.phrase_start[j] and self.tt.words[j - 1] in _TRIM and \
            self._phrase_at(j, self.lex.turn_index) > 0

    # ---- speakers -----------------------------------------------------------------------------
    def _turn_before(self, i: int) -> bool:
        """Does a turn phrase open the clause of the cue at ``i`` ("من جهتها، أكدت"; not "نفى أي تقصير من
        جانبه، وقال", where it ends an object)?"""
        starts, words, new_sent = self.phrase_start, self.tt.words, self.tt.new_sent
        return any(self._phrase_at(k, self.lex.turn_index) for k in range(max(0, i - 4), i)
                   if starts[k] and (k == 0 or new_sent[k] or words[k - 1] in _TRIM))

    def _speaker(self, cue: _Cue, a: int, b: int, relay_from: int | None,
                 no_opener: bool) -> tuple[Person | None, tuple[int, int] | None, int]:
        """The cue's speaker, its mention, and the token after the speaker phrase."""
        parser = self.parser
        cast = self.cast
        flags = cue.form.lemma.flags
        ph: Phrase | None = None
        after = a
        if relay_from is not None:
            medium = parser.parse(a, relay_from, guess_names=False) if a < relay_from - 1 else None
            if medium is not None and medium.kind == "ORG":  # "نقلت صحيفة عكاظ عن مصدر": for "الصحيفة" later
                cast.resolve(medium, parser.known_names)
            ph = parser.parse(relay_from, b, guess_names=True)
            if ph is not None and ph.kind in ("ROLE", "PER"):  # "عن رئيس الوفد البنغالي، X، قوله"
                ph = self._closing_name(ph, b) or ph
            if ph is None and cue.prefix and self.tt.words[cue.tok][0] == "ف":
                ph = self._topic(cue.tok)  # "أما التاجر سامر قباني، فنقل عنه موقع محلي قوله": the fronted one
            if ph is None:  # "نقلت عنه قوله": the current speaker
                p, m = self._current()
                return p, m, after
        elif cue.form.kind != "participle" and cue.form.form not in self.lex.manner:
            guess = not no_opener and "addressee" not in flags
            words = self.tt.words
            while a < b and (words[a] in _ADVERBS or words[a] in _TRIM or words[a] in self.lex.time_words):
                a += 1
            if a + 2 < b and words[a] == "كل" and words[a + 1] == "من":
                a += 2  # "أعلنت كل من السعودية والإمارات ...": each of the coordinated speakers
            k = self._phrase_at(a, self.lex.turn_index) if a < b else 0
            if k:
                a += k
                while a < b and words[a] in _TRIM:
                    a += 1
            after = a
            titled = a < b and words[a] in self.lex.titled_pronouns
            p = self.cast.current if titled else None  # "وأشار معاليه إلى": his excellency, the one
            if titled and (p is None or p.kind == "ORG"):  # holding the floor; "..., وفق ما نقلته قنا.
                gender = "f" if words[a].endswith("ها") else "m"  # وقالت سعادتها": a person, not the agency
                p = max((x for x in cast.people if x.kind == "PER" and x.last < a and x.gender != (
                    "m" if gender == "f" else "f")), key=lambda x: x.last, default=p)
            if p is not None:
                self.read_to = max(self.read_to, a + 1)
                return p, p.mention, a + 1
            # "وكانت الوزارة قد أعلنت رفع ...": after قد too the subject may have come first
            late = guess and not cue.prefix and (not self._clause_initial(cue) or words[cue.tok - 1] == "قد")
            first = self._subject_before(cue.tok) if late else None
            if first is not None and (first.known or first.kind != "PER") \
                    and parser.parse(a, b, guess_names=False) is None:
                guess = False  # "وكان فريق حملة ماكرون أعلن مساء الجمعة حصول ...": the subject came first
            ph = parser.parse(a, b, guess_names=guess, article_names=guess)
            if ph is None and guess and a < b and words[a].startswith("ال") and len(words[a]) > 4 \
                    and words[a] in self.lex.given_names and not parser.is_stop(words[a]) \
                    and not parser.role_head(words[a]) and (a + 1 == b or words[a + 1] in self.lex.adverbs):
                ph = Phrase(a, a + 1, "PER", (words[a],), (a, a + 1))  # "وأضاف الطاهر بلهجة غاضبة:"
            if (ph is None or ph.kind == "PER" and not ph.known or ph.end == a + 1) and a + 1 < b \
                    and words[a] in self.lex.source_nouns:
                # "وتشير بيانات إدارة معلومات الطاقة", "كشفت إحصائية صادرة عن وزارة العدل أن", "وأفاد بلاغ
                # للإدارة الجهوية للجمارك بأن": who issued it speaks
                issued = a + 3 < b and words[a + 1] in _ISSUED and words[a + 2] == "عن"
                of = not issued and words[a + 1].startswith("لل") and len(words[a + 1]) > 4
                sub = parser.parse(a + 3 if issued else a + 1, b, guess_names=False) if not of else \
                    self._of_body(a + 1, b)
                if sub is not None and sub.kind in ("ORG", "ROLE", "PER"):
                    ph = sub
            if ph is not None and ph.kind == "PER" and not ph.known and ph.head is None \
                    and _OBJECT_FLAGS & flags and not parser.listed_name(ph.name):
                ph = None  # "وانتقد أداء الوزير", "وصف حزبي البديل وآفاق بـ": the object, no name of anyone
            elif ph is not None and ph.kind == "PER" and not ph.known and ph.head is not None \
                    and ph.name_span is not None and ph.name_span[0] > ph.start \
                    and words[ph.name_span[0] - 1] not in _COMMAS and _OBJECT_FLAGS & flags \
                    and not parser.listed_name(ph.name) and not parser.given_name_at(ph.name_span[0]) \
                    and not (ph.name_span[1] < len(words)
                             and words[ph.name_span[1]] in self.lex.complementizers):
                # "وأكد متحدث باسم الشرطة سقوط قتلى": the role, then its object, not a name; but right
                # before the complementizer the words are no object ("وأكد وزير الخارجية النيجيري تشيدي
                # أديوالي أن": a name no list knows)
                ph.drop_name(words)
            if ph is not None and (ph.kind in ("ORG", "ROLE") or not ph.known) and self._to_whom(a):
                after, ph = ph.end, None  # "قالت لقناة ... إنه", "صرح لصحيفة ...": whom it was said to
            if a < b and (words[a] in _ONE_OF_THEM or ph is None and (
                    words[a].startswith("ال") and not parser.is_stop(words[a]) or words[a] in ONE)):
                # "ويقول أحدهم، علي حمود، إن", "وقال أحد منظمي التظاهرة، X،", "وقال الاقتصادي الكويتي بدر
                # العتيبي إن": one of a group or a description no list holds, then the name
                described = Phrase(a, a + 1, "ROLE", gender=_ONE_OF_THEM.get(words[a], ""))
                ph = self._closing_name(described, b) or ph
            elif a + 2 < b and (ph is None and words[a + 1] in _COMMAS
                                or ph is not None and ph.kind == "ORG"):
                # "تقول والدته، هبة عبد الرازق، إن", "وقالت مؤسسة الجمعية، عبير فهمي، ...": the one named
                # between commas after a relative or a body's founder
                end = a + 1 if ph is None else ph.end
                ph = self._closing_name(Phrase(a, end, "ROLE"), b, between_commas=True) or ph
            if ph is None and not guess and a < b:  # "وطالب أحمدي نجاد، ترامب بـ...": subject, then a comma
                stop = parser.name_run(a, b, allow_article=True)
                if a < stop < b and words[stop] in ("،", ",") \
                        and not (words[a].endswith("ا") and not parser.listed_name((words[a],))):
                    # not "فقد أبدى تحفظا، وقال": an accusative object (-ا) before the comma
                    ph = Phrase(a, stop, "PER", tuple(words[a:stop]), (a, stop))
            bare_role = ph is not None and ph.kind == "ROLE" and ph.end == a + 1 \
                and not words[a].startswith("ال")
            if (ph is None or bare_role) and a + 2 < b and words[a] in self.lex.given_names \
                    and words[a + 1] in _COMMAS and words[a + 2] in _AND_HE \
                    and not (words[a].startswith("ال") and parser.role_head(words[a])):
                # (أمينة too: a role noun without the article, alone before the aside, is a name)
                ph = Phrase(a, a + 1, "PER", (words[a],), (a, a + 1))  # "وقال الطاهر، وهو من أهالي X، إن"
            elif (ph is None or ph.kind == "PER" and ph.name_span is not None and ph.name_span[0] > a + 1) \
                    and a + 3 < b and words[a] in self.lex.given_names and words[a + 1] in _COMMAS \
                    and parser.role_head(words[a]) is None and words[a + 2][0].isalpha() \
                    and not parser.is_stop(words[a + 2]) and words[a + 2] not in self.lex.cue_words:
                # "ويقول رياض، طالب ماستر في الإعلام الآلي بليون:", "ويقول الطاهر، قارئ عدادات منذ 19 سنة:":
                # her name, then who she is
                ph = Phrase(a, a + 1, "PER", (words[a],), (a, a + 1))
            elif (ph is None or ph.kind == "ROLE" and not ph.name and ph.end <= a + 2) and a + 2 <= b \
                    and words[a].startswith("ال") and not parser.is_stop(words[a]) and len(words[a]) > 4 \
                    and words[a + 1] not in _CONTENT_PREPS and words[a + 1] not in self.lex.maqsura_stops \
                    and words[a + 1] not in self.lex.nationalities \
                    and words[a + 1] in self.lex.given_names and (
                        a + 3 < b and words[a + 2] in _COMMAS and (words[a + 3] in _AND_HE
                                                                   or words[a + 3] in _RELATIVES)
                        or a + 2 == b and b < len(words) and words[b] in self.lex.complementizers):
                # "وقالت المستأجرة روان، وهي موظفة ...، إنها", "وتقول المتدربة شيخة إنها", "أوضحت المترشحة
                # أميرة، وهي طالبة ...": a description, then her given name (a title too: أميرة، شيخة)
                ph = Phrase(a, a + 2, "PER", (words[a + 1],), (a + 1, a + 2))
            if ph is None and a < b and guess:
                ph = self._surname(a, b)
            if ph is None and a < b:
                ph = self._so_called(a, b)
            if ph is None:
                ph = self._fronted_topic(cue)
            if ph is None and a < b and self.tt.words[a] in _RESUMPTIVES and (
                    a + 1 >= b or self.parser.parse(a + 1, b, guess_names=False) is None
                    and self.tt.words[a + 1] not in _LATTER):
                holder = self._occasion_holder(cue)  # "عقد الوزير لقاء صحفيا ...، أكد خلاله أن"
                if holder is not None:
                    cast.current = holder
                    return holder, holder.mention, a + 1
            if ph is None and cue.tok > 0 and self._document_word(cue.tok - 1):
                issuer = self._issuer(cue.tok - 1)  # "وأصدرت جماعة زنكي ... بيانا قالت فيه"
                if issuer is not None:
                    cast.current = issuer
                    return issuer, issuer.mention, after
            rel = cue.tok - 1
            while rel > cue.tok - 3 and rel > 0 and words[rel] in _AUX:
                rel -= 1  # "، الذي كان قد أكد": the relative before the auxiliaries
            if ph is None and not cue.prefix and cue.tok > 0 and words[rel] in _RELATIVES:
                # "انتقد ... "الديمقراطية" التي وصفها بأنها": the antecedent is the verb's object (ها),
                # the speaker whoever holds the floor
                # "في تونس، التي قال إنها": a masculine verb after التي does not have it as subject
                disagrees = cue.form.gender == "m" and words[rel] == "التي" \
                    or cue.form.gender == "f" and words[rel] == "الذي"
                ph = None if self._object_suffixed(cue) or disagrees else self._antecedent(rel)
            elif ph is None and not cue.prefix:
                ph = self._subject_before(cue.tok) or self._kana_subject(cue.tok)
            two = self._dual_names(a, b) if ph is None and a + 1 < b and self._dual_role(a) else None
            if two is not None:
                # "وطالب النائبان (عن البصرة) X وY الوزارة بـ": a role of two the parser does not read,
                # perhaps where they serve, and their names
                ph = Phrase(a, two[1], "PER", tuple(words[two[0] : two[1]]), two, gender="p")
            if ph is not None and ph.end < b and (ph.kind == "ROLE" and not ph.name or ph.end == ph.start + 1
                                                  and words[ph.start].endswith(("ان", "ين"))
                                                  and parser.role_head(words[ph.start][:-2]) is not None) \
                    and (pair := self._name_pair(ph.end, b)) is not None:
                # "وقال الطالبان محمد وعثمان، وهما ...، إنهما": two named after a role of two
                ph = Phrase(ph.start, pair, "PER", tuple(words[ph.end : pair]), (ph.end, pair), head=ph.head,
                            gender="p")
            elif ph is not None and ph.kind == "ROLE" and ph.name_span is not None and ph.end < b \
                    and self._dual_role(ph.start) \
                    and (pair := self._name_pair(ph.name_span[0], b)) is not None and pair > ph.end:
                # "وطالب النائبان X وY وزارة التربية": the role of two took the first name only
                a0 = ph.name_span[0]
                ph = Phrase(ph.start, pair, "PER", tuple(words[a0:pair]), (a0, pair), head=ph.head,
                            gender="p")
            if ph is not None and ph.kind == "ROLE" and ph.name == () and ph.end < b:
                ph = self._apposition(ph, b) or ph
            if ph is not None and ph.kind in ("ROLE", "PER"):
                closed = self._closing_name(ph, b)
                grown = closed is not None and ph.known and closed.name_span is not None \
                    and ph.name_span is not None and closed.name_span[0] == ph.name_span[0]
                if closed is not None and not (grown and "addressee" in flags and any(
                        words[k] not in self.lex.person_names for k in range(ph.end, closed.end))):
                    ph = closed  # (not "أرجع المهاجم [X] الخسارة إلى": a tagged name grows into no object)
            if no_opener and ph is not None and ph.head and ph.name_span and not ph.known \
                    and self._written_taa(ph.name_span[0]) and words[ph.name_span[0] - 1] not in _COMMAS:
                # "أعلن الرئيس الفرنسي حالة الطوارئ": the object, not a name (but "رئيسة الجمعية، ألفة
                # الزواري،": set off by commas, a name)
                ph.drop_name(words)
            if "addressee" in flags and not cue.prefix and words[cue.tok - 1] == "قد":
                before = self._subject_before(cue.tok)
                if before is not None:  # "وكان X، ...، قد أبلغ مجلس المحافظين أن": the subject came first,
                    ph = before  # whom he told follows the verb
            if ph is not None and "addressee" in flags and ph.kind in ("ROLE", "ORG") \
                    and self._coordinated(cue):
                ph = None  # "وطالبت حداد ...، ودعت الأهالي إلى": a coordinated call shares its subject; the
                # noun after it is whom it calls on
            if ph is not None and "addressee" in flags:
                ph = self._addressed_name(ph)
                last = words[ph.end - 1]
                if ph.kind == "ROLE" and not ph.name and ph.end - ph.start > 2 and last.startswith("ال") \
                        and last.endswith(("ين", "ون")) and not words[ph.end - 2].startswith(("ل", "ب")) \
                        and words[ph.end - 2] != "من":
                    ph.end -= 1  # "وحث المدير العام المواطنين على": whom he urges, after the role (not in
                    # "حذر عدد من المهندسين من": the group itself)
                    if ph.portfolio is not None and ph.portfolio in last:
                        ph.portfolio = None
            if ph is not None:
                after = ph.end
                while after < b and len(words[after]) > 3 and words[after][0] == "و" and (
                        words[after][1:] in self.lex.countries
                        or words[after][1:] in self.lex.institution_index):
                    after += 1  # "أعلنت السعودية والإمارات والبحرين ومصر، ... قطع": the coordinated speakers
            if ph is not None and "addressee" in flags and ph.kind == "ORG" and ph.end == b \
                    and len(ph.name) < 4 and not self.tt.new_sent[cue.tok] \
                    and words[cue.tok - 1] not in _DASHES \
                    and not self._turn_before(cue.tok) and not self._after_fronted_phrase(cue):
                # "فيما طالب موسكو باستخدام نفوذها": whom the speaker addresses; after "من جهتها،" the
                # turn passes, and the noun is the new speaker, as after a dateline ("عمان - دعت جمعية ...")
                ph = None
            if ph is not None and {"addressee", "object"} & flags and self._disagrees(cue, ph):
                ph = None  # "ودعا الحكومة التونسية إلى": a feminine noun after a masculine verb is its object
        gender = cue.form.gender
        self_end = 0  # "وأوضح المصدر نفسه", "المتحدث ذاته": the token after the word "self"
        if ph is not None and ph.kind == "ROLE" and not ph.name:
            words = self.tt.words
            if ph.end < len(words) and words[ph.end] in _SELF:
                self_end = ph.end + 1
            elif words[ph.end - 1] in _SELF:
                self_end = ph.end
        if ph is not None and self_end:
            same = self.source or cast.current  # "وأوضح المصدر نفسه", "المتحدث ذاته": the one named before
            if same is not None:
                self.read_to = max(self.read_to, self_end)
                cast.current = same
                return same, same.mention, self_end
        if ph is not None:
            group = ph.kind == "ROLE" and ph.gender == "p"
            if (group or ph.kind == "ORG") and not ph.name_span and ph.end < b:
                ph.end = self._through_place(ph.end, b, group)
            self.read_to = max(self.read_to, ph.end)
            self._note_institution(ph)
            person = cast.resolve(ph, parser.known_names)
            verb = cue.form.kind in ("past", "present") and relay_from is None
            if gender and verb and person.kind != "ORG" and person.gender != "p":
                person.gender = gender  # the latest verb it is the subject of
            if not person.hedge:
                cast.current = person
            return person, person.mention, after
        subject = self.tt.words[a] if a < b else ""  # a role of two, nominative: الشقيقان, not المواطنين
        dual_subject = cue.form.kind in ("past", "present") and subject.startswith("ال") \
            and subject.endswith("ان") and self._dual_role(a)
        if (self._dual_verb(cue) or dual_subject) and (both := self._last_pair(cue.tok)) is not None:
            # "وقالا", "وأضافتا", "يقولان", "وقال الشقيقان": the two named last, not a group named since
            cast.current = both
            return both, both.mention, a + 1 if dual_subject else after
        if self._turn_before(cue.tok):  # "من جهتها، أكدت": the last other person the verb agrees with
            other = cast.last_other(cue.tok, gender if cue.form.kind in ("past", "present") else "")
            if other is not None:
                cast.current = other
                return other, other.mention, after
        p = self._sentence_subject(cue) or self._previous_subject(cue, gender)
        if p is not None:
            cast.current = p = self._named_before(p)
            return p, p.mention, after
        cur = cast.current
        if cue.form.kind == "participle" and (gender == "m" or cur is not None and cur.gender == "p"):
            gender = ""  # "مضيفا" and "مصادر ... مضيفة" agree with anyone; "كاشفة", "مؤكدين" do not
        p = cast.compatible(gender if cue.form.kind in ("past", "present", "participle") else "", cue.tok)
        if p is None:  # nobody has spoken yet: the person mentioned last ("... أصدره الرئيس ترامب وقال إنه")
            p = cast.last_other(cue.tok, gender)
        if p is None:
            return None, None, after
        cast.current = p = self._named_before(p)
        return p, p.mention, after

    def _dual_verb(self, cue: _Cue) -> bool:
        """Is the cue a verb in the dual ("قالا", "أكدتا", "يقولان"; not "قالوا", nor a participle)?"""
        w = self.tt.words[cue.tok]
        return cue.form.kind == "past" and w.endswith("ا") and not w.endswith("وا") \
            or cue.form.kind == "present" and w.endswith("ان") and cue.form.gender in ("m", "f")

    def _last_pair(self, before: int) -> Person | None:
        """The two people named together last before token ``before`` ("رامي وعلاء الزعبي", not "محمد
        وليد": the given name after و is not itself one)."""
        names = self.lex.given_names
        return max((p for p in self.cast.people if p.kind == "PER" and p.last < before and not p.aside
                    and any(w[0] == "و" and w[1:] in names and w not in names for w in p.name[1:])),
                   key=lambda p: p.last, default=None)

    def _disagrees(self, cue: _Cue, ph: Phrase) -> bool:
        """Can ``ph`` not be the subject of the verb before it? A verb agrees with a singular feminine
        subject that follows it (قالت الحكومة), so a masculine verb's feminine noun (ة written on its
        head: الحكومة, الخارجية) is its object. Persons' names (حمزة, أسامة) are not judged. Nor is a
        plural in -ين (طالب المزارعين ب): the subject would be in -ون."""
        if cue.form.kind not in ("past", "present") or ph.kind not in ("ORG", "ROLE") or ph.head is None:
            return False
        if ph.kind == "ROLE" and ph.gender == "p" and self.tt.words[ph.start].endswith("ين"):
            return True
        return cue.form.gender == "m" and self._written_taa(ph.start) \
            and ph.gender != "p"  # "ويطالب القراصنة": a plural of persons in ة agrees with it

    def _to_whom(self, k: int) -> bool:
        """Is token ``k`` an institution or role with the preposition لـ (لقناة, للصحفيين), or لـ before a
        name in marks (لـ"عكاظ")?"""
        words = self.tt.words
        w = words[k]
        if w == "ل" and k + 1 < len(words) and words[k + 1] == '"':
            return True
        if w[:1] != "ل" or len(w) < 4:
            return False
        lex = self.lex
        inst = lex.institution_index.get(w)
        if inst is not None and not w.startswith(inst) and not w.startswith("ال" + inst):
            return True
        return w.startswith("لل") and (w[2:] in lex.roles or w[2:] in lex.institutions) \
            or w.endswith("نا") and (w[1:-2] in lex.role_index or self.parser.institution_head(w[1:-2])
                                     is not None)  # "وتقول لمراسلنا:", "قال لموقعنا إن": to our reporter

    def _sentence_subject(self, cue: _Cue) -> Person | None:
        """A cue with no subject of its own, inside a sentence that named its speaker first:
        "وقدم الرئيس التنفيذي، أوسكار مونوز، اعتذارا ...، قائلا" and "شكك X في ...، وقال" (the subject of the
        opening verb), "وفي بيان نشره جون كلود دوفور ...، قال" (who issued the statement)."""
        tt = self.tt
        s0 = self._sentence_start(cue.tok)
        if s0 == cue.tok or cue.prefix and cue.form.kind != "participle" and s0 + 1 >= cue.tok:
            return None
        words = tt.words
        if words[s0] == "و" and s0 + 1 < cue.tok:  # "و في بيان": the conjunction written apart
            s0 += 1
        if words[s0] in _CIRCUMSTANCE_OPENERS:  # "في وسط البلد، يجلس أبو محمد في مكتب ...، ويقول": the
            # present-tense verb after the fronted place
            c = next((k for k in range(s0 + 1, min(cue.tok, s0 + _CIRCUMSTANCE_MAX)) if words[k] in _COMMAS),
                     cue.tok)
            if c + 3 < cue.tok and words[c + 1] in _NEGATIONS:
                c += 1  # "وفي السوق، لم يخف أبو وليد ... تذمره قائلا": the verb after the negation
            v = words[c + 1] if c + 2 < cue.tok and c + 1 not in self.cue_at else ""
            if v and v[0].isalpha() and not v.startswith("ال") and not self.parser.is_stop(v) \
                    and v not in self.lex.person_names and self.parser.institution_head(v) is None \
                    and self.parser.role_head(v) is None:
                s0 = c + 1  # "وفي مقهى شعبي بالمحرق، علّق بو يوسف، ...، قائلا"
        topic = self._topic_name(s0, cue)
        if topic is not None:
            return topic
        turn = self._phrase_at(s0, self.lex.turn_index)  # "من جانبه تحدث X عن ...، مشيرا": the verb after it
        s0 += turn
        while turn and s0 + 1 < cue.tok and words[s0] in _COMMAS:
            s0 += 1  # "في المقابل، شكك X ...": the verb after the turn's comma
        opener = self.cue_at.get(s0)
        if opener is not None and "relay" in opener.form.lemma.flags:
            return None  # "نقلت وكالة X عن Y ...، مشيرا": the medium relays, its source speaks
        doc = s0 + 1 if words[s0] in ("في", "وفي") and s0 + 1 < cue.tok and self._document_word(s0 + 1) \
            else None
        if doc is not None:
            lo, hi = doc + 1, cue.tok
        elif (cue.form.kind == "participle" or not self._clause_initial(cue)
              or words[cue.tok - 1] in _EXPLAIN or self._coordinated(cue) or self._in_statement(cue)) \
                and s0 + 1 < cue.tok and (turn or words[s0] not in self.lex.cue_words) \
                and not self._prepositional(words[s0]):
            lo, hi = s0 + 1, s0 + (3 if turn else 4)  # the subject right after the sentence's first verb
            if words[lo] in _PREPOSITIONS:
                return None  # "وتعمل في الجمعية ... جوليا روسي، التي تقول ...، وتضيف": where, no subject
        else:
            return None
        best: Person | None = None
        for p in self.cast.people:
            if lo <= p.last < min(hi, cue.tok) and (best is None or p.last < best.last):
                best = p
        ph = self.parser.untagged_subject(lo, cue.tok) if best is None and words[s0] in _KANA else None
        if best is None and ph is None and doc is None \
                and (cue.form.kind == "participle" or self._coordinated(cue) or self._in_statement(cue)) \
                and not any(k in self.cue_at for k in range(s0, cue.tok)):
            # "رفعت وكالة فيتش النظرة ...، مرجحة أن", "عزت هيئة X التأخير إلى ...، وأكدت أن": a body named
            # as the subject of the opening verb
            ph = self.parser.parse(lo, cue.tok, guess_names=False)
            if ph is not None and (ph.kind != "ORG" or ph.head is None or len(ph.name) < 2):
                ph = None
        if ph is not None:  # "وكان عماد الطرابلسي استعرض ...، إذ أشار": a name the tagger missed
            best = self.cast.resolve(ph, self.parser.known_names)
        if best is not None and words[cue.tok - 1] in _EXPLAIN and best.gender and cue.form.gender \
                and best.gender != cue.form.gender:
            return None  # "وكان X أفاد ... بناء على ما صرحت به النائبة ...، حيث تطرقت": not his verb
        return best

    def _in_statement(self, cue: _Cue) -> bool:
        """Is the cue a verb of the statement just named, with "فيه" after it ("أصدرت الرابطة بيانا أكدت
        فيه أن"): the statement's issuer, the subject of the sentence's first verb, speaks."""
        words = self.tt.words
        k = cue.tok
        return k > 0 and k + 1 < len(words) and words[k + 1] in ("فيه", "فيها") \
            and self._document_word(k - 1)

    def _topic_name(self, s0: int, cue: _Cue) -> Person | None:
        """"أبو العبد، صاحب محل ...، تعرّف على ...، وقال": a known name set off by a comma at the head of the
        sentence is its subject, for a coordinated or participle cue after the first verb."""
        words = self.tt.words
        a = s0 + 1 if words[s0] in _OPENING_BUT else s0
        if a + 2 >= cue.tok or not (cue.form.kind == "participle" or self._coordinated(cue)
                                    or cue.form.form in self.lex.manner):
            return None
        if words[a] in _AS_FOR:  # "أما المكلف، المعروف بـ"التيكي"، فاكتفى بالقول", "أما "الأشقر"، كما
            # يعرفه زبائنه، فيشتري ...، ويقول": the topic read with its ف, whatever verb that is
            fa = next((k for k in range(a + 2, cue.tok) if words[k] in _FA_AUX
                       or len(words[k]) > 3 and words[k][0] == "ف" and words[k - 1] in _COMMAS), None)
            topic = self._topic(fa) if fa is not None else None
            return self.cast.resolve(topic, self.parser.known_names) if topic is not None else None
        ph = self.parser.parse(a, cue.tok, guess_names=False)
        if ph is None or ph.kind != "PER" or not ph.known or ph.start != a or words[ph.end] not in _COMMAS:
            return None
        return self.cast.resolve(ph, self.parser.known_names)

    def _named_before(self, p: Person) -> Person:
        """"لكن بوناصر، صاحب ورشة ...، يقول": an unnamed holder described between commas right after the
        name that opens the sentence is the one named; the name goes to the holder."""
        words = self.tt.words
        s0 = self._sentence_start(p.last)
        c = p.last - 1
        if c > s0 + 1 and words[c] not in _COMMAS:
            c -= 1  # "أبو العبد، صاحب محل حلويات": the title before the holder's description
        if p.kind != "ROLE" or c <= s0 or words[c] not in _COMMAS:
            return p
        a = s0 + 1 if words[s0] in _OPENING_BUT else s0
        ph = self.parser.parse(a, c, guess_names=True) if a < c and words[a] not in _AS_FOR else None
        if ph is None or ph.kind != "PER" or ph.start != a or ph.end != c or ph.name_span is None:
            return p
        p.kind, p.name, p.display = "PER", ph.name, self.cast.name_display(ph)
        self.parser.known_names.update(w for w in ph.name if len(w) > 1)
        return p

    def _previous_subject(self, cue: _Cue, gender: str) -> Person | None:
        """"... "إنه طباخ ماهر". إلا أن أسامة العابد ينوي الرحيل ... . وقال": a sentence with no cue that
        opens on someone who spoke before hands him the floor back for the subjectless cue after it."""
        words = self.tt.words
        s0 = self._sentence_start(cue.tok)
        if s0 == 0 or cue.tok != s0 or cue.form.kind not in ("past", "present"):
            return None
        prev = self._sentence_start(s0 - 1)
        if any(k in self.cue_at for k in range(prev, s0)):
            return None
        k = prev + (words[prev] == "و")
        if words[k] in _BUT_THAT and k + 1 < s0 and words[k + 1] == "ان" or words[k] in _SUBJECT_LEADS:
            k += 1 + (words[k] in _BUT_THAT)  # "إلا أن X", "لكن X"
        cur = self.cast.current
        for p in self.cast.people:
            if p.last == k and p is not cur \
                    and (not gender or not p.gender or p.gender == gender):
                return p
        # "ففي مطعم في جونية، يعمل إيلي نادلا منذ عشر سنوات. ويروي أن": a named person, the subject of that
        # sentence's present-tense verb
        first = min((p for p in self.cast.people if prev < p.last < s0), key=lambda p: p.last, default=None)
        if first is not None and first is not cur and first.kind == "PER" and first.name \
                and self._present_verb(words[first.last - 1]) \
                and (not gender or first.gender in ("", gender)):
            return first
        return self._introduced(k, s0, gender)

    def _introduced(self, k: int, s0: int, gender: str) -> Person | None:
        """"ريتا، مدرّسة في مدرسة رسمية، رهنت سوارها. تقول:": a name the tagger missed, opening a sentence
        with no cue and described between commas by an indefinite noun of the cue's gender (a role or not),
        is who has the floor next."""
        words = self.tt.words
        parser = self.parser
        if self.tt.quote_at[k] >= 0:
            return None  # quoted words
        c = k + 1
        while c < min(s0, k + 4) and words[c] not in _COMMAS:
            c += 1
        if c + 2 >= s0 or words[c] not in _COMMAS or words[c + 1].startswith(("ال", "وال")):
            return None
        w = words[c + 1]
        if not w[0].isalpha() or parser.is_stop(w) or w in self.lex.cue_words or w in self.lex.kinship \
                or self._present_verb(w) or w in parser.known_names \
                or gender and ("f" if self.tt.last_letter(c + 1) == "ة" else "m") != gender:
            return None  # "، مدرّسة في مدرسة رسمية،": an indefinite noun of the cue's gender describes her
        ph = parser.parse(k, c, guess_names=True)
        if ph is None or ph.kind != "PER" or ph.start != k or ph.end != c:
            return None
        return self.cast.resolve(ph, parser.known_names)

    def _coordinated(self, cue: _Cue) -> bool:
        """Is the cue a verb with و / ف right after a comma ("شكك X في ...، وقال", "ألقى X خطبة ...، فاعتبر"),
        coordinated with the sentence's first verb and sharing its subject?"""
        words = self.tt.words
        return bool(cue.prefix) and words[cue.tok][0] in "وف" and words[cue.tok - 1] in _COMMAS

    def _prepositional(self, w: str) -> bool:
        """A sentence opening with a preposition, not a verb ("وبالعودة إلى ...", "وفي ...")."""
        w = w[1:] if w[:1] in "وف" and len(w) > 2 else w  # "وعن", "وفي"
        return w in _PREPOSITIONS or w.startswith(("بال", "لل", "كال"))

    def _document_word(self, k: int) -> bool:
        w = self.tt.words[k]
        glued = w[1:] if w[:1] == "ب" and len(w) > 4 else ""  # "انتهى ببيان أكد أن"
        return any(x in self.lex.documents for x in (w, w[:-1] if w.endswith("ا") else "", w[2:] if
                                                     w.startswith("ال") else "", glued))

    def _occasion_holder(self, cue: _Cue) -> Person | None:
        """Who held the event that "خلاله" / "فيه" after the cue points back at, the nearest event or
        document noun earlier in the sentence: the person named right after it ("كلمة أردوغان التي قال
        خلالها", "حوار أجراه خان، قال فيه"), else the person named last before it ("عقد الوزير لقاء
        صحفيا مع نظيره، أكد خلاله")."""
        tt = self.tt
        lex = self.lex
        k = cue.tok - 1
        while k >= 0 and not tt.new_sent[k + 1]:
            w = fold_head(tt.words[k])
            w = w[:-1] if w.endswith("ا") and len(w) > 4 else w  # لقاء, اجتماعا
            if w in lex.occasions or w in lex.documents or fold_head(w) in lex.occasions:
                for j in range(k + 1, min(cue.tok, k + 4)):
                    if self.parser.is_stop(tt.words[j]) or tt.words[j] in _TRIM:
                        break
                    after = [p for p in self.cast.people if p.last == j]
                    if after:
                        return after[0]
                    if tt.words[j] in self.parser.known_names:  # "كلمة الجهيناوي": named before
                        named = self.cast.by_name((tt.words[j],))
                        if named is not None:
                            return named
                return self._issuer(k)
            k -= 1
        return None

    def _issuer(self, k: int) -> Person | None:
        """Who issued the document at token ``k``: the last one named earlier in its sentence."""
        s0 = self._sentence_start(k)
        best: Person | None = None
        for p in self.cast.people:
            if s0 <= p.last < k and not p.aside and (best is None or p.last > best.last):
                best = p  # not "... التي تصنف ضمن المعارضة السورية، بيانا": a complement
        return best

    def _note_institution(self, ph: Phrase) -> None:
        """"أمين عام حركة مشروع تونس، محسن مرزوق": the institution inside a role phrase is named for
        later anaphora ("بحسب ما أعلنته الحركة"), without taking the floor."""
        if ph.head is None or ph.kind not in ("ROLE", "PER"):
            return
        words = self.tt.words
        stop = ph.name_span[0] if ph.name_span is not None else ph.end
        for t in range(ph.start + 1, stop):
            w = words[t]
            if w.startswith(("ال", "وال")) or w not in self.lex.institution_index:
                continue
            org = self.parser.parse(t, stop, guess_names=False)
            if org is not None and org.kind == "ORG" and len(org.name) > 1:
                self.cast.mention(org)
            return

    def _object_suffixed(self, cue: _Cue) -> bool:
        """Does the cue verb carry an object pronoun (وصفها, اعتبرهم, طالبه)?"""
        w = self.tt.words[cue.tok][cue.prefix:]
        base = self.lex.forms.get(w[:-2]) if w.endswith(("ها", "هم")) else \
            self.lex.forms.get(w[:-1]) if w.endswith("ه") else None
        return base is not None and base.lemma == cue.form.lemma and base.kind == "past"

    def _antecedent(self, rel: int, aside: bool = True) -> Phrase | None:
        """"الرئيس عبد الفتاح السيسي الذي دعا ...": the phrase that ends right before الذي; past an age in
        brackets ("ليث (18 عاما) الذي قال") or, when the words before the comma are no phrase, past a
        description between commas ("جود، طالبة التصميم، التي ذكرت")."""
        words = self.tt.words
        relative = words[rel]
        top = rel - 1
        comma = top > 0 and words[top] in _COMMAS
        if comma:  # "توماس دي ميزيير، الذي ..."
            top -= 1
            rel -= 1
        if top > 2 and words[top] == ")" and "(" in words[top - 4 : top]:
            rel = top = top - 4 + words[top - 4 : top].index("(")  # "ليث (18 عاما) الذي"
            top -= 1
        for k in range(top, max(-1, top - 7), -1):
            if words[k] in _TRIM or words[k] in SENTENCE_END:
                break
            ph = self.parser.parse(k, rel, guess_names=False)
            if ph is not None and ph.end == rel and ph.kind in ("PER", "ORG", "ROLE"):
                if ph.gender == "p" and relative in ("الذي", "التي"):
                    return None  # "أداء بعض الولاة الذي قال": a singular relative, not the group's
                return ph
        if not (comma and aside):
            return None
        before = next((c for c in range(top - 1, max(0, top - 6), -1) if words[c] in _COMMAS
                       or words[c] in SENTENCE_END), None)
        if before is None or words[before] not in _COMMAS:
            return None
        ph = self._antecedent(before, aside=False)
        return ph if ph is not None and ph.kind == "PER" else None

    def _says(self, j: int) -> bool:
        """Is token ``j`` a present speech verb (يقول, تقول) going on another verb ("وتابع يقول")?"""
        form = self.lex.forms.get(self.tt.words[j])
        return form is not None and form.kind == "present" and "speech" in form.lemma.flags

    def _strict_subject(self, cue: _Cue) -> bool:
        """After an ambiguous spelling, the next word opens the content or names a speaker."""
        tt = self.tt
        j = cue.tok + 1
        words = tt.words
        w = words[j]
        if w in _RESUMPTIVES and (self._object_suffixed(cue) or self._relative_verb(cue)) \
                and self._has_opener(cue):
            return True  # "رسالة ...، طالبه فيها بـ": an object pronoun on the verb, then where it was said
        if self.parser.pronoun_suffixed(j) and w not in self.lex.complementizers:
            # "وكتب تحتها:", "كتب فيها «...»": under or in the post, then its words
            return j + 1 < len(tt) and (words[j + 1] == ":" or self._statement_quote(j + 1, cue)) \
                and (cue.prefix > 0 or words[cue.tok - 1] in _CLAUSE_JOINERS)
        if w in self.lex.complementizers or w in (":", '"', "،", ",") or w in cue.form.lemma.preps \
                or w in self.lex.time_words or w in self.lex.manner or w in self.lex.adverbs or self._says(j):
            return True  # "وتابعت بصوت متهدج:": the tone, then the words
        if (cue.prefix or words[cue.tok - 1] in _COMMAS or words[cue.tok - 1] in _CLAUSE_JOINERS) \
                and w in _WHERE and self._has_opener(cue):
            # "وطالب في ختام رسالته المجتمع الدولي باتخاذ ...", "وكتب على حسابه:", "قد كتب في تدوينته:":
            # where, then the rest
            return True
        if cue.prefix and self.parser._proper_word(j) and j + 1 < len(tt) \
                and (words[j + 1] in _WHERE or words[j + 1] == ":") and self._has_opener(cue):
            return True  # "وكتب نوفاك على منصة إكس:": a name no one has used yet, then the content
        if self._prep_at(j, cue.form.lemma.preps) is not None:
            return True
        if not cue.prefix and words[cue.tok - 1] in _KANA:
            return False  # "كان بين أعضاء وفد": a preposition after كان, not the verb with its subject
        ph = self.parser.parse(j, len(tt), guess_names=False)
        if ph is not None or self._dual_role(j):  # "وطالب النائبان X وY الوزارة بـ"
            return True
        for k in range(j, min(len(tt), j + 4)):  # "فيما طالب المزارعين بالتحلي": an addressee, then content
            if "addressee" in cue.form.lemma.flags and self._prep_at(k, cue.form.lemma.preps) is not None:
                return True
            ent = self.parser.entities.get(k)  # "رأى الوسيط العقاري مازن حداد أن": a description no list
            if ent is not None and ent[1].label == "PER" and ent[0] < len(tt) and (  # holds, then the name
                    words[ent[0]] in self.lex.complementizers or words[ent[0]] in (":", "،", ",")) \
                    and all(w[0].isalpha() and w not in self.lex.forms for w in words[j:k]):
                return True
        stop = self.parser.name_run(j, min(len(tt), j + 4), allow_article=True)
        if stop > j and stop < len(tt) and (
                words[stop] in self.lex.complementizers or words[stop] in (":", "،", ",", '"')):
            return True
        # "أقر مراقب التربية بمصراتة، الأستاذ X، بأن": a subject no list holds, then the verb's own بأن
        for k in range(j + 1, self._words_after(cue.tok, STRICT_WINDOW)):
            w = words[k]
            if w[:1] == "ب" and w[:1] in cue.form.lemma.preps and w[1:] in self.lex.complementizers:
                return True
            if tt.new_sent[k] or w in SENTENCE_END or w in self.lex.forms or w in self.lex.complementizers:
                return False
        return False

    def _subject_before(self, i: int) -> Phrase | None:
        """"وكانت الشرطة قالت إن ...": the subject came first (after كان / إن / a clause start), perhaps
        with a relative aside between them ("وكان الفرجاني، الذي يتابع صفحته ...، قد كتب")."""
        words = self.tt.words
        stop = i - 1 if i > 0 and words[i - 1] == "قد" else i  # "وكانت ماي قد قالت"
        if stop > 2 and words[stop - 1] in _COMMAS and words[stop - 2] == '"' \
                and (nick := self._nickname_before(stop - 2)) is not None:
            return nick
        if stop > 1 and words[stop - 1] in _COMMAS:
            k = stop - 2
            while k > 0 and stop - k < _ASIDE_MAX and words[k] not in _TRIM and words[k] not in SENTENCE_END:
                k -= 1
            if k > 0 and words[k] in _COMMAS and (words[k + 1] in _RELATIVES or words[k + 1] in _AND_HE
                                                 or words[k + 1] in _CALLED):
                return self._subject_before(k)  # "لكن منى، وهي موظفة تسكن في الجيزة، تؤكد"
            named = self._opening_name(i) or self._opening_role_named(i, stop)
            if named is not None:
                return named
        for k in range(i - 1, max(-1, i - 10), -1):  # "وكانت المرشحة د. نورة عبدالله الفارس قد اعتبرت"
            if words[k] in _TRIM or words[k] in SENTENCE_END:
                return None
            before = words[k - 1] if k > 0 else "."
            if before not in _SUBJECT_LEADS and before not in _TRIM and before not in SENTENCE_END:
                continue
            guess = k == 0 or self.tt.new_sent[k]  # "بلقاسمي قال ...": a name opens the sentence
            ph = self.parser.parse(k, stop, guess_names=guess)
            if ph is None and k + 2 < stop and words[k].startswith("ال") and words[k + 1] in _KUNYA:
                ph = self.parser.parse(k + 1, stop, guess_names=True)  # "لكن الحفار أبو سمير، الذي ...، قال":
                # a description no list holds, then a kunya
            if ph is not None and ph.kind == "ROLE" and ph.end < stop and not ph.name \
                    and (nick := self._nickname(ph, stop)) is not None and nick.end + 1 == stop:
                return nick  # "لكن سائق صهريج يعرفه أهالي الحي باسم "الفزاني" قال"
            if ph is not None and ph.end < stop and ph.kind in ("ORG", "ROLE") and (
                    ph.kind == "ORG" and self._where_or_acronym(ph.end, stop)
                    or not ph.name_span and self._through_place(ph.end, stop, ph.gender == "p") == stop):
                ph.end = stop  # "وكان مكتب الزراعة والري في حضرموت قد دعا", "وكان المركز ... (وقاء) قد",
                # "وكانت المديرية الجهوية للصحة بصفاقس قد دعت", "وكان مجلس محافظة ديالى قد دعا"
            if ph is not None and ph.end == stop and ph.kind in ("PER", "ORG", "ROLE"):
                if guess and ph.kind == "PER" and not ph.known and not ph.head and (
                        self._clitic_stop(words[k]) or not self.parser.listed_name(ph.name)):
                    return None  # "وفي سياق متصل وصف ...": a circumstance, not a name
                return ph
        return None

    def _nickname_aside(self, ph: Phrase) -> Phrase | None:
        """The unnamed holder ``ph`` named by the nickname in marks of the aside after it, up to the next
        comma ("حارس البرج، الذي يلقبه السكان «الكابتن»،", "الناطور، الملقب بـ"الشاويش"،")."""
        words = self.tt.words
        stop = next((k for k in range(ph.end + 1, min(len(words), ph.end + 10))
                     if words[k] in _COMMAS or words[k] in SENTENCE_END), None)
        if stop is None or words[stop] not in _COMMAS or words[stop - 1] != '"':
            return None
        named = self._nickname(ph, stop)
        if named is None and any(words[k] in _BY_NAME for k in range(ph.end + 1, stop)):
            named = self._called_name(ph, stop)
        return named if named is not None and named.end == stop - 1 else None

    def _nickname_before(self, close: int) -> Phrase | None:
        """"فني يعرفه أهل الحي بـ"ميلود بطارية"، قال": the one described, named by the nickname in marks that
        closes at ``close`` after a verb of calling, speaks."""
        words = self.tt.words
        m = next((m for m in range(close - 1, max(0, close - 5), -1) if words[m] == '"'), None)
        if m is None or m + 1 == close:
            return None
        k = next((k for k in range(m - 1, max(0, m - 7), -1) if words[k] in _NICKNAMING), None)
        if k is None or any(w in _COMMAS or w in SENTENCE_END for w in words[k - 1 : m]) \
                or words[k - 1] in _RELATIVES:
            return None  # (one named already keeps the name: "محمود، الذي يناديه الجمهور "أبو العبد"، كتب")
        return Phrase(k, close, "PER", tuple(words[m + 1 : close]), (m + 1, close))

    def _through_place(self, end: int, b: int, group: bool) -> int:
        """``end``, or past the place a group or body phrase ending there is in, before ``b``: the name after
        a place noun it ends with ("سكان حي [الصباح]"), a place after بـ ("مديرية توزيع الكهرباء [بورقلة]")
        or after في ("أصحاب الورش [في المنطقة الصناعية]"; a body not in a country: "سفارة كوت ديفوار في
        تونس" is named without it). One person's role keeps its bare form ("صاحب مكتب محاماة بالمنامة")."""
        words = self.tt.words
        lex = self.lex
        places = lex.place_nouns
        for _ in range(2):
            if end >= b or words[end] in _COMMAS:
                return end
            last, w = words[end - 1], words[end]
            bare = w[1:] if w[:1] == "ب" and len(w) > 3 else ""
            ent = self.parser.entities.get(end)
            loc = ent[0] if ent is not None and ent[1].label == "LOC" and ent[0] <= b else None
            if (last in places or last[:1] in "بل" and last[1:] in places) \
                    and (loc or w.startswith("ال") and not self.parser.is_stop(w) or w in lex.cities
                         or end + 1 == b and w.isalpha() and not self.parser.is_stop(w)):
                end = loc or end + 1  # the place's name after its noun
            elif bare and (bare in lex.cities or bare in lex.countries or bare in places or loc):
                end += 1  # "بورقلة", or "بحي" and then its name
            elif w == "في" and end + 1 < b and (words[end + 1] in places or words[end + 1] in lex.cities) \
                    and (group or words[end + 1] not in lex.countries):
                end += 2
            else:
                return end
        return min(end, b)

    def _where_or_acronym(self, a: int, b: int) -> bool:
        """Are tokens ``a..b`` after a body's name where it is ("في حضرموت") or its acronym in brackets
        ("(وقاء)")?"""
        words = self.tt.words
        if words[a] == "(" and words[b - 1] == ")" and b - a <= 5:
            return True
        if words[a] != "في" or b - a > 4 or b - a < 2:
            return False
        ent = self.parser.entities.get(a + 1)
        return ent is not None and ent[1].label == "LOC" and ent[0] == b \
            or words[a + 1] in self.lex.countries and b == a + 2

    def _opening_name(self, i: int) -> Phrase | None:
        """"معاذ (29 عاما)، موظف في القطاع الخاص، يروي أنه", "أم منة، ربة منزل من طلخا، قالت إن": a name
        opening the sentence, then who that is between commas, then the verb at ``i``."""
        words = self.tt.words
        s0 = self._sentence_start(i)
        if s0 < i and words[s0] in _BUT:
            s0 += 1  # "لكن أبو كرار، صاحب مصبغة في العشار، قال إن"
        ph = self.parser.parse(s0, i, guess_names=True)
        if ph is None or ph.kind != "PER" or ph.head is not None \
                or not (ph.known or self.parser.listed_name(ph.name)):
            return None
        k = ph.end
        if k + 1 < i and words[k] == "(":
            k = next((m + 1 for m in range(k, min(k + 5, i)) if words[m] == ")"), k)  # an age in brackets
        return ph if k < i - 1 and words[k] in _COMMAS else None

    def _opening_role_named(self, i: int, stop: int) -> Phrase | None:
        """"لكن وزير الخارجية المجري، غابور ناغي، أكد": a role opening the sentence, then its holder
        between commas right before the verb."""
        words = self.tt.words
        s0 = self._sentence_start(i)
        if s0 + 2 < i and words[s0] in _BUT_THAT and words[s0 + 1] == "ان":
            s0 += 2  # "غير أن", "إلا أن"
        while s0 < i and words[s0] in _SUBJECT_LEADS:
            s0 += 1
        ph = self.parser.parse(s0, stop, guess_names=False)
        if ph is None and words[s0].startswith("ال"):
            c = next((c for c in range(stop - 2, s0, -1) if words[c] in _COMMAS), s0)
            ent = self.parser.entities.get(c + 1) if c > s0 else None
            if ent is not None and ent[0] == stop - 1 and ent[1].label == "PER":
                # "غير أن الصيدلي والباحث في اقتصاديات الدواء، أيمن سرور، رأى": a description no list
                # holds, then the tagged name between commas right before the verb
                return self._name_phrase(Phrase(s0, c, "ROLE"), c + 1, stop - 1, ent[1])
        if ph is None or ph.kind not in ("ROLE", "PER") or ph.end > stop - 1:
            return None
        if ph.end == stop - 1:
            return ph if ph.name else None  # the parser read the holder between the commas itself
        named = self._closing_name(ph, stop, between_commas=True)
        return named if named is not None and named.end == stop - 1 else None

    def _clitic_stop(self, w: str) -> bool:
        """A function word behind و / ف (وفي, ومن, فلا), however short."""
        rest = w[1:]
        lex = self.lex
        return len(w) > 2 and w[0] in "وف" and (rest in lex.name_stops or rest in lex.complementizers)

    def _nisba_before_pause(self, k: int) -> bool:
        """Is token ``k`` a definite nisba (ال...ي) that is no nationality, role or body, right before a
        complementizer, a pause or the verb's قد: a family name closing the name before it?"""
        words = self.tt.words
        nxt = words[k + 1] if k + 1 < len(words) else "."
        return self._nisba(words[k]) and (nxt in self.lex.complementizers or nxt in _COMMAS
                                          or nxt in SENTENCE_END or nxt == "قد")

    def _role_surname(self, k: int) -> bool:
        """Is token ``k`` a role word right before a comma, a complementizer or the preposition of the
        content ("محمد يسري القاضي،", "الشيخ عمر النقيب على أن")? After a name it is the family name: a role
        there would take a genitive or its holder's name."""
        words = self.tt.words
        return k + 1 < len(words) and (words[k + 1] in _COMMAS or words[k + 1] in self.lex.complementizers
                                       or words[k + 1] in _CONTENT_PREPS) \
            and self.parser.role_head(words[k]) is not None and not self.parser.is_stop(words[k])

    def _nisba(self, w: str) -> bool:
        lex = self.lex
        return w.startswith("ال") and w.endswith("ي") and len(w) >= 6 and w not in lex.role_index \
            and w not in lex.institution_index and w not in lex.nationalities and w not in lex.countries \
            and w not in lex.role_modifiers and not self.parser.is_stop(w)

    def _surname(self, a: int, b: int) -> Phrase | None:
        """"وأوضح السليطي أن", "أكدت القوبنطيني، أن": a lone definite nisba word (ال...ي) as the subject
        of a reporting verb is a family name; an adjective would need a noun before it."""
        words = self.tt.words
        w = words[a]
        if not self._nisba(w) or self._document_word(a):
            return None
        nxt = words[a + 1] if a + 1 < b else ""
        if nxt and nxt not in _COMMAS and nxt not in _ADVERBIAL_PREPS and not self._to_whom(a + 1):
            return None
        return Phrase(a, a + 1, "PER", (w,), (a, a + 1))

    def _kana_subject(self, i: int) -> Phrase | None:
        """"وكان سفيان السليطي، مساعد وكيل الجمهورية ...، أفاد بأن": the name after كان that opens the
        sentence, set off by an apposition in commas, is the subject of the verb after the last comma."""
        tt = self.tt
        words = tt.words
        while i > 0 and words[i - 1] in _AUX:
            i -= 1  # "وكانت القوبنطيني، ...، قد أكدت", "يذكر أن النائب ...، الطاهر بطيخ، كان صرح"
        if i < 4 or words[i - 1] not in _COMMAS:
            return None
        s0 = i - 1
        while s0 > 0 and not tt.new_sent[s0] and i - s0 < 40:
            s0 -= 1
        if not tt.new_sent[s0]:
            return None  # also with no كان ("جان ماري لوبان، مؤسس ...، رأى أن"), or after "يذكر أن"
        s0 += 1 if words[s0] in _KANA else 2 if words[s0 + 1] in self.lex.complementizers \
            and words[s0] not in self.lex.cue_words else 0
        ph = self.parser.parse(s0, i, guess_names=True, article_names=True)
        if ph is None or ph.kind not in ("PER", "ORG", "ROLE") or ph.end >= i or not (
                words[ph.end] in _COMMAS or words[ph.end] in _RELATIVES):
            return None  # the name, then an apposition or a relative clause ("القوبنطيني التي ...")
        if any(j in self.cue_at for j in range(ph.end, i)):
            return None  # another verb came between: its own subject
        return ph

    def _dual_role(self, k: int) -> bool:
        """Is token ``k`` a role noun in the dual ("النائبان", "الصيدليين", "عضوا")?"""
        w = self.tt.words[k]
        role_head = self.parser.role_head
        return w.endswith(("ان", "ين")) and role_head(w[:-2]) is not None \
            or w.endswith("ا") and not w.startswith("ال") and role_head(w[:-1]) is not None

    def _dual_names(self, a: int, b: int) -> tuple[int, int] | None:
        """The two names joined by و after the role of two at token ``a``, right after it or past a short
        complement of where they serve ("النائبان عن محافظة البصرة X وY"), as a token span, or None."""
        words = self.tt.words
        if words[a + 1] not in ("عن", "في", "من"):
            pair = self._name_pair(a + 1, b)
            return (a + 1, pair) if pair is not None else None
        for k in range(a + 2, min(b, a + 7)):
            if not words[k][0].isalpha():
                return None
            pair = self._name_pair(k, b)
            if pair is not None:
                return k, pair
        return None

    def _name_pair(self, k: int, b: int) -> int | None:
        """End of two names joined by و from token ``k`` ("محمد وعثمان", "نادر حمدان وعبير صالح"), each a
        tagged person or opening on a listed given name, or None."""
        words = self.tt.words
        lex = self.lex

        def name_end(j: int, first: str) -> int | None:
            ent = self.parser.entities.get(j)
            if ent is not None and ent[1].label == "PER" and ent[0] <= b:
                return ent[0]
            if first not in lex.given_names:
                return None
            e = j + 1
            while e < b and e - j < 3 and words[e] in lex.person_names and not words[e].startswith("و"):
                e += 1
            return e

        first_end = name_end(k, words[k]) if k < b else None
        if first_end is not None and any(words[j][:1] == "و" and words[j][1:] in lex.given_names
                                         for j in range(k + 1, first_end)):
            return first_end  # the tagger took both names as one ("[محمد وعثمان]")
        if first_end is None or first_end >= b or words[first_end][:1] != "و" or len(words[first_end]) < 4:
            return None
        second_end = name_end(first_end, words[first_end][1:])
        return second_end if second_end is not None and second_end <= b else None

    def _written_taa(self, k: int) -> bool:
        return self.tt.last_letter(k) == "ة"

    def _of_body(self, k: int, b: int) -> Phrase | None:
        """The body after لـ at token ``k`` that issued a document ("بلاغ [للإدارة الجهوية للجمارك]")."""
        words = self.tt.words
        head = self.parser.institution_head("ال" + words[k][2:])
        if head is None:
            return None
        stop = self.parser._extend_org(k + 1, b)
        return Phrase(k, stop, "ORG", ("ال" + words[k][2:], *words[k + 1 : stop]), head=head)

    def _as_people_call(self, k: int) -> bool:
        """Does an aside saying what people call someone open at token ``k`` ("كما يناديه التلاميذ")?"""
        words = self.tt.words
        return k + 1 < len(words) and words[k] in _AS and words[k + 1] in _NICKNAMING

    def _so_called(self, a: int, b: int) -> Phrase | None:
        """"ويحكي «با علال»، كما يناديه التلاميذ، أنه": the name (in marks or not, up to three words) that an
        aside says people call the subject by, right after the verb."""
        words = self.tt.words
        c = next((c for c in range(a + 1, min(b, a + 6)) if words[c] in _COMMAS), None)
        if c is None or c + 2 >= b or not self._as_people_call(c + 1):
            return None
        s, e = (a + 1, c - 1) if words[a] == '"' and words[c - 1] == '"' else (a, c)
        if not 0 < e - s <= 3 or any(not w[0].isalpha() or w in self.lex.forms for w in words[s:e]):
            return None
        return Phrase(a, c, "PER", tuple(words[s:e]), (s, e))

    def _fronted_topic(self, cue: _Cue) -> Phrase | None:
        """The topic fronted with أما whose ف is the cue's ("أما X، فقال") or the word before it ("أما الحزب
        الاشتراكي فقد أكد")."""
        words = self.tt.words
        if cue.prefix and words[cue.tok][0] == "ف":
            return self._topic(cue.tok)
        if not cue.prefix and cue.tok > 1 and words[cue.tok - 1] in _FA_AUX:
            return self._topic(cue.tok - 1)
        return None

    def _topic(self, i: int) -> Phrase | None:
        """"أما القيادي ...، فقال": the speaker was fronted after أما."""
        tt = self.tt
        k = i - 1
        while k >= 0 and i - k < WINDOW and not tt.new_sent[k + 1] and tt.words[k] != "اما":
            k -= 1
        if k < 0 or tt.words[k] != "اما":
            return None
        end = i - 1 if tt.words[i - 1] in _TRIM else i
        ph = self.parser.parse(k + 1, i, guess_names=True)
        if ph is not None and ph.kind == "ROLE" and not ph.name:
            ph = self._apposition(ph, end) or ph
        # "أما الكساب الحاج بوشعيب، القادم من سطات، فأكد", "أما الأم، ريتا (31 عاما)، فقالت": a name after
        # the description
        described = ph if ph is not None and ph.kind in ("ROLE", "PER") else Phrase(k + 1, k + 2, "ROLE")
        found = self._closing_name(described, end) or ph
        if found is None and tt.words[k + 1].startswith("ال") and k + 3 < i and tt.words[k + 2] in _COMMAS \
                and tt.words[k + 3] in _AND_HE and not self.parser.is_stop(tt.words[k + 1]):
            # "أما المزوّد، وهو صاحب شركة صغيرة للتموين، فقد أكد": a description no list holds, and who it is
            found = Phrase(k + 1, k + 2, "ROLE", head=fold_head(tt.words[k + 1][2:]),
                           gender="f" if self._written_taa(k + 1) else "m")
        if found is None and tt.words[k + 1].startswith("ال") and k + 3 < i and tt.words[k + 3] in _COMMAS \
                and self.parser.is_name_word(k + 2) and not tt.words[k + 2].startswith("ال") \
                and not self.parser.is_stop(tt.words[k + 1]):
            # "أما المعتمرة نسرين، من بلدة دورا، فقالت": a description no list holds, then her given name
            found = Phrase(k + 1, k + 3, "PER", (tt.words[k + 2],), (k + 2, k + 3),
                           head=fold_head(tt.words[k + 1][2:]),
                           gender="f" if self._written_taa(k + 1) else "m")
        return found

    def _apposition(self, ph: Phrase, b: int) -> Phrase | None:
        """"رئيس الهيئة السياسية لحزب ...، سمير بن عمر عن": a name just before the content."""
        words = self.tt.words
        k = b - 1
        while k > ph.end and words[k] not in ("،", ","):
            k -= 1
        if k <= ph.end - 1 or k + 1 >= b or words[k] not in ("،", ","):
            return None
        stop = self.parser.name_run(k + 1, b, allow_article=True)
        if stop != b:
            return None
        ph.name, ph.name_span, ph.end, ph.kind = tuple(words[k + 1 : b]), (k + 1, b), b, "PER"
        return ph

    def _closing_name(self, ph: Phrase, b: int, *, between_commas: bool = False) -> Phrase | None:
        """"وقال المتحدث باسم شرطة ولاية لاغوس آدامو بيلو إن": after a role and its complements, the words
        right before the content (or the first comma) that can only be a name: two to five name words
        opening with a given name (listed, tagged or known from the article), after a definite word, a
        place or a mark that ends the complements. Not after a relative ("والدة زوجة X": X's relative
        speaks) nor after a second role ("متحدث باسم رئيس الوزراء X": X is the prime minister). Or a later
        clause between commas that is a name whole, after a title or "ويدعى" and before an age in
        brackets ("قال مدير عمليات الوكالة (X) في غزة، سايمون آلدريدج، إن", "وقالت والدة أحدهم، السيدة
        سعاد فخري، إن", "قال أحدهم، ويدعى الهادي بن عمر، إن")."""
        words = self.tt.words
        if not ph.name and (kunya := self._unmarked_kunya(ph, b)) is not None:
            return kunya
        while b - 1 > ph.start + 1 and words[b - 1] in _PREPOSITIONS:
            b -= 1  # "لفت المأذون الشيخ X إلى أن": the cue's preposition after the name
        commas = [k for k in range(ph.start + 1, b) if words[k] in _COMMAS]
        first = commas[0] if commas else b
        found = None if between_commas else self._closing_run(ph, self._before_age(ph.start + 1, first), 0)
        if found is None and not between_commas and ph.kind == "ROLE" and not ph.name \
                and ph.head is not None and first == ph.end + 1 and commas \
                and (fold_head(ph.head) in self.lex.honorifics or self._glued_kunya(ph.end)) \
                and self._lone_name(ph.end):
            found = self._name_phrase(ph, ph.end, first, None)  # "أما الحاج بوسيف، كهربائي ...، فقال"
        if found is None and not between_commas:  # "المالك الإماراتي X لـ«الشروق»:": whom he told follows
            told = next((k for k in range(ph.start + 2, first) if self._to_whom(k)), None)
            found = self._closing_run(ph, told, 0) if told is not None else None
        named_by = (found or ph).name_span
        owner = named_by is not None and any(
            words[k].startswith("ل") and self.parser.role_head(words[k][1:].removeprefix("ل"))
            and not self.parser.served_group(words[k]) for k in range(ph.start + 1, named_by[0]))
        # "المدرب الفرنسي للسباح التونسي X، Y،": X is the swimmer's name; Y, between commas, the coach's;
        # "الكاتب العام للنقابة ... بالمستشفى الجامعي الحبيب بورقيبة بصفاقس، منير الحمروني،": X names the body
        owner = owner or named_by is not None and self._names_body(named_by[0], ph.start)
        for c, stop in zip(commas, commas[1:] + [b], strict=False):  # no comma: no clause
            if found is not None and not owner:
                break
            k = c + 1
            while k < stop - 1 and (words[k] in _CALLED or words[k].startswith("ال") and (
                    self.parser.role_head(words[k]) or fold_head(words[k][2:]) in self.lex.honorifics
                    or words[k] in self.lex.nationalities) or words[k] not in self.lex.given_names
                    and fold_head(words[k]) in self.lex.honorifics  # not سعاد, a name folded like سعادة
                    or k > c + 1 and words[k] in self.lex.role_modifiers):
                k += 1  # "، المحامي X،", "، السيدة X،", "، ويدعى X،", "، النرويجي X،", "، مولانا X،", "،
                # الرقيب أول X،"
            stop = self._before_age(k, stop)
            if k >= stop:
                continue
            if words[k] == '"' and words[stop - 1] == '"':
                k, stop = k + 1, stop - 1  # "، ويكنى "أبو حسين"،"
            if k + 1 < stop or k < stop < len(words) and (words[k - 1] in _CALLED or words[stop] == "("):
                named = self._closing_run(ph, stop, k, owner)
                if named is not None or not owner:
                    found, owner = named, False
        if found is None and (not ph.name or any(w in _NICKNAMING for w in ph.name)
                              or not ph.known and not any(w in self.lex.person_names for w in ph.name)):
            # (one named already keeps the name: "X، الذي يناديه الأطفال "Y""; not a name the tagger ran into
            # the verb: "سائق [وايت يلقبه] زبائنه بـ«الديزل»")
            found = self._nickname(ph, b)
        return found if found is not None else self._called_name(ph, b)

    def _glued_kunya(self, k: int) -> bool:
        """Is token ``k`` a Gulf or Maghreb kunya written as one word, بو and a given name ("بوجاسم")?"""
        w = self.tt.words[k]
        return w.startswith("بو") and len(w) > 4 and w[2:] in self.lex.given_names

    def _lone_name(self, k: int) -> bool:
        """Can the one word ``k`` after a title of address and before a comma be a name no list holds
        ("الحاج بوسيف،")? Not a function word, role, body, place or cue; with the article only if listed."""
        w = self.tt.words[k]
        lex = self.lex
        parser = self.parser
        return len(w) > 2 and w.isalpha() and not parser.is_stop(w) and not parser.role_head(w) \
            and not parser.institution_head(w) and w not in lex.forms and w not in lex.countries \
            and w not in lex.cities and (not w.startswith("ال") or w in lex.person_names)

    def _place_at(self, k: int) -> bool:
        m = self._entity_over(k)
        return m is not None and m.label == "LOC"

    def _names_body(self, j: int, lo: int) -> bool:
        """Does the name at token ``j`` follow a definite body noun and its adjectives ("بالمستشفى الجامعي
        الحبيب بورقيبة"), so that it names the body, not a person?"""
        words = self.tt.words
        k = j - 1
        while k > lo and words[k].startswith("ال") and self.parser._adjective(words[k]):
            k -= 1
        w = words[k]
        if k >= lo and w[:1] in "لب" and len(w) > 3 and w[1:] in self.lex.place_nouns:
            return True  # "رئيس الوحدة المحلية لقرية كفر الشيخ سالم، المهندس X،": the village's name
        return k >= lo and w.startswith(("ال", "بال", "لل")) \
            and self.parser.institution_head(w[1:] if w.startswith("بال") else w) is not None

    def _nickname(self, ph: Phrase, b: int) -> Phrase | None:
        """"سائق وايت يلقبه زبائنه بـ«الديزل»", "الذي يناديه السكان "با حماد"": the name in marks that people
        call the one described by."""
        words = self.tt.words
        k = next((k for k in range(ph.start + 1, b - 2) if words[k] in _NICKNAMING), None)
        if k is None:
            return None
        m = next((m for m in range(k + 1, min(b - 1, k + 10)) if words[m] == '"'), None)
        if m is None or any(w in _TRIM or w in self.lex.forms for w in words[k + 1 : m]):
            return None
        close = next((c for c in range(m + 1, min(b, m + 5)) if words[c] == '"'), None)
        if close is None or close == m + 1:
            return None
        return self._name_phrase(ph, m + 1, close, None)

    def _unmarked_kunya(self, ph: Phrase, b: int) -> Phrase | None:
        """"صاحب معمل، يعرفه أهل الجهة بأبي منصف، أن", "صاحب مكتب، يناديه زملاؤه أبو رامي، إن": the kunya,
        without marks, that people know an unnamed holder by, in the nominative ("أبو منصف")."""
        words = self.tt.words
        k = next((k for k in range(ph.start + 1, b - 2) if words[k] in _NICKNAMING or words[k] in _BY_NAME),
                 None)
        if k is None:
            return None
        j = next((j for j in range(k + 1, min(b - 1, k + 6)) if words[j] in _KUNYA_FORMS), None)
        if j is None or any(w in _COMMAS or w in self.lex.forms for w in words[k + 1 : j]) \
                or words[j + 1] not in self.lex.given_names:
            return None
        named = self._name_phrase(ph, j, j + 2, None)
        named.name = (_KUNYA_FORMS[words[j]], words[j + 1])  # in the nominative, as the display will be
        return named

    def _called_name(self, ph: Phrase, b: int) -> Phrase | None:
        """"وروى الناجي، وهو مقيم مصري يدعى X ويعمل ...، أن": the name after يدعى in the subject, up to the
        next clause."""
        words = self.tt.words
        k = next((k for k in range(ph.start + 1, b - 1)
                  if words[k] in _CALLED or self._known_as(k, ph.start)), None)
        if k is None or ph.kind == "PER" and ph.known and words[k] in _BY_WHAT \
                or ph.kind == "PER" and ph.head is not None and ph.name_span is not None \
                and words[k] in _BY_WHAT and any(words[t] in _COMMAS for t in range(ph.name_span[1], k - 3)):
            return None  # "محمود الحياري، المعروف بـ"أبو عمر"،": a nickname of one named already; "المحامي X،
            # دفاع المتهمة المعروفة ... باسم "Y"": of someone else
        # "تاجر يكنى بـ"بوعلام"", "صاحب محل يكنّى "أبو وليد"" (a kunya without بـ: not "طفلة تدعى "جود"")
        o = k + 2 if k + 1 < b and words[k + 1] in _BY_WHAT else k + 1 if words[k] in _KUNYA_VERBS else b
        if words[k] in _CALLED and o + 1 < b and words[o] == '"' \
                and (close := next((c for c in range(o + 2, min(b, o + 5)) if words[c] == '"'), None)):
            return self._name_phrase(ph, o + 1, close, None)  # "تاجر يكنى بـ"بوعلام"": the name in marks
        if words[k] in _BY_WHAT and words[k + 1] == '"' and k + 2 < b:
            k += 1  # "عرفت نفسها باسم "أم ليث"", where "تدعى "جود"" names a child she looks after
            close = next((c for c in range(k + 2, min(b, k + 5)) if words[c] == '"'), None)
            if close is not None and (not ph.name or not ph.known) and k - ph.start <= 14:
                return self._name_phrase(ph, k + 1, close, None)  # "صاحب حفار معروف في الواحة باسم "كوبرا""
        end = self.parser.name_run(k + 1, b, allow_article=True)
        while end > k + 2 and words[end - 1][0] == "و" and words[end - 1] not in self.lex.person_names:
            end -= 1  # "يدعى أحمد عبد الحميد ويعمل"
        ent = self._entity_over(k + 1)
        if end <= k + 1 or words[k + 1] not in self.lex.given_names and ent is None:
            return None
        return self._name_phrase(ph, k + 1, end, ent if ent is not None and ent.label == "PER" else None)

    def _known_as(self, k: int, start: int) -> bool:
        """Is token ``k`` the ب / باسم of a name someone is known by ("قدم نفسه باسم X", "وتعرف بين الطالبات
        بـ"أم خالد"")? Bare ب only before marks."""
        words = self.tt.words
        w = words[k]
        return (w == "باسم" or w in _BY_WHAT and k + 1 < len(words) and words[k + 1] == '"') \
            and any(words[t] in _BY_NAME for t in range(max(start + 1, k - 6), k))

    def _before_age(self, k: int, stop: int) -> int:
        """``stop``, or where an age in brackets before it opens ("علي حمود (22 عاما)، إن")."""
        words = self.tt.words
        if stop - k > 2 and words[stop - 1] == ")" and "(" in words[k:stop]:
            return k + words[k:stop].index("(")
        return stop

    def _closing_run(self, ph: Phrase, stop: int, whole: int, over_known: bool = False) -> Phrase | None:
        """The name :meth:`_closing_name` reads back from ``stop``; from ``whole`` on if that is set; over a
        tagged name of ``ph`` only with ``over_known``."""
        words = self.tt.words
        parser = self.parser
        lex = self.lex
        lo = ph.start + 1
        j = stop

        def name_word(k: int) -> bool:  # "أبو خطاب": after a particle, a listed name that is also a word
            after = words[k - 1] in lex.name_particles
            return parser._name_word(k, False, after) \
                or (after or words[k - 1] in _KUNYA) and words[k] in lex.person_names

        while j > lo and stop - j < 5:
            k = j - 1
            ent = self._entity_over(k)
            w = words[k]
            if ent is not None and not (ent.label == "MISC" and w in lex.name_compounds):  # "عطا [الله]"
                if ent.label != "PER" or parser.role_head(w) and not (
                        k - 1 >= lo and self._entity_over(k - 1) is ent and words[k - 1] in lex.person_names):
                    break  # a body, a place, or a role the linker tagged ("نائب وزير الخارجية الروسي"); but
                    # "[حامد الأمين]": a family name that is also a role, after a name
            elif w in _CALLED:
                break  # "من مدينة تازة تدعى نادية الوزاني": what she is called follows
            elif w == "-" and k - 1 > lo and parser.glued(k):
                pass  # "جان-مارك"
            elif w.startswith("ال") and not parser.is_stop(w):
                compound = words[k - 1] in lex.name_compounds  # "عطا الله الزوايدة"
                family = (w in lex.person_names or w.endswith("ي") or w in lex.name_compounds
                          or words[k - 1] == "عبد" or w.endswith("ه") and len(w) >= 7
                          and (compound or words[k - 1] in lex.given_names and words[k - 1] != "باسم")) \
                    and not parser.role_head(w) \
                    and k - 1 >= lo and (compound or not words[k - 1].startswith("ال") and name_word(k - 1)
                                         or words[k - 1].startswith("ال") and words[k - 1] in lex.given_names)
                if not family and w not in lex.given_names:
                    break  # a family name after a name word ("أبو خطاب الحموي"), or a given name (الهادي)
            elif not name_word(k):
                break
            j -= 1
        skipped = j + 2 < stop and words[j][:1] in "بل" and words[j + 1] in lex.given_names \
            and words[j + 1].startswith("ال")
        if skipped:
            j += 1  # "للسياحة بنابل الطاهر المزوغي": the place the office covers, then a name with ال
        while j < stop and words[j].startswith("ال") and (words[j] not in lex.given_names or parser.role_head(
                words[j]) or fold_head(words[j][2:]) in lex.honorifics):
            j += 1  # "المقدم بكري حسن", "الحاج مسعود": a rank or title (also a name) opens no name
        described = len(ph.name) == 1 and ph.name[0].startswith("ال") and ph.name[0] not in lex.given_names
        if ph.known and not described and not over_known and (ph.name_span is None or ph.name_span[0] != j
                                                               or ph.name_span[1] >= stop):
            return None  # a tagged name only grows to the content: "توماش [ويشنيفسكي] عن"; a tagged
            # description ("الفارس الأيرلندي X") is no name
        if j > ph.start and words[j - 1] in _KUNYA:
            j -= 1  # "أم يوسف النجار": the mother of يوسف
        prev = words[j - 1]
        # "سيدة تدعى آمنة", "قالت الحاجة فاطمة، وهي أرملة،": one word will do
        called = prev in _CALLED
        titled = j < stop and words[j] in lex.given_names and (
            prev.startswith("ال") and fold_head(prev[2:]) in lex.honorifics
            or stop < len(words) and words[stop] == "(")  # "العروس دانة (26 عاما) إنها"
        if stop - j < 2 - (called or titled) or whole and j != whole or ph.name_span is not None and (
                ph.name_span[0] > j or not ph.known and ph.name_span[0] == j
                or ph.name_span[0] < j < ph.name_span[1]
                and all(w in lex.person_names for w in words[ph.name_span[0] : j])) \
                or not whole and ph.head in lex.kinship and not words[ph.start].startswith(("ال", "وال")):
            return None
        ent = self._entity_over(j)
        first = words[j]
        if not (ent is not None and ent.label == "PER" or first in lex.given_names
                or first in parser.known_names or parser.is_name_word(j) and first[0] not in "بلوفك"
                and (any(w in lex.given_names for w in words[j + 1 : stop])
                     or prev in lex.nationalities and prev.startswith("ال"))):
            return None  # "ريباز حمه أمين": a given name no list knows, then listed ones
        if called:  # "أستاذة متعاقدة من مدينة تازة تدعى نادية الوزاني": what she is called
            return self._name_phrase(ph, j, stop, ent)
        bare_title = fold_head(prev) in lex.honorifics and prev not in lex.given_names  # "مولانا X"
        ended = whole or j - 1 == ph.start or prev.startswith(("ال", "وال")) or not prev[0].isalnum() \
            or prev.isdigit() or (m := self._entity_over(j - 1)) is not None and m.label in ("LOC", "ORG") \
            or skipped or bare_title
        # "متحدث باسم رئيس الوزراء X": X holds the inner role; but a rank or title of its own before the name
        # ("مساعد مدير عام الإدارة العامة للمرور ... العميد فهد البذالي") makes it the speaker's
        own_title = (bare_title or prev.startswith("ال") and (parser.role_head(prev) is not None
                                                              or fold_head(prev[2:]) in lex.honorifics)) \
            and not any(words[k] in _PREPOSITIONS for k in range(lo, j))  # not "... إلى فخامة الرئيس X"
        if not ended or not own_title and any(
                parser.role_head(words[k]) and not words[k].startswith(("ل", "ب", "ال", "وال"))
                and not self._place_at(k) for k in range(lo, j)):  # (not "جدة", grandmother, the city)
            return None
        return self._name_phrase(ph, j, stop, ent)

    def _name_phrase(self, ph: Phrase, j: int, stop: int, ent: Mention | None) -> Phrase:
        """``ph`` named by the tokens ``j..stop`` (tagged as ``ent``); "أحد الآباء" is one man."""
        gender = ONE.get(self.tt.words[ph.start], ph.gender)
        return Phrase(ph.start, stop, "PER", tuple(self.tt.words[j:stop]), (j, stop), head=ph.head,
                      portfolio=ph.portfolio, country=ph.country, gender=gender, known=ent is not None,
                      entity_id=ent.entity_id if ent is not None else None)

    def _entity_over(self, k: int) -> Mention | None:
        """The tagged mention whose tokens cover ``k``, if any (an index built on the first call)."""
        if self._over is None:
            self._over = [None] * len(self.tt)
            for a, (e, m) in self.parser.entities.items():
                self._over[a:e] = [m] * (e - a)
        return self._over[k]

    def _addressed_name(self, ph: Phrase) -> Phrase:
        """"وحذرت الوزيرة ترامب من ...": a bare definite role is the speaker who holds the floor; the
        name after it is whom she addresses, not an apposition."""
        words = self.tt.words
        if ph.kind != "PER" or not ph.head or ph.name_span is None or ph.name_span[0] != ph.start + 1 \
                or not words[ph.start].startswith(("ال", "وال")):
            return ph
        cur = self.cast.current
        if cur is None or cur.head != fold_head(words[ph.start]) and cur.head != ph.head:
            return ph
        named = self.cast.by_name(ph.name)
        if named is cur or cur.name and ph.name and (_overlap(cur.name, ph.name)):
            return ph
        role = Phrase(ph.start, ph.name_span[0], "ROLE", head=ph.head, portfolio=ph.portfolio,
                      country=ph.country, gender=ph.gender)
        return role if self.cast.by_role(role) is cur else ph

    def _current(self) -> tuple[Person | None, tuple[int, int] | None]:
        p = self.cast.current
        if p is None:
            return None, None
        return p, p.mention

    def _postposed_quote(self, cue: _Cue) -> QuoteSpan | None:
        """"«...»، قال الوزير", "«...»، يوضح الشعباني", "«...»، تحذر الكعبي": a statement quotation right
        before a reporting cue that has no content of its own (not a relay, label, topic or floor verb)."""
        tt = self.tt
        if _NOT_POSTPOSED & cue.form.lemma.flags:
            return None
        k = cue.tok - 1
        if k >= 0 and tt.words[k] in _TRIM:
            k -= 1
        if k < 0 or tt.words[k] != '"' or tt.quote_at[k] < 0:
            return None
        q = tt.quotes[tt.quote_at[k]]
        if q.close != k or q.words <= TERM_MAX_WORDS or self.claimed[q.open + 1]:
            return None
        return q

    def _postposed(self, cue: _Cue, q: QuoteSpan, speaker: Person | None, mention: tuple[int, int] | None,
                   cue_end: int) -> None:
        tt = self.tt
        inside = self._inside(q)
        if inside is None:
            return
        cs, _ = tt.span(cue.tok, cue.tok)
        _, ce = tt.span(cue_end, cue_end)
        self.found.append(_Found(inside[0], inside[1], "direct", (cs, ce), speaker, mention))
        for j in range(inside[0], inside[1] + 1):
            self.claimed[j] = True

    # ---- attribution phrases and headlines ----------------------------------------------------
    def _attribution(self, i: int) -> None:
        """Attribution phrases: "وبحسب المتحدث، فإن ..." before the content, or "...، حسب البيان."
        after it (the sentence up to the phrase is the content)."""
        tt = self.tt
        words = tt.words
        n = len(tt)
        k = self._phrase_at(i, self.lex.attribution_index)
        a = i + k
        verbal = words[a - 1] in _AS  # "...، كما ذكرت النيابة.": only after what it glosses, with a verb
        if verbal and (tt.new_sent[i] or a >= n or not self._verb_at(a)):
            return
        cue = (i, a - 1)  # the phrase and its verb; whom and when it was said to are not part of it
        before = words[a - 1][1:] if words[a - 1] == "وحسبما" else words[a - 1]
        if before in ("ما", "لما", "حسبما", *_AS) and a < n and self._verb_at(a):  # "وفق ما صرح به X"
            cue = (i, a)
            a += 1
            while a < n and (words[a] in ("به", "بها", "عنه", "بذلك") or words[a] in self.lex.time_words
                             or verbal and words[a].startswith("لل") and a + 1 < n
                             and words[a + 1][0].isalpha()):
                a += 1  # "كما أوضح للصحافة حينها وزير الداخلية": the speaker after the circumstance
            if a < n and words[a][0] == "ل" and words[a][1:] in self.lex.role_index:
                # "بحسب ما أكده لمراسلة الجوهرة أف أم، خميس قسيلة،": whom it was said to, then the speaker
                c = next((c for c in range(a + 1, min(n, a + 7)) if words[c] in _COMMAS or tt.new_sent[c]), n)
                if c + 1 < n and words[c] in _COMMAS:
                    a = c + 1
        if a < n and words[a] in _SAME:  # "حسب نفس المصدر": the source already named
            a += 1
        a = self._source_noun(a)
        if tt.new_sent[i] or words[i][0] == "ف":  # "...، فبحسب X، فإن": ف opens what it glosses
            self._preposed_attribution(cue, a)
            return
        end = a
        while end < n and end - a < 16 and not tt.new_sent[end] and words[end] not in SENTENCE_END \
                and words[end] not in ("،", ","):
            end += 1
        if end < n and not tt.new_sent[end] and words[end] not in SENTENCE_END and words[end] not in _COMMAS:
            return  # the sentence goes on: not a gloss on what precedes
        ph = self.parser.parse(a, end, guess_names=False)
        if ph is None and not verbal:  # "...، بحسب رويترز.": an unknown name that fills the phrase
            ph = self.parser.parse(a, end, guess_names=True)
            if ph is not None and ph.end != end and not (
                    words[ph.end] in ("في", "من", "داخل") and end - ph.end <= 4):
                ph = None  # but "حسب ما أعلن عنه قياديون في الحزب": a group and where it belongs
        if ph is None and not verbal and a < end and words[a] in self.lex.source_nouns \
                and words[a].startswith("ال") and words[i - 1] in _COMMAS:
            ph = Phrase(a, end, "ORG", tuple(words[a:end]))  # "...، وفق النتائج الرسمية.": the figures speak
        if ph is None:  # "، حسب البيان الذي بثته الوكالة": the phrase may go on with a relative clause
            return
        tail = words[ph.end:end]
        if tail and tail[0] == "(" and ")" in tail:  # "كما قالت نيابة كارلسروهى (جنوب غرب)، ..."
            tail = tail[tail.index(")") + 1 :]
        if verbal and tail and not all(w in self.lex.time_words for w in tail):
            return  # "، كما أكد الوزير أن ...": a new statement, not a gloss
        s0 = self._sentence_start(i)
        if any(self.claimed[j] for j in range(s0, i)):
            return  # the sentence already reports someone: the phrase glosses that
        first = s0
        last = i - 1
        if not verbal and end + 1 < n and words[end] in _COMMAS and not tt.new_sent[end + 1] \
                and words[end + 1] not in SENTENCE_END and words[end + 1] not in _RELATIVES \
                and words[i - 1] in _COMMAS:
            # "والتي أدت، حسب مراقبين، إلى تنامي ...": between commas the phrase glosses the whole sentence
            # (not "...، على حد تعبير الوزير، الذي ...": what follows describes the source)
            last = max(last, self._clause_end(end + 1))
        while last > first and words[last] in _TRIM:
            last -= 1
        if sum(1 for j in range(first, last + 1) if words[j][0].isalnum()) < 3 or self.claimed[last]:
            return
        if words[a - 1] in _SAME and ph.kind != "DOC":
            ph.kind = "DOC"
        if words[last] == '"' and tt.quote_at[last] >= 0:  # 'بتهمة "نشر رسائل ..."، على حد تعبير الوزير'
            q = tt.quotes[tt.quote_at[last]]
            inside = self._inside(q) if q.close == last and q.words > TERM_MAX_WORDS else None
            if inside is not None and q.open > first:
                self._add_attribution(cue, a, ph, inside[0], inside[1], "direct")
                return
        self._add_attribution(cue, a, ph, first, last)

    def _source_noun(self, a: int) -> int:
        """"بحسب أرقام المفوضية", "وفق حصيلة أعلنتها المفوضية", "بحسب توضيح نشرته رويترز": the token
        where the source starts, past what it published (and a relative verb); ``a`` when none."""
        words = self.tt.words
        n = len(words)
        if a >= n or words[a] not in self.lex.source_nouns or a + 1 < n and words[a + 1] in ("من", "في"):
            return a  # (not "مصادر من مصالح الجمارك": sources in a body, who speak)
        k = a + 1

        def relative_verb(k: int) -> bool:  # "أعلنتها", "نشرته" (not "وزارة", ة folded)
            w = words[k] if k < n else ""
            return len(w) > 4 and w.endswith(("ته", "تها", "ها", "ه")) and not w.startswith("ال") \
                and not self.parser.is_name_word(k) and self.parser.institution_head(w) is None \
                and self.parser.role_head(w) is None \
                or w in self.lex.forms or w.removesuffix("ه") in self.lex.forms

        if k + 1 < n and not words[k].startswith("ال") and words[k][0].isalpha() and not relative_verb(k) \
                and not self.parser.is_stop(words[k]) and relative_verb(k + 1):
            k += 1  # "إحصائية حديثة أعدها X": an adjective before the relative verb
        w = words[k] if k < n else ""
        if relative_verb(k):
            k += 1  # a relative verb: the source is its subject
        elif k + 1 < n and w in _ISSUED and words[k + 1] == "عن":
            k += 2  # "وفق بيان صادر عن البلدية": the body it was issued by
        if k < n and self.parser.parse(k, n, guess_names=False) is not None or k < n and words[k] == '"':
            return k
        return a

    def _verb_at(self, a: int) -> bool:
        w = self.tt.words[a]
        return w in self.lex.forms or len(w) > 3 and w[0] in "وف" and w[1:] in self.lex.forms \
            or w.endswith("ه") and w[:-1] in self.lex.forms \
            or w in ("اوردت", "اورد", "نشرت", "نشر", "افادت", "اوضحت", "ذكرته", "اعلنته")

    def _preposed_attribution(self, cue: tuple[int, int], a: int) -> None:
        tt = self.tt
        words = tt.words
        n = len(tt)
        end = a
        while end < n and end - a < 12 and words[end] not in ("،", ",") and not tt.new_sent[end] \
                and words[end] not in ("فان", "فإن"):
            end += 1
        if end >= n or tt.new_sent[end] or end - a >= 12:
            # "ووفقا لتقرير لقناة "دبليو دى ار" قامت ...": no comma, the source ends where its name does
            ph = self.parser.parse(a, min(n, a + 12), guess_names=False)
            if ph is None or ph.kind == "DOC" or ph.end >= n or tt.new_sent[ph.end] \
                    or not words[ph.end][0].isalpha() or self.claimed[ph.end]:
                return
            last = self._clause_end(ph.end)
            if last - ph.end >= 3:
                self._add_attribution(cue, a, ph, ph.end, last)
            return
        first = end + 1 if words[end] in ("،", ",") else end
        if first < n and words[first] in ("فان", "فإن"):
            first += 1
        if first >= n or tt.new_sent[first] or words[first] == _RELAYED:
            return  # "بحسب ما أفادت صحيفة نيويورك تايمز، نقلا عن دبلوماسيين": the source it relays speaks
        if (c := self.cue_at.get(first)) is not None and c.form.kind == "past" and not c.prefix \
                and first + 1 < n and self.parser.parse(first + 1, min(n, first + 8), guess_names=False):
            return  # "ووفقا لبيان لمصالح ولاية بسكرة، شدد والي بسكرة على": the clause's own cue and speaker
        ph = self.parser.parse(a, end, guess_names=False)
        known = ("ال" + words[a][2:],)  # "ووفقا للعبيدي، فإن": the family name of someone named, after لـ
        if ph is None and end == a + 1 and words[a].startswith("لل") and known[0] in self.parser.known_names:
            ph = Phrase(a, end, "PER", known, (a, end), known=True)
        if ph is not None and ph.end < end and (words[ph.end] in self.lex.time_words or words[ph.end] == "("
                                                 and words[end - 1] == ")"):
            ph.end = end  # "ووفقا لتقارير وسائل الإعلام يوم الجمعة فإن", "لتقرير قناة "..." (WDR)، فإن"
        elif ph is not None and ph.end < end \
                and (ph.kind in ("ORG", "ROLE") and end <= ph.end + 3
                     or words[ph.end] in ("من", "في") and end <= ph.end + 8) \
                and all(w[0].isalpha() and w not in self.lex.forms and w not in self.lex.complementizers
                        for w in words[ph.end : end]):
            # "وفقا لمديرية الصحة في ملاطية، فإن", "بحسب جمعية الهلال الأحمر السوداني، فإن": the rest of the
            # body's name or where it is; "ووفقا للمقدم X من القيادة العامة لشرطة الشارقة، فإن": where he
            # serves
            ph.end = end
        told = ph is not None and ph.end < end and self._to_whom(ph.end)  # "وحسبما أفادت مصادر بالوزارة
        # لـ"مصراوي"، فإن": whom it was said to ends the segment
        # "وبحسب مصدر برلماني تحدث لـ"الصباح الجديد"، فإن", "بحسب استطلاع أجراه معهد ... ونشرت نتائجه": a
        # relative clause on the source ends it
        described = ph is not None and ph.kind != "DOC" and ph.end < end \
            and (self._verb_at(ph.end) or words[ph.end] in _RELATIVES)
        if ph is None or ph.end != end and not told and not described \
                or ph.kind == "DOC" and words[a - 1] not in _SAME or described and words[first] in _CALLED:
            return  # "ووفق البلاغ عبر ...": the phrase must be all of the segment
        if words[first] == '"':
            q = self._quote_of(first)
            if q is not None and self._quote_ends_clause(q):
                inside = self._inside(q)
                if inside is not None:
                    self._add_attribution(cue, a, ph, inside[0], inside[1], "direct")
                return
        last = self._clause_end(first)
        if last >= first and not self.claimed[first]:
            self._add_attribution(cue, a, ph, first, last)

    def _add_attribution(self, cue: tuple[int, int], a: int, ph: Phrase, first: int, last: int,
                         kind: str = "") -> None:
        """The quotation ``first..last`` an attribution phrase (tokens ``cue``) gives to ``ph``; ``a`` is
        where the source's words start."""
        tt = self.tt
        i = cue[0]
        if ph.kind == "DOC" and tt.words[a - 1] in _SAME:
            person = self.source or self.cast.current  # "حسب نفس المصدر": the source named before
            if person is None:  # before anyone spoke: whoever was named last
                person = self.cast.last_other(i)
            mention = person.mention if person is not None else None
        else:
            person = self.cast.resolve(ph, self.parser.known_names)
            mention = person.mention
        if person is not None:
            self.source = person
            if self.cast.current is None and person.kind == "ORG" and not person.hedge:
                self.cast.current = person  # "بحسب ما أعلنته الحركة في بيان لها. وأضاف البيان أن"
        if not kind:
            kind = "mixed" if any(tt.quote_at[j] >= 0 for j in range(first, last + 1)) else "indirect"
        cs, ce = tt.span(i, cue[1])
        self.found.append(_Found(first, last, kind, (cs, ce), person, mention))
        for j in range(first, last + 1):
            self.claimed[j] = True

    def _headline(self) -> None:
        """"لافروف: نعمل ...": a title (or short first line) whose left side names a speaker."""
        tt = self.tt
        words = tt.words
        n = len(tt)
        lines: list[tuple[int, int]] = []
        if self.title is not None:
            a = next((k for k in range(n) if tt.offs[tt.starts[k]] >= self.title.start), n)
            b = a
            while b + 1 < n and tt.offs[tt.starts[b + 1]] < self.title.end:
                b += 1
            if a < n and tt.offs[tt.starts[a]] < self.title.end:
                lines.append((a, b))
        else:
            i = 0
            for _ in range(3):
                if i >= n:
                    break
                b = i
                while b + 1 < n and not tt.new_para[b + 1]:
                    b += 1
                if b - i < 30:
                    lines.append((i, b))
                i = b + 1
        seen: set[tuple[str, ...]] = set()
        for a, b in lines:
            colon = next((k for k in range(a, min(b, a + _HEADLINE_MAX_COLON + 1)) if words[k] == ":"), None)
            if colon is None:  # "شقيقتان ... توصيل الأدوية.. وسارة العتيبي: ...": the second part speaks
                colon = next((k for k in range(a, b) if words[k] == ":" and self._headline_subject(a, k) > a),
                             None)
            near = colon if colon is not None and colon - a <= _HEADLINE_MAX_LEFT else None
            self._headline_verb(a, b, near, seen)  # "... ويطمئن الطلاب: ...": a verb before a far colon
            if colon is None or colon == a or colon >= b or self.claimed[colon + 1]:
                continue
            a = self._headline_subject(a, colon)
            ph = self.parser.parse(a, colon, guess_names=True)
            if ph is None and words[a][:1] == "و" and a > 0 and words[a - 1] in SENTENCE_END:
                ph = self._joined_subject(a, colon)  # ".. وسارة العتيبي: ..."
            if (ph is None or ph.kind != "PER") and colon - a >= 2 and words[a].startswith("ال") \
                    and words[a] in self.lex.given_names \
                    and self.parser.name_run(a, colon, allow_article=True, first_article=True) == colon:
                ph = Phrase(a, colon, "PER", tuple(words[a:colon]), (a, colon))  # "الطيب حمداوي: ..."
            if a + 1 == colon and words[a][:1] == "و" and self.cast.by_name((words[a][1:],)) is not None:
                ph = Phrase(a, colon, "PER", (words[a][1:],), (a, colon), known=True)  # ".. والعتيبي: ..."
            lead = self._headline_lead(a, colon, b)
            person: Person | None = None
            if ph is not None and ph.kind == "ROLE" and not ph.name and ph.indefinite \
                    and words[ph.start] in _SOURCES:
                person = self.cast.resolve(ph, self.parser.known_names)  # "مصدر دبلوماسي جزائري:": a source
                # the article does not name
            elif ph is not None and ph.kind == "ROLE" and not ph.name and ph.head in self.lex.role_plurals \
                    and not words[ph.start].startswith("ال"):
                # "مستأجرون في عمّان: ...": a group speaks, whom no one person named stands for
                first_q = self._first_quote_after(colon)
                ph.end = colon  # "سكان مخيم البداوي:": the group with its place
                person = first_q.speaker if first_q is not None and first_q.speaker is not None \
                    and first_q.speaker.head == ph.head else self.cast.resolve(ph, self.parser.known_names)
            elif ph is not None and ph.kind == "ROLE" and not ph.name:
                person = self._headline_role(ph, colon) or lead  # "وزير دفاع الاحتلال الاسرائيلي : ..."
            elif ph is None or not ph.name and ph.kind != "ORG":
                pass
            elif ph.end < colon and words[ph.end] not in _HEADLINE_TOPIC and words[ph.end][:1] != "ل" \
                    and lead is None and not self._headline_aside(ph.end, colon):
                continue  # "X لـY: ..." speaks to Y; "X عن ...: ..." speaks about something
            else:
                person = self.cast.by_name(ph.name) if ph.name else self.cast.by_org(ph)
            if person is None and lead is not None:
                person = lead  # "آفاق تونس : ...", "سياسيون : ...": the party or group the lead quotes
                ph = Phrase(a, colon, "ORG", tuple(words[a:colon]))
            if person is None and ph is not None and ph.kind == "ORG" and ph.head is not None \
                    and ph.end == colon and ph.head not in self.lex.countries:
                person = self.cast.resolve(ph, self.parser.known_names)  # "وزارة الدفاع الجزائرية: ..."
            if person is not None and person.kind == "ORG" and ph is not None and ph.kind == "ORG":
                person = self._speaking_for(person, colon)
            if person is None:
                person = self._headline_introduced(a, colon, b)
                ph = Phrase(a, colon, "PER")
            if person is None:
                continue
            first = colon + 1
            last = b
            while last > first and (words[last] in _TRIM or words[last] in SENTENCE_END):
                last -= 1
            if words[first] == '"':
                q = self._quote_of(first)
                if q is not None and q.close is not None and q.close >= last:
                    first, last = first + 1, q.close - 1
            key = tuple(words[first : last + 1])
            if key in seen or last < first:
                continue
            seen.add(key)
            cs, ce = tt.span(colon, colon)
            s, e = tt.span(a, colon - 1) if ph is None else tt.span(ph.start, ph.end - 1)
            self.found.append(_Found(first, last, "direct", (cs, ce), person, (s, e)))

    def _headline_verb(self, a: int, b: int, colon: int | None, seen: set[tuple[str, ...]]) -> None:
        """"ترامب يعلن انسحاب الولايات المتحدة من ...", "تيار المحبة يدعو إلى تشكيل ...": a headline
        whose subject opens it (or follows a colon) and whose present-tense cue carries content."""
        tt = self.tt
        words = tt.words
        s0 = colon + 1 if colon is not None and colon < b else a
        cue = next((self.cue_at[k] for k in range(s0 + 1, min(b, s0 + _HEADLINE_MAX_LEFT + 1))
                    if k in self.cue_at), None)
        if cue is None or cue.form.kind != "present" or cue.prefix \
                or {"floor", "document"} & cue.form.lemma.flags:
            return
        flags = cue.form.lemma.flags
        nxt = words[cue.tok + 1] if cue.tok + 1 <= b else ""
        direct_prep = nxt in cue.form.lemma.preps or nxt[:1] in cue.form.lemma.preps and len(nxt) > 3
        addressed = None if direct_prep or nxt == '"' else self._headline_addressee(cue, b)
        if addressed is None and nxt != '"' and (
                "strict" in flags and "headline" not in flags or "prep" in flags and not direct_prep):
            return  # "تتهم الحوثيين بـ", "تدعو منظمة التحرير لـ": an object or addressee first
        ph = self.parser.parse(s0, cue.tok, guess_names=True)
        if ph is not None and ph.kind in ("ORG", "ROLE") and ph.end < cue.tok:
            e = ph.end
            while e < cue.tok and words[e].startswith("ال") and self.parser._adjective(words[e]):
                e += 1
            if e < cue.tok and self._where_or_acronym(e, cue.tok):
                ph.end = cue.tok  # "الرقابة الصحية في النجف تحذر من ...": the body and where it is
        if ph is None:
            ph = self._headline_known(s0, cue.tok)  # "الصيد يطالب ...": the surname of someone the body names
        if (ph is None or ph.end != cue.tok) and 0 < cue.tok - s0 <= 5 \
                and all(w[0].isalpha() and not self.parser.is_stop(w) and not self._present_verb(w)
                        for w in words[s0 : cue.tok]) \
                and not self.parser.role_head(words[s0]) and (ph is None or ph.kind != "PER" or (
                    not ph.known and not self.parser.listed_name(ph.name))):
            # "كهرباء لبنان تعلن ...", "أسر أطفال التوحد بالدار البيضاء تطالب ...": a body or a group the
            # parser does not read whole
            ph = Phrase(s0, cue.tok, "ORG", tuple(words[s0 : cue.tok]), head=words[s0])
        if (ph is None or ph.end != cue.tok) and self.parser.group_word(words[s0]) and cue.tok - s0 <= 8 \
                and cue.form.gender == "p" \
                and not any(self._present_verb(w) or w in _TRIM for w in words[s0 : cue.tok]):
            # "مرافقو مرضى في نواكشوط يطالبون بـ", "أولياء أمور بمدرسة خاصة في مدينة نصر يطالبون": a group and
            # where it is
            ph = Phrase(s0, cue.tok, "ROLE", head=fold_head(words[s0]), gender="p", indefinite=True)
        if ph is None or ph.end != cue.tok:
            return
        person: Person | None = None
        if not ph.name or ph.kind == "ORG" and not words[s0].startswith("ال") and ph.head == words[s0]:
            # "برلمانية تطالب بـ..." then "...، مطالبة بتشريع", "محام دولي يحذر ..." then "حذر المحامي X"
            person = self._headline_repeated(cue, b)
        if person is None and ph.kind == "ROLE" and not ph.name:
            person = self._headline_role(ph, cue.tok)  # "وزير الدفاع الفرنسي يحذر من ..."
            if person is None and ph.gender == "p":
                person = self.cast.resolve(ph, self.parser.known_names)  # "السكان يطالبون بـ": a group
            if person is None:
                return
        first = cue.tok + 1
        skip = 0
        lex = self.lex
        if addressed is not None:  # "X يطالب الولاة بتخصيص ...": the addressee is left out
            first, skip = addressed
        while first <= b and (words[first] in cue.form.lemma.preps or words[first] in lex.complementizers):
            first += 1
        if not skip and first == cue.tok + 1 and first <= b and words[first][0] == "ب":
            at = self._prep_at(first, cue.form.lemma.preps)  # "الكتلة تطالب بجلسة حوار": not the بـ
            if at is not None:
                skip = at - tt.starts[first]
        last = b
        while last > first and (words[last] in _TRIM or words[last] in SENTENCE_END):
            last -= 1
        if sum(1 for j in range(first, last + 1) if words[j][0].isalnum()) < (2 if addressed else 3) \
                or any(self.claimed[j] for j in range(first, last + 1)):
            return  # "نتنياهو يتوعد", "الحزب يوضح": a verb with no content
        kind = "mixed" if any(tt.quote_at[j] >= 0 for j in range(first, last + 1)) else "indirect"
        if words[first] == '"':
            q = self._quote_of(first)
            if q is not None and q.close is not None and q.close >= last:
                if addressed is not None and words[first - 1] == "ب":
                    return  # "يهدد سفراءه بـ"رصاصة في الرأس"": a quoted label of the threat, as وصفه بـ"..."
                first, last, kind, skip = first + 1, q.close - 1, "direct", 0
        key = tuple(words[first : last + 1])
        if key in seen or last < first:
            return
        if person is not None:
            pass
        elif ph.kind == "PER" and ph.name:
            person = self.cast.by_name(ph.name)
        else:
            person = self.cast.by_org(ph) if ph.kind == "ORG" else None
        if person is None:
            person = self.cast.resolve(ph, self.parser.known_names)
        seen.add(key)
        cs, ce = tt.span(cue.tok, cue.tok)
        ms, me = tt.span(ph.start, ph.end - 1)
        self.found.append(_Found(first, last, kind, (cs, ce), person, (ms, me), skip))
        for j in range(first, last + 1):
            self.claimed[j] = True

    def _headline_repeated(self, cue: _Cue, b: int) -> Person | None:
        """Whom the body's first quotation gives voice to, if its verb is the headline's ("برلمانية تطالب
        بـ..." then "..."، مطالبة بتشريع"): a headline names its speaker loosely, the lead in full."""
        first = self._first_quote_after(b)
        if first is None:
            return None
        at = next((c for k, c in self.cue_at.items() if k > b and self.tt.span(k, k)[0] == first.cue_span[0]),
                  None)
        return first.speaker if at is not None and at.form.lemma == cue.form.lemma else None

    def _present_verb(self, w: str) -> bool:
        """Might ``w`` be a present-tense verb ("تعتمد", "يتبنى", "يقف"): ي / ت and three letters or more, no
        body, role or listed name?"""
        return len(w) >= 3 and w[0] in "يت" and self.parser.institution_head(w) is None \
            and self.parser.role_head(w) is None and w not in self.lex.person_names \
            and not self.parser.is_stop(w) and w not in self.lex.time_words  # "يقف", "يظل"; not "تحت", "يوم"

    def _headline_addressee(self, cue: _Cue, b: int) -> tuple[int, int] | None:
        """"نصر الله يهدد إسرائيل باستهداف ...", "الوفد يدعو سوريا إلى "..."": a verb that names whom it
        addresses, a short addressee, then its preposition: (first content token, characters of a clitic
        preposition to skip), or None."""
        lemma = cue.form.lemma
        if "addressee" not in lemma.flags or not lemma.preps or lemma.lemma in _HEADLINE_CHARGES:
            return None
        words = self.tt.words
        for k in range(cue.tok + 2, min(b, cue.tok + 5) + 1):
            w = words[k]
            if not w[0].isalpha() or w in self.lex.complementizers:
                return None
            if w in lemma.preps:
                return (k + 1, 0) if k < b else None
            start = self._prep_at(k, lemma.preps) if w[0] == "ب" else None  # not لـ: "لـلتحرك" is a purpose
            if start is not None:
                return k, start - self.tt.starts[k]
        return None

    def _joined_subject(self, a: int, colon: int) -> Phrase | None:
        """The speaker of a headline's second part, a name whose given name is joined by و ("... .. وسارة
        العتيبي: ...")."""
        words = self.tt.words
        w = words[a][1:]
        if w in self.lex.given_names and self.parser.name_run(a + 1, colon, allow_article=True) == colon:
            return Phrase(a, colon, "PER", (w, *words[a + 1 : colon]), (a, colon))
        return None

    def _headline_subject(self, a: int, colon: int) -> int:
        """Where the speaker of a headline's colon starts: after the first part of a two-part headline
        ("السجن 15 عاما لمتهم.. والدفاع: سنطعن"), past the و that joins the parts, else ``a``."""
        words = self.tt.words
        k = colon - 1
        while k > a and words[k] not in SENTENCE_END and words[k] not in _COMMAS:
            k -= 1
        if k == a or colon - k > 4:
            return a
        return k + 1

    def _headline_aside(self, k: int, colon: int) -> bool:
        """Are the words ``k..colon`` after a headline's speaker an aside that still lets it speak: a
        reporting verb ("الوكالة الذرية تحذر:"), whom it speaks to ("لـDW عربية:"), when ("بعد فوزه:") or
        on what occasion ("في حوار مع ...:")?"""
        words = self.tt.words
        w = words[k]
        if w in _WHEN_ASIDE and colon - k <= 5:
            return True  # "ألميدا قبل مواجهة الأهلي:", "بعد فوزه:"
        if w == "في" and k + 1 < colon and fold_head(words[k + 1]) in self.lex.occasions and colon - k <= 6:
            return True  # "رئيس هيئة قناة السويس في حوار مع "الأهرام":"
        if w == "في" and colon - k <= 4 and not any(x in self.lex.forms for x in words[k + 1 : colon]):
            return True  # "مدير مستشفى في شمال غزة:": where the office is held
        if w == "من" and colon - k <= 3 and ((ent := self.parser.entities.get(k + 1)) is not None
                                            and ent[1].label == "LOC" or words[k + 1] in self.lex.countries):
            return True  # "وزير الخارجية الكوري من الدوحة:": where he spoke
        if colon - k <= 4 and not words[k - 1].startswith(("ال", "وال")) and all(
                x == '"' or x[0].isalpha() and x not in self.lex.forms and x not in self.lex.complementizers
                and (x == "في" or not self.parser.is_stop(x)) for x in words[k:colon]):
            return True  # "محافظ نابلس:", "رئيس فيدرالية الحبوب:", "مخرج «دروب الملح»:": the role's genitive
        if w == "ل" and words[k + 1] == '"' and words[colon - 1] == '"' and colon - k <= 7:
            return True  # "الرئيس التنفيذي لـ"أطلس جت":": the body in marks after لـ, or whom he told
        return colon - k <= 4 and (w in self.lex.forms or w[:1] == "ل" and w not in self.lex.forms)

    def _headline_lead(self, a: int, colon: int, b: int) -> Person | None:
        """A headline's left side the parser cannot resolve (a party, a group: "آفاق تونس :", "سياسيون :")
        is said by whoever the first quotation of the body gives voice to, when the words before that
        quotation name the same party or group ("... لحزب آفاق تونس كريم الهلالي", "السياسيين ...
        واعتبروا"). Not a country, the place of the news ("السعودية : اضطراب ...")."""
        words = self.tt.words
        left = words[a:colon]
        if not 0 < len(left) <= 3 or not all(w[0].isalpha() for w in left) \
                or " ".join(left) in self.lex.countries or _stem(" ".join(left)) in self.lex.countries:
            return None
        first = self._first_quote_after(b)
        if first is None:
            return None
        s0 = first.start
        while s0 > b + 1 and not self.tt.new_sent[s0]:
            s0 -= 1
        seen = {_stem(w) for w in words[s0 : first.start]}
        insts = self.lex.institution_index
        if not all(_stem(w) in seen or w in self.lex.nationalities and left[0] not in insts for w in left):
            return None  # (the body's nationality may be the headline's alone: "الصحة العراقية :")
        if left[0] in insts or len(left) == 1 and left[0].endswith("ون"):
            return first.speaker  # "الجامعة العربية :", "سياسيون :": a body or a group of people
        head = _stem(left[0])  # "آفاق تونس :" named in the body after its noun ("لحزب آفاق تونس")
        bodies = self.lex.institutions
        named = any(_stem(words[k]) == head and (words[k - 1] in insts or _stem(words[k - 1]) in bodies
                                                 or words[k - 1] == "(")  # "... (إيكواس)": its short name
                    for k in range(max(s0, 1), first.start))
        return first.speaker if named else None

    def _headline_introduced(self, a: int, colon: int, b: int) -> Person | None:
        """"اقتصادي كويتي:", "الملحقة العمالية الفلبينية في الكويت:": a headline that names its speaker by
        words the parser does not read as a role: one of the body's first named speakers whose sentence,
        up to the quotation, holds the headline's first word and two thirds of its others."""
        words = self.tt.words
        first = words[a]
        if a in self.parser.entities or not (self.parser.role_head(first) or first.endswith(("ي", "يه"))
                                             and first not in self.lex.nationalities):
            return None  # "غزة:", "الإمارات:": the place of the news; "وزارة ...:", a body, is read above
        left = [_stem(w) for w in words[a:colon] if w[0].isalpha() and not self.parser.is_stop(w)]
        if not 0 < len(left) <= 5:
            return None
        found = sorted((f for f in self.found if f.start > b and f.speaker is not None
                        and f.speaker.kind == "PER" and f.speaker.name), key=lambda f: f.start)
        for f in found[:4]:
            s0 = f.start
            while s0 > b + 1 and not self.tt.new_sent[s0]:
                s0 -= 1
            seen = {_stem(w) for w in words[s0 : f.start]}
            if left[0] in seen and 3 * sum(w in seen for w in left) >= 2 * len(left):
                return f.speaker
        return None

    def _first_quote_after(self, k: int) -> _Found | None:
        """The first quotation with a speaker that starts after token ``k``: the lead's, after a headline."""
        return min((f for f in self.found if f.start > k and f.speaker is not None), key=lambda f: f.start,
                   default=None)

    def _headline_known(self, a: int, b: int) -> Phrase | None:
        """A headline subject the parser does not read ("الصيد", "الوفد التونسي"): the words of the name of
        someone the body introduced, in order."""
        words = tuple(self.tt.words[a:b])
        if not 0 < len(words) <= 3 or not all(w[0].isalpha() for w in words):
            return None
        for p in reversed(self.cast.people):
            names = (p.name, tuple(normalized_name(p.display).split()))
            if any(n and _in_order_words(words, n) for n in names):
                return Phrase(a, b, "ORG" if p.kind == "ORG" else "PER", p.name or words, (a, b), known=True)
        return None

    def _speaking_for(self, body: Person, colon: int) -> Person:
        """"«البلدية»: ..." then "أعلن مدير إدارة النظافة في البلدية م. X أن": the person the article first
        quotes, when the body is named in his description, speaks for the body of the headline."""
        first = self._first_quote_after(colon)
        sp = first.speaker if first is not None else None
        if sp is None or sp.kind != "PER" or first is None or first.mention is None:
            return body
        a, b = first.mention
        said_by = normalize(self.tt.text[a:b])
        return sp if any(w in said_by for w in body.name if len(w) > 3) else body

    def _headline_role(self, ph: Phrase, colon: int) -> Person | None:
        """A headline that names its speaker by a role only ("كاتب و وزير سابق أردني :"): the named
        person the article gives that role (any of the coordinated ones), if there is exactly one."""
        words = self.tt.words
        phrases = [ph]
        k = ph.end
        while k < colon and len(phrases) < 3:
            if words[k] == "و" and k + 1 < colon:
                k += 1
            head = self.parser.role_head(words[k])
            if head is None:
                break
            sub = self.parser._role(k, colon, head)
            phrases.append(sub)
            k = sub.end
        if k != colon and not self._headline_aside(k, colon):
            return None  # the left side says more than who speaks
        for role in phrases:
            people = {id(p): p for p in self.cast.people if p.kind == "PER" and holds(p, role)}
            if len(people) == 1:
                return next(iter(people.values()))
        first = self._first_quote_after(colon)
        generic = ph.head is not None and fold_head(ph.head) in self.cast.generic
        if first is not None and first.speaker is not None and first.speaker.kind == "PER" and (
                first.speaker.head == ph.head or generic):
            # "نقيب أصحاب السيارات العمومية:": the holder of that role the lead quotes; "مسؤول أممي:": any
            # office-holder it quotes
            return first.speaker
        # none given that role by name: the article's main named speaker, when one clearly dominates
        counts: dict[int, int] = {}
        for f in self.found:
            if f.speaker is not None and f.speaker.kind == "PER":
                counts[f.speaker.key] = counts.get(f.speaker.key, 0) + 1
        if not counts:
            return None
        key, top = max(counts.items(), key=lambda kv: kv[1])
        main = self.cast.people[key]
        if top < 2 or 2 * top <= sum(counts.values()) or any(
                r.country is not None and main.country not in (None, r.country)
                or r.gender in ("m", "f") and main.gender in ("m", "f") and r.gender != main.gender
                for r in phrases):
            return None  # not of another country, nor a woman for "رئيس ..."
        return main

    # ---- output -------------------------------------------------------------------------------
    def _emit(self, lex: QuoteLexicon) -> list[Quote]:
        tt = self.tt
        text = tt.text
        out: list[Quote] = []
        said: set[tuple[str, ...]] = set()
        try:
            body = tt.new_para.index(True, 1)  # the title line is apart
        except ValueError:
            body = len(tt)
        for f in sorted(self.found, key=lambda f: f.start):
            if f.start >= body:
                key = tuple(filter(str.isalnum, tt.words[f.start : f.last + 1]))  # its words, no marks
                if len(key) >= 5:
                    if key in said:
                        continue  # 'وأضاف "سواء تحقق ..." وأضاف المسؤول "سواء تحقق ..."': the site repeats
                    said.add(key)
            s, e = tt.span(f.start, f.last)
            if f.skip:
                s = tt.offs[tt.starts[f.start] + f.skip]
            speaker = None
            if f.speaker is not None:
                p = f.speaker
                if p.entity_id is None and self.ids:  # named by words the tagger also tagged elsewhere
                    p.entity_id = self.ids.get(" ".join(p.name)) or self.ids.get(normalized_name(p.display))
                m = f.mention or p.mention
                speaker = Speaker(p.display, p.entity_id, Span(m[0], m[1], text[m[0]:m[1]]))
            cue = Span(f.cue_span[0], f.cue_span[1], text[f.cue_span[0]:f.cue_span[1]])
            out.append(Quote(s, e, text[s:e], f.kind, cue, speaker))
        return out


def _stem(w: str) -> str:
    """A word without its clitics, article and plural ending: "لحزب" -> حزب, "السياسيين" -> سياسي."""
    for p in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
        if w.startswith(p) and len(w) - len(p) > 2:
            w = w[len(p):]
            break
    return w[:-2] if w.endswith(("ون", "ين")) and len(w) > 4 else w


def _in_order_words(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Are the words of ``short`` all in ``long``, in the same order?"""
    it = iter(long)
    return all(w in it for w in short)


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(set(a) & set(b))
