"""Who is speaking: noun phrases that name or describe a speaker, and the article's cast.

A speaker is named (``لافروف``), described by a role (``وزير الخارجية الروسي``, ``الوزير
الروسي``, ``نظيره الألماني``) or an institution (``وزارة الدفاع الروسية``), or left implicit
(``وأضاف``). `Cast` keeps everyone the article has introduced, in order, and resolves each new
phrase to one of them: a name by its tokens (``لافروف`` -> ``سيرغي لافروف``), a role by its
head noun, portfolio and country, an institution by its head noun. A person's canonical name
is the fullest form the article gives.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from marsad.extract.quote_lexicon import QuoteLexicon
from marsad.extract.quote_marks import TokenText
from marsad.records import Mention
from marsad.text.normalize import normalize

MAX_NAME = 4  # name tokens, particles not counted
MAX_ROLE = 8  # tokens of a role description
# nouns whose last letter is a root ه, not a pronoun (مياه = water, not مي + ه)
_ROOT_HA = frozenset({"مياه", "اتجاه", "انتباه", "اشتباه", "وجه", "فقه", "شبه", "تشابه", "رفاه"})
_CLITIC_ARTICLE = ("بال", "وال", "لل")
_ONE_OF = frozenset({"احد", "احدي", "بعض", "عدد", "عددا", "هذه", "هذا", "هولاء", "من"})
QUANTIFIERS = frozenset({"احد", "احدي", "بعض", "عدد", "عددا", "مجموعه"})  # a part of a group: "عدد من ..."
ONE = {"احد": "m", "احدي": "f"}
CALLED = frozenset({"يدعي", "تدعي", "يسمي", "تسمي", "يكني", "تكني"})  # "شاب يدعى محمد": the name follows
AND_CALLED = frozenset("و" + w for w in CALLED)  # "، ويدعى أداما،"
SIZE = frozenset({"كبير", "كبيرا", "قليل", "محدود"})  # "عدد كبير من"
_TANWIN = frozenset("\u064b\u064c\u064d")
_ROLE_COMPLEMENT = frozenset({"في", "عن", "ب", "ل", "من", "الي"})  # "المبعوث الخاص إلى اليمن X"
_COUNCIL = "مجلس"  # "رئيس مجلس الوزراء", "رئيس مجلس النواب": the council's members name the office
_SPEAKER = "متحدث"  # "المتحدث" alone: a spokesman named before, or else the one speaking
_NAME_CLOSERS = frozenset({"،", ",", ".", ":", '"', "في", "ان"})  # what may follow a body's name
# "طلب عدم ذكر اسمه", "فضل عدم الكشف عن هويته", "عدم ذكر اسم عائلته": an aside about the source's name,
# its words no content
_IDENTITY = frozenset({"اسمه", "اسمها", "هويته", "هويتها", "هويتهم", "اسمايهم", "اسماءهم", "عايلته",
                       "عايلتها"})
_MADE_BY = frozenset(f"{verb}{person}{obj}" for verb in ("اعد", "انجز", "نشر", "اصدر", "اطلق", "نفذ", "اجر")
                     for person in ("", "ت") for obj in ("ها", "ه")) | {"اجراها", "اجراه"}  # "دراسة أعدها X"
_DECADES = ("عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع")
_AGES = frozenset(f"ال{decade}ين{e}" for decade in _DECADES
                  for e in ("ي", "يه"))  # "الرجل الخمسيني", "السيدة الستينية": the one of that age described
_IN_DECADE = frozenset(f"ال{decade}ين{e}" for decade in _DECADES for e in ("", "ات"))  # "في الأربعين": an age
_SOMEONE = frozenset({"رجل", "مرا", "شاب", "فتا"})  # heads of الرجل / المرأة / الشاب(ة) / الفتاة: whoever of
# that sex was speaking
_OWNER = frozenset({"صاحب", "صاحبه"})  # "صاحب السمو": the bearer of a title of address
_PRESIDENT = "رييس"  # the role that, with no portfolio, is the head of state
_PREMIER = "وزراء"  # the portfolio of a head of government (portfolios.txt: الوزراء = الحكومة)
_STATE = "جمهوريه"  # the portfolio of a head of state (portfolios.txt: الجمهورية = الدولة = البلاد)


class _Keep(Enum):
    """A field `SpeakerParser._name_holder` leaves as the phrase had it."""

    KEEP = "keep"


_KEEP = _Keep.KEEP


Office = tuple[str | None, str | None, str | None]  # a role's head, country and portfolio


@dataclass(slots=True)
class Phrase:
    """A speaker phrase over tokens ``start..end`` (end exclusive)."""

    start: int
    end: int
    kind: str  # PER | ORG | ROLE | DOC
    name: tuple[str, ...] = ()  # normalised name tokens
    name_span: tuple[int, int] | None = None  # tokens of the name (end exclusive)
    head: str | None = None
    portfolio: str | None = None
    country: str | None = None
    counterpart: bool = False
    known: bool = False  # the name was recognised (cast or tagger), not guessed
    gender: str = ""  # from the role noun: وزيرة -> f
    entity_id: str | None = None  # the linked entity, when a tagged mention gave the phrase
    linked: tuple[str, ...] = ()  # normalised canonical name of a linked role mention (its holder)
    also: tuple[Office, ...] = ()  # further offices named with it ("نائب رئيس الوزراء وزير الخارجية X")
    indefinite: bool = False  # an unnamed source without the article ("مصدر أمني"): someone new
    nationality: str | None = None  # the country of a nationality worn as a title ("البرتغالي روي مادورو")

    def drop_name(self, words: list[str]) -> None:
        """The role alone: the name after it is someone else's, or the role's object; without the comma
        that set the name off ("رئيسة الجمعية، X،")."""
        assert self.name_span is not None
        end = self.name_span[0]
        while end - self.start > 1 and words[end - 1] in ("،", ","):
            end -= 1
        self.kind, self.name, self.end, self.name_span = "ROLE", (), end, None


@dataclass(slots=True)
class Person:
    """Someone (or some institution) the article lets speak or mentions."""

    key: int
    kind: str
    name: tuple[str, ...]
    display: str
    head: str | None
    portfolio: str | None
    country: str | None
    last: int  # token index of the latest mention
    mention: tuple[int, int]  # display span of the latest mention
    entity_id: str | None = None
    gender: str = ""  # m | f | p (plural) | "" unknown, from the verbs it is the subject of
    hedge: bool = False  # "أنباء", "تقارير": speaks for its own cue, never keeps the floor
    aside: bool = False  # only named as a complement so far: no subjectless cue falls to it
    spoke: bool = False  # has held the floor (the speaker of a cue)
    also: tuple[Office, ...] = ()  # further offices it holds, which a later role may name
    nationality: str | None = None  # from a title ("الإسباني ألبيرتو نابارو"), not from an office


@lru_cache(maxsize=4096)  # the tagger's names recur from article to article; bounded across articles
def normalized_name(name: str) -> str:
    """`normalize` of an entity's name or a speaker's display form."""
    return normalize(name)


@lru_cache(maxsize=4096)  # the same role words, folded again and again; bounded across articles
def fold_head(word: str) -> str:
    """Role head without article, و and feminine ending: الوزيرة -> وزير."""
    if word.startswith("و") and len(word) > 4 and word[1:3] == "ال":
        word = word[1:]
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    if word.endswith("ه") and len(word) > 3:
        word = word[:-1]
    return word


@dataclass(slots=True)
class SpeakerParser:
    """Reads speaker phrases at a token position; no state of its own beyond the article."""

    lex: QuoteLexicon
    tt: TokenText
    entities: dict[int, tuple[int, Mention]]  # token index -> (end token exclusive, mention)
    known_names: set[str] = field(default_factory=set)
    known_orgs: set[str] = field(default_factory=set)  # distinctive words of institutions' names
    _next_definite: bool = False  # set by _role for _role_word: the word after this one is definite
    _counts: Counter[str] | None = None  # the article's words, counted when first needed
    _spoken: frozenset[str] | None = None  # words right after a cue verb or before a colon, when needed

    # ---- word classes -------------------------------------------------------------------------
    def _bare(self, w: str) -> str:
        if w.startswith("ال") and len(w) > 3:
            return w[2:]
        return w

    def is_stop(self, w: str) -> bool:
        """A stop word, cue form or complementizer, also with a clitic: و / ف before a two-letter stop
        ("ويقول وهو يجلس": a clause), و / ف / ب / ل before a longer stop, form or complementizer, and
        لل for the article of a stop (للصحفيين). The lexicon spells these out once (``stop_words``)."""
        return w in self.lex.stop_words

    def role_head(self, w: str) -> str | None:
        return self.lex.role_index.get(w)

    def institution_head(self, w: str) -> str | None:
        return self.lex.institution_index.get(w)

    def _role_word(self, w: str) -> bool:
        lex = self.lex
        if w in lex.role_modifiers or w in lex.nationalities or w in lex.countries:
            return True
        b = self._bare(w)
        if b in lex.roles or b in lex.institutions:
            return True
        if w.startswith(("بال", "لل")) and len(w) > 4:  # بالحزب, للامم: a complement of the role
            return True
        if w[:1] in "لب" and len(w) > 3:  # لحزب, بحزب
            rest = w[1:]
            if self._bare(rest) in lex.institutions or ("ال" + rest[1:]) in lex.countries \
                    or rest in lex.countries:  # للعراق, لسوريا
                return True
            if rest.startswith("ل") and rest[1:] in lex.institutions:
                return True
            if w[0] == "ل" and self._next_definite:  # "مدير المرصد لتعليم اللغة": a genitive chain
                return True
        return w.startswith("ال") and len(w) > 3 and w not in lex.name_stops and w not in self.known_names

    def pronoun_suffixed(self, i: int) -> bool:
        """Does token ``i`` end in a pronoun (ه / ها / هم as written, not ة)?"""
        tt = self.tt
        w = tt.words[i]
        if len(w) < 4 or not w.endswith(("ه", "ها", "هم", "هما")):
            return False
        last = tt.offs[tt.ends[i] - 1]
        if w.endswith("يه") and tt.text[last - 1 : last] != "ئ":
            return False  # أندريه, جوزيه: foreign names; but أدائه, لقائه carry the pronoun
        stem = w
        for clitic in ("وال", "بال", "لل", "ال", "و", "ب", "ل"):
            if stem.startswith(clitic) and len(stem) - len(clitic) >= 3:
                stem = stem[len(clitic):]
                break
        if stem in _ROOT_HA:
            return False  # "للمياه", "الاتجاه": the ه is the word's own
        return tt.text[last] in "هام"

    def _before(self, i: int) -> bool:
        """Is token ``i`` أمام (in front of), which folds like إمام (an imam)?"""
        return self.tt.words[i] in ("امام", "وامام") and self._written_alif_hamza(i)

    def _written_alif_hamza(self, i: int) -> bool:
        """Is token ``i`` written with أ (hamza above) after an optional و?"""
        tt = self.tt
        a = tt.offs[tt.starts[i]]
        first = tt.text[a : a + 2]
        return first[:1] == "أ" or first == "وأ"

    def has_tanwin(self, i: int) -> bool:
        tt = self.tt
        a, b = tt.offs[tt.starts[i]], tt.offs[tt.ends[i] - 1] + 1
        tail = tt.text[b : b + 2]
        return not _TANWIN.isdisjoint(tt.text[a:b]) or tail[:1] in _TANWIN

    def is_name_word(self, i: int, after_particle: bool = False) -> bool:
        return self._name_word(i, True, after_particle)

    def _name_word(self, i: int, first: bool, after_particle: bool = False) -> bool:
        tt = self.tt
        w = tt.words[i]
        if not w[0].isalpha() or len(w) < 2 and w not in ("د",):
            return False
        if w == "فان" and "إ" in tt.text[tt.offs[tt.starts[i]] : tt.offs[tt.ends[i] - 1] + 1]:
            return False  # "فإن" (then), not the name Van
        if w in self.lex.name_particles:
            return True
        if w in self.lex.maqsura_stops and self.tt.last_letter(i) == "ي":
            return True  # علي (a name), not على
        if after_particle and w not in self.lex.name_stops and w not in self.lex.forms \
                and not self.pronoun_suffixed(i) and len(w) > 2 and (
                    not w.startswith("ال") or not self.is_stop(w) and w not in self.lex.countries):
            # "فون دير لاين": after a particle a name word may look like a clitic (ل + اين); "منت الشيخ",
            # "ولد الطالب": or like a title or a role
            return True
        nxt = tt.words[i + 1] if i + 1 < len(tt.words) else ""
        if w in self.lex.nationalities and first and w in self.lex.given_names and not w.startswith("ال") \
                and nxt.startswith("ال") and not self.is_stop(nxt) and nxt not in self.lex.nationalities:
            return True  # "تركي القحطاني": the given name تركي, not "Turkish", before a family name
        if not first and w in self.lex.given_names and w in self.lex.forms \
                and tt.words[i - 1] in self.lex.given_names \
                and (nxt in self.lex.person_names or nxt.startswith("ال") and nxt.endswith("ي")):
            return True  # "ماجد عزت الحسيني": a name spelled like a cue (عزت, attributed) between two names
        if self.is_stop(w) or w in self.lex.nationalities or w in self.lex.countries or w in self.lex.manner:
            return False
        if len(w) > 3 and w[0] in "لب" and w[1:] in self.lex.countries:  # لسوريا, بفرنسا
            return False
        if w.startswith(_CLITIC_ARTICLE):  # بالقول, للصحفيين, والرئيس: never inside a name,
            return not first and w.startswith("بال") and w in self.lex.person_names  # but "منذر بالحاج علي"
        if len(w) >= 5 and w.startswith(("يت", "يست")):  # "الرئيس الأمريكي يتحدث": a verb, not a name
            return False
        if len(w) == 4 and w[0] == "ي" and w[1] not in "او" and w not in self.lex.person_names:
            return False  # "الرئيس الموريتاني يعزي", "يزور", "يشيد": a present verb (not يحيى, ياسر, يونس)
        if len(w) >= 5 and w[0] == "م" and w[-1] == "ا" and not after_particle:  # مخاطبا: a participle,
            # but "دي ميستورا" is a name
            return False
        if self.pronoun_suffixed(i) and w not in ("الله", "لله") \
                and w not in (self.lex.given_names if first else self.lex.person_names):
            return False  # دوافعه, حسابه: not names (but "نجيب عبده", "عبده سيف": a listed name)
        if self.has_tanwin(i):  # صراحةً, بلهجةٍ: adverbs and indefinite nouns, never names
            return False
        if not first and w in self.lex.given_names and i > 0 and tt.words[i - 1] in self.lex.given_names \
                and not nxt.startswith("ال"):
            return True  # "محمد أمين (19 عاما)": a given name that is also a role noun, no genitive after it
        return not (self.role_head(w) or first and self.institution_head(w))

    # ---- phrases ------------------------------------------------------------------------------
    def name_run(self, i: int, end: int, allow_article: bool, first_article: bool = False) -> int:
        """End (exclusive) of a run of name-like tokens starting at ``i``.

        ``allow_article``: later tokens may carry ال (عبلة الهواري); ``first_article``: the first too
        (الجيلاني الهمامي), only where the name is enclosed in commas.
        """
        words = self.tt.words
        particles = self.lex.name_particles
        j = i
        count = 0
        while j < end and count < MAX_NAME:
            if j > i and self.tt.new_sent[j]:
                break  # a title's last word does not run into the body
            if j > i and words[j] == "-" and j + 1 < end and self.glued(j) and self._name_word(j + 1, False):
                j += 1  # "جان-ايف لو دريان": a hyphen inside a name
                continue
            if not self._name_word(j, j == i, j > i and words[j - 1] in particles) \
                    and not self._titled_name_part(j, i, end) \
                    and not (j > i and j + 1 < end and words[j] in self.lex.given_names
                             and self.listed_surname(j + 1)):  # "علي صباح الساعدي": صباح is also a time
                break
            w = words[j]
            if w.startswith("ال") and w not in self.known_names:
                if not allow_article or j == i and not first_article:
                    break
                # one article word at a time: "فريد الزين الأحزاب" stops before the object, but
                # "عبد الرؤوف العامري" goes on (الرؤوف is part of عبد الرؤوف)
                if j > i and not first_article and words[j - 1].startswith("ال") and not (
                        j - 2 >= i and words[j - 2] in particles or words[j - 1] in self.lex.name_compounds):
                    break
            if w not in particles:
                count += 1
            j += 1
        while j > i and (words[j - 1] in particles or words[j - 1] == "-"):
            j -= 1
        if allow_article and (j - i >= 2 or j - i == 1 and words[i] in self.lex.given_names) \
                and j + 1 < end and (
                words[j].startswith("ال") and (self.role_head(words[j]) or words[j] in self.lex.nationalities)
                or self.role_head(words[j]) and not self.is_stop(words[j])) \
                and not words[j - 1].startswith("ال") \
                and (words[j + 1] in ("،", ",") or words[j + 1] in self.lex.complementizers):
            # "نجيب عبده القاضي،", "خليفة مطر السويدي،", "مهدي صادقي مقدم،", "ندى المصري إن": a family name
            # that is also a role or a nationality, closing the name before a pause or the content
            j += 1
        return j

    def _titled_name_part(self, j: int, i: int, end: int) -> bool:
        """A role noun inside a name ("حافظ قائد السبسي", "محمد أمير العلوي"): bare, after a given name and
        before a tagged or already known name word. A role in apposition takes the article or a
        genitive ("ترامب رئيس الولايات"), so it never stands between two name words like this."""
        words = self.tt.words
        w = words[j]
        if j == i or j + 1 >= end or w.startswith(("ال", "و")) or not self.role_head(w) \
                or self.is_stop(words[j - 1]) or self.role_head(words[j - 1]):
            return False
        nxt = self.entities.get(j + 1)
        return nxt is not None and nxt[1].label == "PER" or words[j + 1] in self.known_names

    def glued(self, j: int) -> bool:
        """Is the punctuation token ``j`` written between two letters, with no space (جان-ايف)?"""
        tt = self.tt
        s, e = tt.starts[j], tt.ends[j]
        return s > 0 and e < len(tt.norm) and tt.norm[s - 1].isalpha() and tt.norm[e].isalpha()

    def known_run(self, i: int, end: int) -> int:
        """End of a run of tokens that are all known name tokens."""
        j = i
        words = self.tt.words
        while j < end and j - i < MAX_NAME + 1 and (words[j] in self.known_names or
                                                     words[j] in self.lex.name_particles):
            j += 1
        while j > i and words[j - 1] in self.lex.name_particles:
            j -= 1
        return j

    def parse(self, i: int, end: int, *, guess_names: bool, article_names: bool = False) -> Phrase | None:
        """The speaker phrase starting at token ``i`` (not past ``end``), if any."""
        tt = self.tt
        words = tt.words
        if i >= end:
            return None
        ent = self.entities.get(i)
        w = words[i]
        if self._before(i):
            return None
        if ent is not None and ent[1].label in ("PER", "ORG"):
            ph = self._entity(i, end, ent[0], ent[1])
            if ph is not None:
                if ph.kind == "PER" and i > 0:
                    ph.nationality = self._title_country(i - 1)  # "أهدى الإسباني ألبيرتو نابارو"
                return ph
        if w in _OWNER and i + 2 < end and fold_head(self._bare(words[i + 1])) in self.lex.address_titles:
            k = i + 2  # "صاحب السمو الملكي الأمير ...", "صاحبة السمو": the title, then who bears it
            if words[k].startswith("ال") and words[k].endswith("ي") and not self.role_head(words[k]):
                k += 1
            ph = self.parse(k, end, guess_names=guess_names, article_names=article_names)
            if ph is not None:
                ph.start = i
            return ph
        if (w in _ONE_OF or w in QUANTIFIERS) and i + 1 < end:  # "أحد المصادر", "عدد من الفصائل"
            k = i + 1
            if w in QUANTIFIERS and words[k] in SIZE and k + 1 < end:
                k += 1
            k = k + 1 if words[k] == "من" and w != "من" and k + 1 < end else k
            ph = self.parse(k, end, guess_names=False)
            if ph is not None and ph.kind == "ROLE" and w in ONE and ph.head in self.lex.role_plurals:
                ph.gender = ONE[w]  # "أحد سكان جرابولي": one man of a listed group
            if ph is None and w in ONE and (head := self._one_of_role(i, end)) is not None:
                stop = k + 1  # "أحد سائقي الخط الأول": one of the holders of a role, in construct
                while stop < end and words[stop].startswith("ال") and not self.is_stop(words[stop]) \
                        and stop - k < 4:
                    stop += 1
                ph = Phrase(k, stop, "ROLE", head=head, gender=ONE[w])
            if ph is None and w in QUANTIFIERS:
                ph = self._group(k, end)
            if ph is not None:
                ph.start = i
            return self._called(ph, end) if ph is not None and ph.kind == "ROLE" else ph
        if w == '"':  # a quoted name: وأكد "ماس" على ...
            q = tt.quotes[tt.quote_at[i]] if tt.quote_at[i] >= 0 else None
            if q is not None and q.close is not None and q.words <= 3 and q.close < end:
                inner = tuple(x for x in words[q.open + 1 : q.close] if x[0].isalnum())
                after = words[q.close + 1] if q.close + 1 < len(words) else ""
                named = after in self.lex.complementizers or after in ("،", ",", ":") or q.close + 1 >= end
                if inner and (named or not any(self.is_stop(x) for x in inner)):  # "سي.إن.إن" أن
                    heads = [self.institution_head(x) for x in inner]
                    if any(heads):  # "حزب التحرير - تونس"
                        return Phrase(i, q.close + 1, "ORG", inner, (q.open + 1, q.close),
                                      head=next(h for h in heads if h))
                    return Phrase(i, q.close + 1, "PER", inner, (q.open + 1, q.close), known=True)
            return None
        if not w[0].isalpha():
            return None
        # most words open no institution phrase: test the first word before building slices
        for phrase in self.lex.institution_phrases if w in self.lex.institution_firsts else ():
            k = len(phrase)
            if tuple(words[i : i + k]) == phrase or (
                words[i].startswith("و") and (words[i][1:],) + tuple(words[i + 1 : i + k]) == phrase
            ):
                stop = self._extend_org(i + k, end)
                return Phrase(i, stop, "ORG", tuple(words[i:stop]), head=phrase[0])
        if fold_head(self._bare(w)) in self.lex.address_titles and i + 1 < end \
                and (office := self.role_head(words[i + 1])) is not None:
            ph = self._role(i + 1, end, office)  # "سعادة وزير الخارجية", "سمو ولي العهد": the office
            ph.start = i
            return ph
        head = self.role_head(w)
        if head is None and len(w) > 4 and w.endswith(("ها", "هم")):
            office = self.role_head(w[:-3] + "ه" if w.endswith("تها") else w[:-2])
            officer = self._role(i, end, office) if office is not None else None
            if officer is not None and officer.kind == "PER":
                return officer  # "وقال مديرها العام، المهندس X،": the body's officer, named after it
        if head is not None and self.is_stop(w) and self._written_alif_hamza(i):
            head = None  # "أمام البرلمان": the preposition, not the role إمام (both امام once folded)
        named = w in self.known_names and i + 1 < end and words[i + 1] in self.known_names
        if head is not None and not named:  # "قايد السبسي" after "حافظ قائد السبسي": a name, not a role
            return self._role(i, end, head)
        if w in self.lex.countries or w[:1] == "و" and w[1:] in self.lex.countries:
            return Phrase(i, i + 1, "ORG", (w,), head=w)
        titled = self._nationality_title(i, end)
        if titled is not None:
            return titled
        inst = self.institution_head(w)
        if inst is not None and w.startswith("ال") and w.endswith("يه") and i > 0 \
                and words[i - 1].startswith("ال") and not self.institution_head(words[i - 1]) \
                and not self.role_head(words[i - 1]):
            return None  # "الانتخابات البلدية", "السياسة الخارجية": an adjective, no body
        if inst is not None:
            stop = self._extend_org(i + 1, end)
            issuer = self._issuer_after(i, end) if inst in self.lex.source_nouns else None
            if issuer is not None:
                return issuer  # "كشف تقرير حديث للمجلس الأعلى للحسابات أن": the council speaks
            return Phrase(i, stop, "ORG", tuple(words[i:stop]), head=inst)
        if w.startswith(("ال", "وال")) and w.endswith(("يون", "يين")) and len(w) > 6:
            stop = self._extend_org(i + 1, end)  # "الحوثيون", "المتظاهرون الفلسطينيون": a group speaks
            return Phrase(i, stop, "ROLE", head=self._bare(w.removeprefix("و")), )
        if w in self.known_orgs:  # "وأكد التكتل ..." after "حزب التكتل الديمقراطي"
            return Phrase(i, i + 1, "ORG", (w,), head=self._bare(w))
        if self._bare(w) in self.lex.documents or w in self.lex.documents:
            j = i + 1
            if j < end and w.startswith("ال") and words[j].startswith("ال") and not self.is_stop(words[j]) \
                    and not self.role_head(words[j]) and not self.institution_head(words[j]) \
                    and words[j] not in self.known_names:
                j += 1  # "البيان المشترك", "البيان الختامي"
            return Phrase(i, j, "DOC", tuple(words[i:j]), head=self._bare(w))
        if w in self.known_names and (head is None or named):
            stop = self.known_run(i, end)
            if stop > i:
                return Phrase(i, stop, "PER", tuple(words[i:stop]), (i, stop), known=True)
        if guess_names:  # "علي بن صميخ المري" before "إن": an article word may end the name
            stop = self.name_run(i, end, allow_article=article_names)
            if stop == i + 1 and stop < end and not self.listed_name((w,)):
                later = self._tagged_after_description(stop, end)
                if later is not None:  # "وقالت أيقونة نشطاء حقوق المرأة غلوريا ستاينم": a description
                    a, b, m = later
                    return Phrase(i, b, "PER", tuple(words[a:b]), (a, b), known=m is not None,
                                  entity_id=m.entity_id if m is not None else None)
            if stop > i:
                return Phrase(i, stop, "PER", tuple(words[i:stop]), (i, stop))
        return None

    def _title_country(self, j: int) -> str | None:
        """The country of a definite nationality at ``j`` worn as a title (البرتغالي, والإسباني), if any."""
        w = self.tt.words[j]
        w = w[1:] if w.startswith("وال") else w
        return self.lex.nationalities.get(w) if w.startswith("ال") else None

    def _nationality_title(self, i: int, end: int) -> Phrase | None:
        """"أكد البرتغالي روي مادورو", "الفرنسي اللبناني مارك عون": a nationality worn as a title before a
        tagged name; the person is of that country ("المدرب البرتغالي" may take them up)."""
        words = self.tt.words
        lex = self.lex
        country = self._title_country(i)
        if country is None:
            return None
        k = i + 1
        if k + 1 < end and words[k] in lex.nationalities:
            k += 1
        ent = self.entities.get(k)
        if k >= end or ent is None or ent[1].label != "PER":
            return None
        stop = min(ent[0], end)
        return Phrase(i, stop, "PER", tuple(words[k:stop]), (k, stop), known=True, nationality=country,
                      entity_id=ent[1].entity_id)

    def _tagged_after_description(self, k: int, end: int) -> tuple[int, int, Mention | None] | None:
        """A tagged name, or one opening with a given name, after a noun in construct with a role or a
        definite noun ("أيقونة نشطاء حقوق المرأة غلوريا ستاينم"): the noun before it describes the person,
        it is no name of its own. Only words between, no pause, verb, pronoun or preposition."""
        words = self.tt.words
        if not (self.role_head(words[k]) or words[k].startswith("ال") and not self.is_stop(words[k])):
            return None
        c = k
        while c < end and c - k <= MAX_ROLE:
            ent = self.entities.get(c)
            if c > k and ent is not None and ent[1].label == "PER":
                return c, min(ent[0], end), ent[1]
            if c > k and ent is None and self.given_name_at(c):
                stop = self.name_run(c, end, allow_article=True)
                if stop - c >= 2:
                    return c, stop, None
            inner = self.role_head(words[c]) if c > k else None
            if inner is not None:  # "... حقوق المرأة غلوريا ستاينم": the last noun of the chain, then a name
                sub = self._role(c, end, inner)
                if sub.name_span is not None and sub.name_span[1] - sub.name_span[0] >= 2:
                    return sub.name_span[0], sub.name_span[1], None
            w = words[c]
            if self.tt.new_sent[c] or not w[0].isalpha() or self.is_stop(w) or w in self.lex.forms \
                    or w in _ROLE_COMPLEMENT or self.pronoun_suffixed(c) or self.has_tanwin(c) \
                    or ent is not None:
                return None
            c += 1
        return None

    def _group(self, k: int, end: int) -> Phrase | None:
        """The group a quantifier takes a part of, when its noun is no listed role: a definite plural or
        one with a pronoun ("مجموعة من الأحزاب السياسية والشخصيات الوطنية", "أحد أصدقائه المقربين"),
        with its adjectives and coordinated definite nouns. Its members speak as a plural role."""
        words = self.tt.words
        w = words[k]
        # "أحد مستوردي الحديد", "أحد موزعي الصحف": a plural in construct before its definite genitive
        construct = k > 0 and words[k - 1] in ONE and w.endswith("ي") and not w.startswith(("ال", "و")) \
            and len(w) > 4 and k + 1 < end \
            and words[k + 1].startswith("ال") and k not in self.entities and w not in self.lex.person_names
        if not w[0].isalpha() or self.is_stop(w) or w in self.lex.forms or self.has_tanwin(k) \
                or not (w.startswith("ال") and len(w) > 4 or self.pronoun_suffixed(k) or construct):
            return None
        j = k + 1
        while j < end and j - k < MAX_ROLE and not self.tt.new_sent[j] and words[j][0].isalpha() \
                and words[j].startswith(("ال", "وال")) and not self.is_stop(words[j]) \
                and words[j] not in self.known_names:
            j += 1
        head = self._bare(w)
        return Phrase(k, j, "ROLE", head=head, gender="p")

    def _entity(self, i: int, end: int, ent_end: int, m: Mention) -> Phrase | None:
        """A tagged mention at ``i``. A role phrase (``وزير الخارجية الروسي``, tagged PER by the linker
        or the tagger) and an institution (``هيئة كبار العلماء``) are read as such, keeping the link;
        ``None`` lets the caller read the words as they stand."""
        words = self.tt.words
        stop = min(ent_end, end)
        w = words[i]
        head = self.role_head(w)
        if head is not None:
            role = self._role(i, end, head)
            if role.end < stop and role.name_span is None:
                role.end = stop
            elif role.name_span is not None and role.name_span[1] == role.end < stop \
                    and all(self.tt.words[t][0].isalpha() and not self.is_stop(self.tt.words[t])
                            for t in range(role.end, stop)):
                # "المستشار الألماني ماتياس كولبه" tagged whole: the name runs to the mention's end
                self._name_holder(role, tuple(words[role.name_span[0] : stop]), (role.name_span[0], stop),
                                  stop, known=True)
            if m.label == "PER" and role.name_span is None:
                canonical = tuple(normalized_name(m.canonical).split()) if m.canonical else ()
                if canonical and canonical != tuple(words[i:stop]):
                    role.linked = canonical  # the linker named the holder of the role
            if m.label == "PER" and role.entity_id is None:
                role.entity_id = m.entity_id
            return role
        lex = self.lex
        if m.label == "ORG" and (self.institution_head(w) is not None or w in lex.institution_firsts and any(
                tuple(words[i : i + len(x)]) == x for x in lex.institution_phrases)):
            ph = self.parse_words(i, end)
            if ph is not None:
                if ph.end < stop:
                    ph.end, ph.name = stop, tuple(words[i:stop])
                ph.entity_id = m.entity_id
                return ph
        kind = "PER" if m.label == "PER" else "ORG"
        return Phrase(i, stop, kind, tuple(words[i:stop]), (i, stop), known=True, entity_id=m.entity_id,
                      head=self._one_of_role(stop, end) if kind == "PER" else None)

    def listed_surname(self, j: int) -> bool:
        """Is token ``j`` a listed family name (or a woman's form of one: اللواتية) that is no given name,
        role, body, nationality or cue word, nor the start of a tagged mention? One without the article
        (بزي) only before a pause or a preposition, where no other reading of the word goes on."""
        words = self.tt.words
        w = words[j]
        lex = self.lex
        listed = w in lex.family_names or w[:2] == "ال" and w[-2:] == "يه" and w[:-1] in lex.family_names
        if not listed or self.is_stop(w) or w in lex.forms or w in lex.nationalities \
                or self.role_head(w) or self.institution_head(w) or j in self.entities:
            return False
        if w.startswith("ال"):
            return True
        nxt = words[j + 1] if j + 1 < len(words) else "."
        return not nxt[0].isalpha() or nxt in _ROLE_COMPLEMENT or nxt in ("علي", "الي") \
            or nxt in lex.complementizers

    def _one_of_role(self, j: int, end: int) -> str | None:
        """"نيك كار أحد مسؤولي الشركة": the role of the group a named person is one of (مسؤولي -> مسؤول), so
        that "وأوضح المسؤول" takes him up."""
        words = self.tt.words
        if j + 1 >= end or words[j] not in ("احد", "احدي"):
            return None
        w = words[j + 1]
        return self.role_head(w) or (self.role_head(w[:-1]) if w.endswith("ي") and len(w) > 4 else None)

    def _comma_enclosed(self, k: int, end: int) -> int | None:
        """The end of two or three proper words from ``k`` enclosed in commas, or None: after a role
        ("وزير الخارجية المجري، بالاج شيكيرا،") they are its holder's name, even opening with ب / ل / و."""
        words = self.tt.words
        if k == 0 or words[k - 1] not in ("،", ","):
            return None
        stop = k
        while stop < end and stop - k < 3 and words[stop][0].isalpha() and not words[stop].startswith("ال") \
                and not self.is_stop(words[stop]) and not self.has_tanwin(stop) \
                and not self.pronoun_suffixed(stop):
            stop += 1
        return stop if stop - k >= 2 and stop < end and words[stop] in ("،", ",") else None

    def identity_word(self, k: int, end: int) -> int | None:
        """The word about the speaker's name (اسمها, هويته) in a clause that runs from ``k`` to a comma
        ("فضلت عدم ذكر اسمها"), or None."""
        words = self.tt.words
        j = k
        while j < end and j - k < 8 and words[j] not in ("،", ",") and not self.tt.new_sent[j]:
            if words[j] in _IDENTITY:
                return j
            j += 1
        return None

    def _recurring_surname(self, j: int, end: int) -> bool:
        """Is token ``j`` a proper word the article uses again (لاسلو تشابو ... وكان تشابو): a family name,
        so the word before it, even one opening with ل / ب / و, is a given name."""
        if j >= end or not self._proper_word(j) or self.tt.new_sent[j]:
            return False
        ent = self.entities.get(j)
        if ent is not None and ent[1].label == "LOC":
            return False  # "بولاية كسلا": a place the article names again, no family name
        if self._counts is None:
            self._counts = Counter(self.tt.words)
        return self._counts[self.tt.words[j]] >= 2

    def repeated_surname(self, j: int) -> bool:
        """Is token ``j`` a family name written with the article that the article uses again elsewhere: a
        nisba (المرزوقي; a nisba adjective would be a nationality or a role modifier), or any other word
        where it speaks alone elsewhere ("وقال الدعيج")?"""
        words = self.tt.words
        w = words[j]
        lex = self.lex
        if not (w.startswith("ال") and len(w) >= 5) \
                or w in lex.role_index or w in lex.institution_index or w in lex.nationalities \
                or w in lex.countries or w in lex.role_modifiers or self.is_stop(w):
            return False
        if self._counts is None:
            self._counts = Counter(words)
        if self._counts[w] < 2:
            return False
        if w.endswith("ي") and len(w) >= 6:
            return True
        if w.endswith("ات"):
            return False  # a plural ("المستشفيات"), no family name
        # any other word with the article only where it speaks alone elsewhere ("وقال الدعيج", "الدعيج:")
        if self._spoken is None:
            self._spoken = frozenset(words[k] for k in range(1, len(words) - 1)
                                     if words[k - 1] in lex.cue_words or words[k + 1] == ":")
        return w in self._spoken

    def parse_words(self, i: int, end: int) -> Phrase | None:
        """`parse` without the tagged mention at ``i`` (its words read by the lexicons)."""
        saved = self.entities.pop(i, None)
        try:
            return self.parse(i, end, guess_names=False)
        finally:
            if saved is not None:
                self.entities[i] = saved

    def _proper_word(self, j: int) -> bool:
        """A word that can only be a name: no article, no tanwin, not an adjective (ية / ي), not a stop."""
        w = self.tt.words[j]
        if w.endswith("ي") and self.tt.last_letter(j) == "ى":
            w = w[:-1]  # "شورى", "موسى": written with alef maqsura, not a nisba adjective (روسي)
        return (w[0].isalpha() and not w.startswith("ال") and not w.endswith(("يه", "ي", "ين", "ون"))
                and not self.is_stop(w) and not self.has_tanwin(j) and w not in self.lex.nationalities
                and not self.pronoun_suffixed(j) and len(w) > 2)

    def _institution_name(self, j: int, end: int) -> bool:
        """Is token ``j`` the proper name of the indefinite institution noun before it ("حركة نداء تونس",
        "مجلس شورى حركة")? Only a name that a country, an institution noun or a definite word follows,
        so that a person's name after the role is not taken in."""
        words = self.tt.words
        prev = words[j - 1]
        if j + 1 >= end or not self.institution_head(prev) or prev.startswith(("ال", "وال", "لل", "بال")) \
                or not self._proper_word(j) or self.role_head(words[j]) or self.institution_head(words[j]):
            return False
        nxt = words[j + 1]
        return nxt in self.lex.countries or self.institution_head(nxt) is not None \
            or nxt.startswith("ال") and nxt not in self.known_names

    def _role_gender(self, i: int) -> str:
        """وزيرة / الناطقة -> f, وزير -> m, a listed plural -> p (from how the noun is written)."""
        tt = self.tt
        w = tt.words[i]
        if fold_head(w) in self.lex.role_plurals or self.role_head(w) in self.lex.role_plurals:
            return "p"
        if w in self.lex.counterparts:
            return "f" if w.startswith("نظيرت") else "m"
        if fold_head(w) in self.lex.address_titles:
            return ""  # "سعادة الدكتور يوسف": the title's ة says nothing of who wears it
        return "f" if tt.last_letter(i) == "ة" else "m"

    def _extend_org(self, j: int, end: int) -> int:
        """An institution's name runs over definite words and adjectives: وزارة الدفاع الروسية."""
        words = self.tt.words
        start = j
        # "هيئة كبار العلماء" (a construct), not "الشركة بحفظ" (a definite head takes no genitive)
        construct = j > 0 and not words[j - 1].startswith(("ال", "وال"))
        while j < end and j - start < MAX_ROLE:
            w = words[j]
            if j > start and self.group_word(w) and not w.startswith(("ال", "وال", "ل")) \
                    and words[j - 1].startswith(("ال", "وال")):
                break  # "دعت قوة الإطفاء العام أصحاب العمارات": after its adjective, whom the body calls on
            if not construct and j == start and (self.group_word(w) or self._definite_genitive_of_body(j)
                                                 or w.startswith("ال") and w.endswith("ين")
                                                 and self.tt.last_letter(j - 1) == "ة"):
                # ("حذرت الوزارة الناقلين": a plural after a feminine body is no adjective of it)
                break  # "ودعت الوزارة أصحاب سيارات التاكسي إلى", "وحذرت الوزارة الشباب من": whom the body
                # calls on; a definite body takes adjectives, no genitive
            if w == '"':  # صحيفة "الشرق الأوسط"
                after = self._quoted_name_end(j, end)
                if after is None or after - j > 5 and words[j - 1].startswith(("ال", "وال", "لل", "بال")):
                    break  # "الجمعية "تؤيد الحظر من حيث المبدأ"": after a definite word, four words or
                    # more in marks are what it said, not its name ("الشركة المشغلة "بلو هورايزن"")
                j = after
                continue
            if w == "(" and j == start:  # صحيفة (التايمز)
                after = self._bracketed_end(j, end)
                if after is None:
                    break
                j = after
                continue
            if j == start and construct and w.isascii() and w.isalpha():
                while j < end and j - start < 4 and words[j].isascii() and words[j].isalpha():
                    j += 1  # "صحيفة Le Point", "قناة CNN": a name in Latin letters
                break
            if j > start and w[0] == "ل" and len(w) > 3 and w[1] != "ل" and j + 1 < end and self._purpose(j):
                nxt_w = words[j + 1]
                if nxt_w.startswith("ال"):
                    j += 2  # "الشركة السودانية لتوزيع الكهرباء": what the body is for, a verbal noun, its
                    # object
                    continue
                if nxt_w.startswith("و") and not nxt_w.startswith("وال") and j + 2 < end \
                        and words[j + 2].startswith("ال") and not self.is_stop(nxt_w):
                    j += 3  # "الشركة المصرية لإدارة وتشغيل المترو": two verbal nouns, one object
                    continue
                place = self.entities.get(j + 1)
                if place is not None and place[1].label == "LOC" and place[0] <= end \
                        or nxt_w in self.lex.countries:
                    j = place[0] if place is not None else j + 2  # "الشركة العامة لكهرباء حلب"
                    continue
            if j > start + 1 and w[:1] == "و" and len(w) > 3 and not w.startswith("وال") and j + 1 < end \
                    and words[j + 1].startswith("ال") and words[j - 1].startswith(("ال", "وال")) \
                    and not self.is_stop(w) and not self.is_stop(w[1:]) and not self.pronoun_suffixed(j) \
                    and not self.role_head(w[1:]) and w[1:] not in self.lex.countries:
                j += 2  # "وزارة الثروة الزراعية والسمكية وموارد المياه": a second portfolio in construct
                continue
            if j > start and j + 1 < end and w == "عن" and words[j - 1] == "الدفاع" \
                    and words[j + 1].startswith("ال"):
                j += 2  # "جمعية الدفاع عن الحريات العامة": what the body defends is part of its name
                continue
            if j > start and j + 2 < end and w == "عن" and words[j - 1] == "الدفاع" \
                    and words[j + 1][0].isalpha() and not self.is_stop(words[j + 1]) \
                    and words[j + 2].startswith("ال"):
                j += 3  # "لجنة الدفاع عن حقوق المستأجرين": and a construct
                continue
            if j > start and w.startswith("لل") and j + 1 < end and words[j + 1] in self.lex.nationalities:
                j += 2  # "النقابة الوطنية للصحفيين التونسيين": whom it gathers, with their nationality
                continue
            if j > start and w.startswith("لل") and len(w) > 3 and self._adjective(words[j - 1]) \
                    and words[j - 1].startswith("ال"):
                j += 1  # "الاتحاد الدولي للصحفيين", "الهيئة العامة للاستثمار": after its adjective, whom
                if j + 1 < end and words[j] == "علي" and words[j + 1].startswith("ال") \
                        and not self.is_stop(words[j + 1]):
                    j += 2  # "الهيئة العامة للمحافظة على المدن التاريخية": and what it keeps
                continue  # or what it serves (not "قالت الوزارة للصحفيين": to whom it was said)
            if j > start and w[:1] == "ل" and w[1:2] != "ل" and self.served_group(w) \
                    and words[j - 1].startswith("ال") and self._adjective(words[j - 1]):
                k = self._bare_genitives(j, end, cues=False)  # "النقابة الوطنية لأصحاب مقاهي الإنترنت":
                if k < end and words[k].startswith("ال") and not self.is_stop(words[k]):  # whom it gathers
                    j = k + 1
                    continue
                place = next((self.entities[t] for t in range(j + 1, k) if t in self.entities), None)
                if place is not None and place[0] <= end:
                    j = place[0]  # "الجمعية التعاونية لصيادي ساحل حضرموت": and where they work
                    continue
            if not w[0].isalpha() or self.is_stop(w) and self._bare(w) not in self.lex.institutions and not (
                    w in self.lex.role_modifiers and j > 0 and words[j - 1].startswith(("ال", "لل"))
                    and (j + 1 >= end or words[j + 1] not in self.lex.time_words)) and not (
                    self._definite_genitive(j, start, construct)):  # "نقابة الصحفيين"
                break  # "موقع قناة ...": an institution noun goes on with the name, "الأمن العام" with
                # its adjective (not "العام الماضي")
            nxt = self.entities.get(j + 1)
            if j > 0 and not w.startswith("ال") and not words[j - 1].startswith(("ال", "وال")) \
                    and nxt is not None and nxt[1].label == "LOC" and nxt[0] <= end \
                    and not self._role_word(w):
                j = nxt[0]  # "شرطة ولاية نهر النيل": the place, its first word untagged
                continue
            if j > start and w in self.lex.cities and j not in self.entities and words[j - 1][0].isalpha() \
                    and not words[j - 1].startswith(("ال", "وال")) and not self.is_stop(words[j - 1]) \
                    and w not in self.lex.name_particles:
                j += 1  # "مديرية أمن مصراتة": a listed city the tagger missed, the genitive ending the name
                break
            ent = self.entities.get(j)
            if j > start and ent is not None and ent[1].label == "LOC" and ent[0] <= end \
                    and not words[j - 1].startswith(("ال", "وال", "لل")) and self._role_word(words[j - 1]):
                j = ent[0]  # "القيادة العامة لشرطة دبي": the place of the body its last noun names
                continue
            if ent is not None and ent[1].label == "PER" and j > 0 and self.institution_head(words[j - 1]) \
                    and not words[j - 1].startswith(("ال", "وال")):
                j = min(ent[0], end)  # "فريق حملة ماكرون", "إدارة ترامب": the tagged person owns it
                break
            if construct and j == start and j + 1 < end and w.startswith("ال") and self.role_head(w) \
                    and (nxt := self.entities.get(j + 1)) is not None and nxt[1].label == "PER":
                j = min(nxt[0], end)  # "مطار الملك عبدالعزيز", "جامعة الملك سعود": after a titled person
                break
            if construct and j == start and (self.group_word(w) or self._plural_in_construct(j)):
                # "جمعية عائلات شهداء المؤسسة الأمنية": the group the body gathers, in construct
                k = self._bare_genitives(j, end, cues=True)
                if k < end and words[k].startswith("ال") and not self.is_stop(words[k]):
                    j = k + 1
                    continue
                if k == j + 2 and (k == end or words[k] in _NAME_CLOSERS) and self._proper_word(j + 1):
                    j = k  # "جمعية حرفيي تهامة،": the group and its place
                    continue
            if construct and j == start and w[0].isalpha() and not w.startswith("ال") \
                    and not self.is_stop(w) and w not in self.lex.forms:
                # "تجمع معلمي ولاية البحر الأحمر": a chain of genitives, the last one definite
                k = self._bare_genitives(j, end, cues=False)
                if j + 1 < k < end and words[k].startswith("ال") and not self.is_stop(words[k]):
                    j = k + 1
                    continue
                k = j + 1  # "تنسيقية حمالات بني أنصار،", "جمعية أصدقاء درعة للتنمية": the noun and a place
                while k < end and k - j <= 2 and (self._proper_word(k) or words[k] in self.lex.place_openers):
                    k += 1
                if k > j + 1 and words[k - 1] not in self.lex.place_openers and (
                        k == end or words[k] in _NAME_CLOSERS or words[k].startswith("لل")):
                    j = k
                    continue
            if construct and j == start and (not self._role_word(w) or w in self.lex.countries) \
                    and (self._proper_word(j) or w in self.lex.cities and self._tagged_place(j)) \
                    and not (j + 1 < end and words[j + 1].startswith("ال")):
                k = j + 1  # "جماعة زنكي", "حركة حماس", "شرطة دبي": the head and its proper name
                while k < end and k - j < 4 and self._proper_word(k) and not self._role_word(words[k]):
                    k += 1
                # "شركة نورث ستار للشحن", "سفارة كوت ديفوار في", "صحيفة وول ستريت جورنال الأمريكية", "صحيفة
                # واشنطن بوست،": a name of several words, if a pause, a genitive or a nationality closes it
                if k > j + 1 and (k == end or words[k] in _NAME_CLOSERS or words[k].startswith("لل")
                                  or words[k] in self.lex.nationalities
                                  or k + 1 < end and self.identity_word(k + 1, end) is not None):
                    # (or an aside about the source's name: "مصدر في إدارة كهرباء عدن طلب عدم ذكر اسمه")
                    j = k
                    continue
                if k > j + 1 and words[k].startswith("ال") and self._definite_genitive(k, k, True):
                    j = k  # "جمعية عائلات شهداء المؤسسة الأمنية": a chain of genitives, a definite one last
                    continue
                if not self._role_word(w):
                    j += 1
                    continue
            if j > start and construct and not self._role_word(w) and self._institution_name(j, end):
                j += 1  # "حزب حركة نداء تونس": the name after a chain of institution nouns
                continue
            if w.startswith("وال") and j > start and self._role_word(w[1:]) and not self.role_head(w) \
                    and words[j - 1].startswith(("ال", "لل")):
                j += 1  # "هيئة الطرق والمواصلات": coordinated nouns inside the name
                continue
            if w.startswith("وال") and j > start + 1 and words[j - 1].startswith("وال") \
                    and not self.is_stop(w) and not self.role_head(w) and not self.group_word(w[1:]) \
                    and not self.institution_head(w[1:]):
                j += 1  # "وزارة الشباب والثقافة والتواصل": a third portfolio after a second
                continue
            if j > start and w.startswith("ال") and words[j - 1].startswith("ال") and not self._adjective(w):
                break  # "ووصفت وزارة العدل الحكم بأنه": after the genitive, only adjectives go on
            if j == start and not construct and w.startswith("ال") and self.role_head(w) \
                    and (not self._adjective(w) or self._role_gender(j) == "p"):
                break  # "ودعت الوزارة الأساتذة إلى": a definite body takes no genitive; whom it addresses
            if j > start and w.startswith("بال") and words[j - 1].startswith("ال") \
                    and self._bare(w[1:]) not in self.lex.institutions:
                break  # "طالب حكومة الوحدة الوطنية بالتدخل": the verb's preposition, not the name
            if not self._role_word(w) and not (construct and j + 1 < end and words[j + 1].startswith("ال")
                                               and j == start and not w.startswith("ال")) \
                    and not self._definite_genitive(j, start, construct):
                break  # "هيئة كبار العلماء": an indefinite word in a construct before a definite one
            j += 1
        return self._place_ending(start, j, end)

    def _place_ending(self, start: int, j: int, end: int) -> int:
        """``j``, or past the town that a name ending in a bare noun in construct at ``j - 1`` is of, before a
        pause, a content opener or a cue noun ("المكتب الإعلامي لبلدية ترهونة،", "دائرة صحة نينوى قوله")."""
        words = self.tt.words
        last = words[j - 1] if start < j < end else ""
        if not last[:1].isalpha() or last.startswith(("ال", "وال", "لل")) or self.is_stop(last):
            return j
        ent = self.entities.get(j)
        stop = ent[0] if ent is not None and ent[1].label == "LOC" else j + 1 if self._proper_word(j) \
            and j not in self.entities and words[j] not in self.lex.forms else j
        if stop > j and (stop >= end or words[stop] in _NAME_CLOSERS or words[stop] in self.lex.forms
                         or words[stop] in self.lex.complementizers):
            return stop
        return j

    def _bare_genitives(self, j: int, end: int, *, cues: bool) -> int:
        """The token after up to two words without the article that follow token ``j`` in construct (not
        stop words, nor reporting verbs unless ``cues``), where a definite genitive may close the chain."""
        words = self.tt.words
        k = j + 1
        while k < end and k - j < 3 and words[k][0].isalpha() and not words[k].startswith("ال") \
                and not self.is_stop(words[k]) and (cues or words[k] not in self.lex.forms):
            k += 1
        return k

    def _genitive_chain(self, j: int, end: int) -> int | None:
        """The end of a bare noun in construct at ``j`` and the definite noun that closes it ("مصانع
        البلاستيك"), or None: no name, verb, stop word or tagged word in it (not "أحد سكان جرابولي سقوط
        القتلى": a second bare noun is the verb's object)."""
        words = self.tt.words
        lex = self.lex
        for k in range(j, min(end, j + 2)):
            w = words[k]
            if not w[0].isalpha() or self.is_stop(w) or w in lex.forms or k in self.entities \
                    or w in self.known_names or self.has_tanwin(k) or self.pronoun_suffixed(k) \
                    or self.tt.new_sent[k]:
                return None
            if w.startswith("ال"):
                return k + 1 if k > j and len(w) > 3 and w not in lex.person_names else None
            if w.startswith("و") or w in lex.given_names or w in lex.person_names \
                    or w[0] in "يت" and w.endswith(("ون", "ان")):  # "أساتذة يواصلون الإضراب": a verb
                return None
        return None

    def _tagged_place(self, j: int) -> bool:
        """Is token ``j`` alone a place the tagger found ("شرطة دبي"; not "جامعة سيدي محمد")?"""
        ent = self.entities.get(j)
        return ent is not None and ent[1].label == "LOC" and ent[0] == j + 1

    def _plural_in_construct(self, j: int) -> bool:
        """Is token ``j``, after a feminine body noun without the article, a masculine plural in construct
        ("جمعية حلاقي درب السلطان", "نقابة سائقي سيارات الأجرة")? After a feminine noun a nisba adjective
        would end in ية."""
        tt = self.tt
        w = tt.words[j]
        return w.endswith("ي") and len(w) > 4 and w[0] not in "وب" and not w.startswith("ال") \
            and tt.last_letter(j - 1) == "ة" and w not in self.lex.nationalities \
            and not self.is_stop(w) and w not in self.lex.person_names and j not in self.entities

    def _definite_genitive_of_body(self, j: int) -> bool:
        """Is token ``j``, right after a definite body noun, a definite noun that is no adjective, participle,
        body or stop word, and no part of a name tagged from the body noun on (not "الدار البيضاء")?"""
        w = self.tt.words[j]
        tagged = self.entities.get(j - 1)
        return w.startswith("ال") and w[2:3] != "م" and not self._adjective(w) \
            and not self.is_stop(w) and (tagged is None or tagged[0] <= j)

    def _purpose(self, j: int) -> bool:
        """Is token ``j`` لـ on a bare noun that is no place, role, single body or stop word (لتوزيع, لمكافحة,
        لشركات)? A verbal noun spelled like a cue ("لنقل الدم") and a group spelled like a noun with a pronoun
        ("لطلبة تونس", not "لطلبه") are no stop words here."""
        w = self.tt.words[j]
        rest = w[1:]
        stop = self.is_stop(w) and rest not in self.lex.forms \
            and (self.pronoun_suffixed(j) or not self.group_word(rest))
        return not stop and rest not in self.lex.countries \
            and (not self.role_head(rest) or self.group_word(rest)) \
            and (not self.institution_head(rest) or rest.endswith("ات")) and rest not in self.known_names \
            and not self.has_tanwin(j)

    def _definite_genitive(self, j: int, start: int, construct: bool) -> bool:
        """Is token ``j`` the definite genitive right after an institution noun without the article
        ("نقابة الصحفيين", "تنسيقية الأطباء"), even a word that ends names elsewhere (not a time word or
        a verb)?"""
        w = self.tt.words[j]
        return construct and j == start and w.startswith("ال") and w not in self.lex.time_words \
            and w not in self.lex.forms and w not in self.lex.complementizers

    def _enclosed_name(self, k: int, end: int) -> tuple[int, int] | None:
        """A name between commas after a role and its complement ("في الامم المتحدة، ستيفن اوبراين،"):
        its token span, or None. Stricter than a plain apposition: the closing comma is required."""
        words = self.tt.words
        c = k
        if c < end and words[c] in _ROLE_COMPLEMENT:
            c += 1
            while c < end and c - k <= MAX_ROLE and words[c][0].isalpha() and words[c] not in ("،", ","):
                c += 1
        if c + 1 >= end or words[c] not in ("،", ","):
            return None
        a = self.past_title(c + 1, end)  # "، الدكتور حمدان الكتبي،": the name after its title
        stop = self.name_run(a, end, allow_article=True, first_article=True)
        if stop > a and stop < end and words[stop] in ("،", ",") and stop - a >= 2:
            return a, stop
        return None

    def past_title(self, k: int, end: int) -> int:
        """The token where a name opens after a title of address at ``k`` (الدكتور, المهندسة, or "د." and
        "م." abbreviated, one token with their dot), else ``k``."""
        tt = self.tt
        w = tt.words[k] if k < end else ""
        titled = fold_head(w) in self.lex.honorifics or len(w) == 1 and tt.ends[k] - tt.starts[k] == 2
        return k + 1 if titled and k + 1 < end else k

    def _bracketed_end(self, j: int, end: int) -> int | None:
        """The token after a short name in brackets that opens at ``j`` ("(يونيسف)"), or None."""
        words = self.tt.words
        k = j + 1
        while k < end and k - j <= 4 and words[k][0].isalnum():
            k += 1
        return k + 1 if k < end and words[k] == ")" and k > j + 1 else None

    def _quoted_name_end(self, j: int, end: int) -> int | None:
        """The token after a short name in marks that opens at ``j`` and closes before ``end``, or None."""
        tt = self.tt
        q = tt.quotes[tt.quote_at[j]] if tt.quote_at[j] >= 0 else None
        if q is None or q.open != j or q.close is None or q.words > 6 or q.close >= end:
            return None
        return q.close + 1

    def _construct(self, j: int) -> bool:
        """Is token ``j`` a role or institution noun without the article (مدير, حكومة, بقناة)? A name right
        after it is its genitive ("مدير سكوتلاند يارد", "حكومة ترامب"), not the holder's name."""
        w = self.tt.words[j]
        if j < 0 or w.startswith(("ال", "وال", "بال", "لل")):
            return False
        nxt = self.entities.get(j + 1)
        if fold_head(w) in self.lex.honorifics and j + 1 < len(self.tt.words) and (
                self.given_name_at(j + 1) or nxt is not None and nxt[1].label == "PER"):
            return False  # "دكتور محمد": a title before the name, no genitive (but "أستاذة طب الأطفال")
        return bool(self.role_head(w) or self.institution_head(w)
                    or len(w) > 4 and w[0] in "بل" and self.institution_head(w[1:]))

    def _complement(self, k: int) -> bool:
        """Does a role's complement open at ``k`` ("في ...", "إلى اليمن", "لدى الأمم المتحدة"; not "لدى
        لقائه", when)?"""
        words = self.tt.words
        return words[k] in _ROLE_COMPLEMENT or words[k] == "لدي" and k + 1 < len(words) \
            and not self.pronoun_suffixed(k + 1)

    def _glued_complement(self, j: int) -> bool:
        """A preposition written onto a proper or institution word (بافاق, بقناة): where the role is held."""
        w = self.tt.words[j]
        return len(w) > 3 and w[0] in "بل" and w[1].isalpha() and not self.is_stop(w) \
            and (not self.role_head(w) or self.served_group(w)) and not self.has_tanwin(j) \
            and not self.pronoun_suffixed(j)

    def group_word(self, w: str) -> bool:
        """Is ``w`` a listed group (مزارعون), also in the oblique case (المواطنين, for المواطنون)?"""
        f = fold_head(w)
        plurals = self.lex.role_plurals
        return f in plurals or f.endswith("ين") and f[:-2] + "ون" in plurals

    def served_group(self, w: str) -> bool:
        """"لأصحاب محطات", "للمزارعين", "لصيادي": a group glued to ل / ب (also in construct), which a body
        serves; no second office."""
        f = fold_head(w[1:])
        return w[:1] in "بل" and (self.group_word(w[1:])
                                  or f.endswith("ي") and f + "ن" in self.lex.role_plurals)

    def listed_name(self, name: tuple[str, ...]) -> bool:
        """Is one of the words a personal name the lexicons list, or one the article already named?"""
        return any(w in self.lex.person_names or w in self.known_names for w in name)

    def given_name_at(self, j: int) -> bool:
        """Does a personal name the tagger missed open at ``j``: a listed given name, then a name word?"""
        words = self.tt.words
        w = words[j]
        if w in self.lex.place_openers and j > 0 and not words[j - 1].startswith(("ال", "وال")) \
                and (self.institution_head(words[j - 1]) or self._after_place_noun(j)):
            return False  # "مدير مهرجان سيدي بوسعيد": the body's place
        if w in ONE and j + 1 < len(words) and words[j + 1] not in self.lex.person_names:
            return False  # "رقيب في أحد أفواج الحدود": one of them, not the name أحد
        return w in self.lex.given_names and j + 1 < len(words) and not self.tt.new_sent[j + 1] \
            and self._name_word(j, True) and not self.institution_head(w) and w not in self.lex.time_words \
            and words[j + 1][0].isalpha() and self._name_word(j + 1, False, w in self.lex.name_particles) \
            and not self.role_head(words[j + 1]) and not self.institution_head(words[j + 1])

    def untagged_subject(self, j: int, end: int) -> Phrase | None:
        """A name the tagger missed, opening with a given name, as the subject before its verb ("وكان عماد
        الطرابلسي استعرض ..."): it ends at its family name with the article, the verb is not part of it."""
        if not self.given_name_at(j):
            return None
        ph = self.parse(j, end, guess_names=True, article_names=True)
        if ph is None or ph.kind != "PER" or ph.name_span is None:
            return None
        words = self.tt.words
        a, b = ph.name_span
        b = next((t + 1 for t in range(a + 1, b - 1) if words[t].startswith("ال")
                  and not words[t + 1].startswith("ال")), b)
        ph.end, ph.name, ph.name_span = b, tuple(words[a:b]), (a, b)
        return ph

    def _apposed_name(self, j: int, end: int) -> tuple[int, Mention, int] | None:
        """A tagged name between commas at token ``j`` (", مارك رولي،"): (its end, the mention, its start)."""
        words = self.tt.words
        if j + 1 >= end or words[j] not in ("،", ","):
            return None
        ent = self.entities.get(j + 1)
        if ent is None or ent[1].label != "PER" or ent[0] >= end or words[ent[0]] not in ("،", ","):
            return None
        return ent[0], ent[1], j + 1

    def _name_after_complement(self, k: int, end: int) -> tuple[int, int, Mention | None] | None:
        """The holder's name after the role's complement (``في مجلس نواب الشعب``, ``بقناة فرنس 24``): the
        first tagged name, or a name opening with a given name, that no preposition, verb, pronoun or
        other role separates from the role. Not a name right after an indefinite noun: its genitive."""
        words = self.tt.words
        c = k
        while c < end and c - k <= MAX_ROLE + 2:
            w = words[c]
            prev = words[c - 1]
            if w == '"' and c > k and (self._complement(c - 1) or self.institution_head(prev)) \
                    and (after := self._quoted_name_end(c, end)) is not None:
                c = after  # "النائب عن كتلة "الخط الوطني" X", "عضو المكتب السياسي في "التيار" X"
                continue
            if c > k and (self.tt.new_sent[c] or not w[0].isalnum()):
                return None
            ent = self.entities.get(c)
            if c > k and ent is not None and ent[1].label == "ORG" and ent[0] > c + 1:
                stop = min(ent[0], end)
                for t in range(c + 1, stop - 1):  # "في الجبهة الشعبية عمار ريكوبات" tagged as one body:
                    if self.given_name_at(t) and self.name_run(t, stop, allow_article=True) == stop:
                        return t, stop, None  # the name the tagger swallowed ends it
                c = ent[0]  # "المتحدثة باسم نادي الأسير أماني سراحنه": the tagged body, then the name
                continue
            # (not after "مستشفى أبو": حمد in a place named like a person is still the genitive)
            if c > k and w[0].isalpha() and not self._construct(c - 1) \
                    and prev not in self.lex.name_particles and not self._after_place_noun(c):
                # (not "سائق إسعاف بحي سيدي مومن": a place, whatever the tagger says)
                if ent is not None and ent[1].label == "PER" and not self.role_head(w):
                    return c, min(ent[0], end), ent[1]
                if self.given_name_at(c) and self.identity_word(c, end) is None:  # not "فضل عدم ذكر اسمه"
                    stop = self.name_run(c, end, allow_article=True)
                    if stop - c >= 2:
                        return c, stop, None
                if c > k + 1 and prev.startswith("ال") and prev not in self.known_names \
                        and self._proper_word(c) and not self._glued_complement(c):
                    # "الباحث في الشأن الكردي فرهاد زنكنه أن": past a definite genitive, words that can
                    # only be a name, up to the complementizer or a comma before the verb (before another
                    # comma they may be a place: "بجهة الرباط سلا القنيطرة، عبد اللطيف")
                    stop = self.name_run(c, end, allow_article=True)
                    closer = words[stop] if stop < len(words) else ""
                    if stop - c >= 2 and (closer in self.lex.complementizers or closer in ("،", ",") and (
                            stop + 1 >= end or words[stop + 1] in self.lex.forms)):
                        return c, stop, None
            if self._complement(c) or w == "اجل":  # "من أجل"
                c += 1
                continue
            if self.is_stop(w) and not self._glued_complement(c) or w in self.lex.forms \
                    or self.pronoun_suffixed(c) or self.has_tanwin(c) or w in self.lex.counterparts \
                    or c > k and w[0] in "بل" and self.role_head(w) and not self.served_group(w) \
                    or fold_head(self._bare(w)) in self.lex.address_titles:
                return None  # "أمير البلاد ببرقية تعزية إلى فخامة الرئيس X": someone addressed (not a
                # group the body serves: "عضو الغرفة الوطنية لأصحاب محطات بيع المحروقات X")
            c += 1
        return None

    def _run_to_comma(self, k: int, stop: int, end: int) -> int:
        """The end of the tagged name ``k..stop`` before a comma, past up to two name words the tagger left
        out ("رئيس الوفد، عبد العزيز القطي،", "الدكتور ممدوح حسن خليفة،" tagged without the last word)."""
        words = self.tt.words
        if stop >= end or words[stop] in ("،", ","):
            return stop
        run = self.name_run(k, end, allow_article=True, first_article=True)
        if stop < run < end and run - stop <= 2 and words[run] in ("،", ","):
            return run
        return stop

    def _adjective(self, w: str) -> bool:
        """Can the definite word ``w`` be an adjective (الروسية, الدولي, المتحدة, العليا, العام)?"""
        lex = self.lex
        if w in lex.role_modifiers or w in lex.nationalities or w in lex.countries or w in self.known_orgs:
            return True
        if w.endswith(("ي", "يه")):
            return True  # "الخارجية", "الاتحادية": a nisba, though also a body's name
        # "الحكومة", "الوزارة": a body's noun is no adjective, whatever its ending; a participle is one
        # ("المعارضة", "المتحدة")
        return w.endswith(("ه", "ون", "ين", "ا")) and (w.startswith("الم")
                                                     or self.institution_head(w) is None)

    def _body_served(self, j: int, end: int) -> int:
        """"مسؤول من وزارة الداخلية", "مسؤول في إحدى شركات التوزيع", "مصدر في المطبعة": the body or place
        after an unnamed holder is part of its description; the end past it, or ``j`` (not "لوزارة": to
        whom it was said; not "في الوقت نفسه")."""
        words = self.tt.words
        if 0 < j < end and words[j - 1][:1] == "ب" and self.institution_head(words[j - 1][1:]) \
                and not words[j].startswith("ال"):
            return self._extend_org(j, end)  # "مصدر بشركة مياه الشرب": the body after بـ, and its genitive
        if j + 1 >= end or words[j] not in ("من", "في"):
            return j
        k = j + 2 if words[j + 1] in ONE and j + 2 < end else j + 1
        w = words[k]
        if self.institution_head(w) and not w.startswith("ل"):
            return self._extend_org(k + 1, end)
        if k + 1 < end and w[0].isalpha() and not w.startswith(("ال", "و")) \
                and not self.is_stop(w) and not self.pronoun_suffixed(k) and words[k + 1].startswith("ال") \
                and not self.is_stop(words[k + 1]) and k not in self.entities and w not in self.lex.occasions:
            # "في أحد مصانع الإسمنت": one of a kind of place; "في قطاع الكهرباء بعدن": a sector
            return self._extend_org(k + 1, end)
        lex = self.lex
        if k == j + 1 and w.startswith("ال") and len(w) > 4 and not self.is_stop(w) and w not in lex.forms \
                and w not in lex.time_words and w not in _IN_DECADE and (words[j], w) not in lex.turns \
                and not self.pronoun_suffixed(k) and k not in self.entities and not self.tt.new_sent[k]:
            e = self._extend_org(k + 1, end)  # a definite place unlisted as a body: only if a pause,
            if e + 1 < end and words[e + 1] in ("،", ",") and self._town_after_bi(e):
                e += 1  # "نقيب في الدرك الوطني بروصو،": and the town it serves in
            if e == end or words[e] in _NAME_CLOSERS or words[e] in ("التي", "الذي") or words[e] in lex.forms:
                # words, a relative clause or a cue follow ("في الوقت نفسه" is no place; "نقلت عن مصدر في
                # الدفاع المدني قوله")
                return e
        return j

    def _town_after_bi(self, j: int) -> bool:
        """Is token ``j`` بـ and a town's name, one word no list holds ("بروصو", "بتطاوين")?"""
        w = self.tt.words[j]
        return len(w) > 3 and w[0] == "ب" and not w.startswith("بال") and w not in self.lex.forms \
            and w[1:] not in self.lex.complementizers and not self.is_stop(w) and not self.has_tanwin(j) \
            and not self.pronoun_suffixed(j)

    def _called(self, ph: Phrase, end: int) -> Phrase:
        """"أحد المستخدمين يدعى توم كوتس", "شاب يدعى محمد", "أحد الناجين، ويدعى أداما،": the unnamed role,
        then the name it goes by."""
        words = self.tt.words
        k = ph.end
        c = next((m for m in range(k, min(end, k + 10)) if words[m] in ("،", ",") or self.tt.new_sent[m]),
                 end)
        if c + 2 < end and words[c] in ("،", ",") and words[c + 1] in AND_CALLED \
                and all(w[0].isalpha() for w in words[k:c]):
            k = c + 1  # "أحد المنقبين الناجين، ويدعى أداما،", "عامل مصري يعمل في ... منذ سنوات، ويدعى سيد،"
        elif words[ph.start] in ONE and (named := self._enclosed_name(k, end)) is not None:
            # "إحدى المعلمات الثلاث، شيرين مرادي،", "إحدى المشاركات، أم وليد،": the one of them, named
            return self._name_holder(ph, tuple(words[named[0] : named[1]]), named, named[1], known=False)
        if k + 1 >= end or words[k] not in CALLED and words[k] not in AND_CALLED:
            return ph
        ent = self.entities.get(k + 1)
        stop = min(ent[0], end) if ent is not None and ent[1].label == "PER" else \
            self.name_run(k + 1, end, allow_article=True)
        if stop <= k + 1:
            return ph
        return self._name_holder(ph, tuple(words[k + 1 : stop]), (k + 1, stop), stop, known=ent is not None,
                                 entity_id=ent[1].entity_id if ent is not None else None)

    def _chained_role(self, c: int, end: int) -> Phrase | None:
        """Roles in apposition, each after a comma, before the holder's name ("قائد القوات البحرية، قائد
        الأسطول الخامس في البحرين، نائب الأميرال كيفن دونيكان،"): the named role after the comma at
        ``c``, if any. Only a role noun without the article or و, and only a role that ends in a name."""
        words = self.tt.words
        if c + 2 >= end or words[c] not in ("،", ",") or self.tt.new_sent[c + 1]:
            return None
        w = words[c + 1]
        head = self.role_head(w)
        if head is None or w.startswith(("ال", "و", "ل", "ب")) or w in self.lex.counterparts \
                or head in self.lex.kinship or w in self.lex.anonymous:
            return None
        sub = self._role(c + 1, end, head)
        return sub if sub.kind == "PER" and sub.name_span is not None else None

    @staticmethod
    def _name_holder(phrase: Phrase, name: tuple[str, ...], span: tuple[int, int] | None, end: int, *,
                     known: bool | _Keep, entity_id: str | None | _Keep = _KEEP) -> Phrase:
        """``phrase`` (a role) now names its holder, ``name`` over the tokens ``span``, and ends at ``end``.
        ``known`` and ``entity_id`` are set only when given: `_KEEP` leaves the phrase's own."""
        phrase.name, phrase.name_span, phrase.end, phrase.kind = name, span, end, "PER"
        if not isinstance(known, _Keep):
            phrase.known = known
        if not isinstance(entity_id, _Keep):
            phrase.entity_id = entity_id
        return phrase

    def _held_by(self, phrase: Phrase, found: tuple[int, int, Mention | None]) -> Phrase:
        """``phrase`` named by the holder a search found: tokens ``a..b`` and their tagged mention, if any."""
        a, b, m = found
        return self._name_holder(phrase, tuple(self.tt.words[a:b]), (a, b), b, known=m is not None,
                                 entity_id=m.entity_id if m is not None else None)

    @staticmethod
    def _named_by(phrase: Phrase, sub: Phrase) -> Phrase:
        """``phrase`` (a role) now names the person ``sub`` names, and ends where ``sub`` ends; the office
        ``sub`` names is one more the person holds."""
        if sub.head is not None and sub.head != phrase.head:
            phrase.also = ((sub.head, sub.country, sub.portfolio), *sub.also)
        return SpeakerParser._name_holder(phrase, sub.name, sub.name_span, sub.end, known=sub.known,
                                          entity_id=sub.entity_id)

    def _role(self, i: int, end: int, head: str) -> Phrase:
        """The role phrase at ``i`` (head ``head``) with the name of its holder, if the article gives it."""
        phrase = self._role_words(i, end, head)
        lex = self.lex
        words = self.tt.words
        if phrase.kind == "ROLE" and phrase.end == i + 1 and words[i] in _OWNER and i + 1 < end \
                and words[i + 1][0].isalpha() and not self.is_stop(words[i + 1]) \
                and not words[i + 1].startswith("ال") and i + 1 not in self.entities:
            phrase.end = i + 2  # "صاحب صالة في الجهراء، ...": an owner of what, an indefinite genitive
        if phrase.kind == "ROLE" and phrase.name_span is None and phrase.end < end \
                and self._body_of_trade(phrase.end):
            phrase.end += 1  # "مدير شركة حراسة في عمان": the kind of body, an indefinite genitive
        if phrase.kind == "ROLE" and phrase.name_span is None and not phrase.indefinite \
                and phrase.gender != "p" and head not in lex.interlocutors:
            return self._distant_apposition(phrase, end)
        if phrase.kind == "PER" and phrase.name_span is not None and (
                not self._tagged(*phrase.name_span) or self._named_body(phrase.name_span[0])):
            apposed = self._apposed_holder(phrase.end, end)
            if apposed is not None:
                return self._held_by(phrase, apposed)
        return phrase

    def _body_of_trade(self, j: int) -> bool:
        """Is token ``j`` a bare noun naming the trade of the bare body noun before it ("شركة حراسة", "مكتب
        محاماة"): no article, clitic, name, role, body, verb or stop?"""
        words = self.tt.words
        prev, w = words[j - 1], words[j]
        nxt = words[j + 1] if j + 1 < len(words) else ""
        return not prev.startswith(("ال", "وال")) and self.institution_head(prev) is not None \
            and w[0].isalpha() and not w.startswith(("ال", "و")) and w[0] not in "يت" \
            and not w.endswith("ا") and not nxt.startswith("ال") \
            and not self.is_stop(w) and j not in self.entities and w not in self.lex.person_names \
            and self.role_head(w) is None and self.institution_head(w) is None and len(w) > 2

    def _after_place_noun(self, j: int) -> bool:
        """Does a place noun ("بحي", "في مخيم") come right before token ``j``?"""
        w = self.tt.words[j - 1]
        places = self.lex.place_nouns
        return w in places or w[:1] in "بل" and self._bare(w[1:]) in places  # حي, بحي, بالحي

    def _glued_place(self, m: Mention) -> bool:
        """Is the one-word mention ``m``, tagged as a person, a place glued to بـ / لـ inside a role ("رئيسة
        جمعية الحرفيات بدوز": the surface "بدوز" where the name is "دوز")?"""
        surface, canonical = normalize(m.text), normalize(m.canonical)
        return surface[:1] in "بل" and surface not in canonical and surface[1:] in canonical

    def _issuer_after(self, i: int, end: int) -> Phrase | None:
        """The body that issued the indefinite report or study at token ``i``, written after it with لـ,
        perhaps past an adjective ("تقرير حديث للمجلس", "دراسة جديدة لمنظمة"), or after a verb of making
        ("دراسة ميدانية أعدها المركز المصري ...", "دراسة وطنية أنجزتها وزارة الصحة"), if any."""
        words = self.tt.words
        if words[i].startswith(("ال", "وال")):
            return None
        for k in range(i + 1, min(i + 4, end)):
            w = words[k]
            if w in _MADE_BY and k + 1 < end:
                ph = self.parse(k + 1, end, guess_names=False)
                return ph if ph is not None and ph.kind == "ORG" else None
            if k == i + 3:
                break
            body = "ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] == "ل" else ""
            inst = self.institution_head(body) if body else None
            if inst is not None and inst not in self.lex.source_nouns:
                ph = self.parse(k, end, guess_names=False)
                return ph if ph is not None and ph.kind == "ORG" else None
        return None

    def _named_body(self, a: int) -> bool:
        """Is the name at token ``a`` the genitive of a body named after someone ("بجامعة محمد الخامس",
        "في جامعة الملك عبد العزيز", "بجامعة مولاي إسماعيل"), or one tagged word after في (a place the
        tagger took for a person)? Then a holder named after the comma is the role's."""
        words = self.tt.words
        k = a - 1
        if k > 0 and self.institution_head(words[k]) is None and (
                self.role_head(words[k]) or self.given_name_at(k) or words[k] in self.known_names):
            k -= 1  # the king or the title the body's namesake bore, a first word left untagged (مولاي)
        w = words[k] if k >= 0 else "ال"
        if w == "في" and k == a - 1 and self.entities.get(a, (0,))[0] == a + 1:
            return True  # "مديرة دائرة الآثار في أريحا، المهندسة X،"
        if k > 0 and w[0].isalpha() and not w.startswith("ال") and words[k - 1][:1] in "بل" \
                and words[k - 1][1:] in self.lex.place_nouns:
            return True  # "لقرية كفر الشيخ سالم، المهندس X،": a place named after someone
        return not w.startswith(("ال", "وال")) and (
            self.institution_head(w) is not None or w[0] in "بل" and self.institution_head(w[1:]) is not None)

    def _tagged(self, a: int, b: int) -> bool:
        """Are tokens ``a..b`` exactly a name the tagger found?"""
        ent = self.entities.get(a)
        return ent is not None and ent[1].label == "PER" and ent[0] == b

    def _apposed_holder(self, k: int, end: int) -> tuple[int, int, Mention | None] | None:
        """"مدير عام صحة كركوك، الدكتور زياد خورشيد، أن": the words before the comma, taken for the holder's
        name, were the office's genitive; a name after it (tagged, or opening with a given name), behind
        titles or a nationality at most and closed like an apposition, is the holder's. (Start, end,
        mention or None) of that name."""
        words = self.tt.words
        lex = self.lex
        while k + 3 < end and (words[k] in lex.nationalities or words[k].startswith("ال")
                               and self._adjective(words[k]) and not self.role_head(words[k])):
            k += 1  # "رئيس أركان الجيوش الفرنسية، الجنرال X،", "في مستشفى الملك فهد العام بجدة، الدكتورة X،":
            # the office's or the body's adjective before the comma
        place = self.entities.get(k + 1) if k + 4 < end and words[k] == "في" else None
        if place is not None and place[1].label == "LOC" and place[0] == k + 2:
            k += 1  # "بجامعة مولاي إسماعيل في مكناس، X،"
        if k + 3 < end and words[k + 1] in ("،", ",") and (
                words[k][0] == "ب" and len(words[k]) > 3 and not self.is_stop(words[k]) or place is not None):
            k += 1  # "بجامعة محمد الخامس بالرباط، X،": the body's city before the comma
        if k + 2 >= end or words[k] not in ("،", ","):
            return None
        a = k + 1
        while a < min(k + 3, end) and a not in self.entities and (
                words[a] in lex.nationalities or fold_head(self._bare(words[a])) in lex.honorifics
                or words[a].startswith("ال") and self.role_head(words[a])):
            a += 1  # "، المهندسة ...", "، الفريق بحري ...", "، الكويتي ..."
        ent = self.entities.get(a)
        if ent is not None and ent[1].label == "PER":
            b, m = self._run_to_comma(a, min(ent[0], end), end), ent[1]
        elif self.given_name_at(a):  # "، عمار لعريبي، فقال": a name the tagger missed
            b, m = self.name_run(a, end, allow_article=True), None
        elif (b := self._foreign_name_end(a, end)) > a:
            m = None  # "رئيس بلدية خاركيف، سيرهي ليسنياك،": a name no list knows
        else:
            return None
        if b >= end or words[b] not in ("،", ",") and words[b] not in lex.complementizers:
            return None
        return a, b, m

    def _distant_apposition(self, phrase: Phrase, end: int) -> Phrase:
        """The holder's name between commas after the role's complements, as wire copy writes it: "قالت
        المحللة في شركة "X" للأبحاث، إيما هولستروم، إن", "عضو هيئة الدفاع، المحامي سامي بن عمر، إن".
        Only over words that cannot start a clause or name someone else (no verb, pronoun or name:
        "أكد الوزير لدى لقائه نظيره الفرنسي، جان لودريان، أن" names the counterpart)."""
        words = self.tt.words
        lex = self.lex
        c = self._complement_end(phrase.end, end, check=False)
        if c is None or c + 1 >= end or words[c] not in ("،", ","):
            return phrase
        k = c + 1
        # "تركي القحطاني": without the article, a nationality that is also a given name opens the name
        given_nationality = words[k] in lex.given_names and not words[k].startswith("ال")
        if k + 1 < end and words[k] in lex.nationalities and not given_nationality:
            k += 1  # "مدرب فريق الزوراء، المصري أيمن عبدالعال،": his nationality, then the name
        if len(words[k]) == 1:
            k = self.past_title(k, end)  # "، د. سلمى الأهدل،"
        skip = k
        while skip < min(k + 3, end) and words[skip].startswith("ال") and skip not in self.entities \
                and not self.is_stop(words[skip]) and not self.role_head(words[skip]) \
                and not self.given_name_at(skip) and words[skip] not in self.known_names:  # not "الطاهر"
            skip += 1
        if skip > k and (ent := self.entities.get(skip)) is not None and ent[1].label == "PER":
            k = skip  # "، المستعربة البريطانية مارغريت هيل،": her calling and nationality, then her name
        head = self.role_head(words[k])
        ent = self.entities.get(k)
        named = ent is not None and ent[1].label == "PER"
        unlisted = head is None and not named and not self.given_name_at(k) and not given_nationality
        foreign = self._foreign_name_end(k, end) if unlisted else k
        # the words before the comma are checked only once something after it could be the name
        if unlisted and foreign - k < 2 or self._complement_end(phrase.end, end, check=True) is None:
            return phrase
        if head is not None:
            sub = self._role(k, end, head)  # "نائب الوزير، المبعوث الخاص ...، فاسيلي غوردييف،"
            return self._named_by(phrase, sub) if sub.name else phrase
        if unlisted:  # "مديرة مكتب الشرق الأوسط في المنظمة، كلير بوتان،": a name no list knows
            stop, m = foreign, None
        elif ent is not None and named:  # "، الكويتي مشعل عبدالله الفهيد،" tagged "مشعل عبدالله"
            stop, m = self._run_to_comma(k, min(ent[0], end), end), ent[1]
        else:
            stop, m = self.name_run(k, end, allow_article=True, first_article=True), None
            if stop - k < 2 and not (stop == k + 1 < end and words[stop] in ("،", ",")
                                     and words[k] in lex.given_names and words[k] not in lex.time_words):
                return phrase  # (but "وقالت شقيقة القتيل، سلمى، بصوت مخنوق": her given name alone)
        if stop < end and (words[stop] in ("،", ",", ".") or words[stop] in lex.complementizers):
            return self._name_holder(phrase, tuple(words[k:stop]), (k, stop), stop, known=m is not None,
                                     entity_id=m.entity_id if m is not None else None)
        return phrase

    def _foreign_name_end(self, k: int, end: int) -> int:
        """The end of two to four words from ``k`` that can only be a name (no article, function word, role,
        tanwin or person or body the tagger found) closed by a comma, or ``k``."""
        words = self.tt.words
        j = k
        while j < end and j - k < 4 and not self.role_head(words[j]) and (self._proper_word(j) or (
                words[j].endswith("ي") and len(words[j]) > 3 and not words[j].startswith("ال")
                and words[j] not in self.lex.nationalities and not self.is_stop(words[j]))):  # سيرهي
            ent = self.entities.get(j)
            if ent is not None and not (ent[1].label == "LOC" and j > k and ent[0] == j + 1):
                break  # a tagged person or body; a one-word place after the first is a family name (بوتان)
            j += 1
        return j if j - k >= 2 and j < end and words[j] in ("،", ",") else k

    def _complement_end(self, c: int, end: int, *, check: bool) -> int | None:
        """Where a role's complement words from ``c`` reach a comma (or the window's end), skipping a short
        name in marks and a tagged place or body; None at a sentence end, a punctuation mark, or (with
        ``check``) a verb, complementizer, pronoun, tanwin, tagged person or known name."""
        tt = self.tt
        words = tt.words
        lex = self.lex
        start = c
        while c < end and c - start <= 2 * MAX_ROLE and words[c] not in ("،", ","):
            w = words[c]
            if w == '"' and words[start:c].count('"') % 2:
                c += 1  # the closing mark of a name the tagger took without it (منظمة «كير» الدولية)
                continue
            if w == '"':
                after = self._quoted_name_end(c, end)
                if after is None:
                    return None
                c = after  # شركة "إس.إي.بي" للأبحاث
                continue
            if w == "(" and c > start and (after := self._bracketed_end(c, end)) is not None:
                c = after  # "لمنظمة الأمم المتحدة للطفولة (يونيسف)": the body's short name
                continue
            ent = self.entities.get(c)
            if ent is not None and ent[0] <= end and (ent[1].label != "PER" or c > start and not (
                    words[c - 1].startswith(("ال", "وال"))) and self.institution_head(words[c - 1])):
                # "النائب عن ولاية ورقلة بالمجلس الشعبي الوطني، إبراهيم بوحفص،": a place, a body, and a
                # person only as the genitive of a body ("في مركز محمد بن راشد للفضاء")
                c = ent[0]
                continue
            if w.isdigit():
                c += 1  # "قائد الفرقة 27 في الجيش": the unit's number
                continue
            if tt.new_sent[c] or not w[0].isalpha() or check and (
                    w in lex.forms or w in lex.complementizers
                    or self.pronoun_suffixed(c) and not (c == start and self._construct(c - 1))
                    or self.has_tanwin(c) or ent is not None or w in self.known_names):
                # (a pronoun right after the role in construct is whose office: "مدير حملته الانتخابية")
                return None
            c += 1
        return c

    def _office_place(self, j: int, end: int) -> int:
        """The end of the province or region at ``j`` that an office without the article covers: a place
        noun or a place's opening word (ولاية, شمال), then the place's name, one word, a tagged name, or an
        opening word and the word after it."""
        words = self.tt.words
        lex = self.lex
        k = j + 1
        if words[j] in lex.place_openers:  # (the caller has j + 1 < end)
            return k + (words[k][0].isalpha() and not self.is_stop(words[k]))
        ent = self.entities.get(k)
        if ent is not None:
            return min(ent[0], end)
        if words[k] in lex.place_openers and k + 1 < end:
            return k + 2
        return k + (words[k][0].isalpha() and not self.is_stop(words[k]) and words[k] not in lex.forms)

    def _definite_role(self, i: int) -> bool:
        """Does the role noun at ``i`` carry the article (الوزير, والوزير), unlike والي and والد?"""
        w = self.tt.words[i]
        return w.startswith("ال") or w[:3] == "وال" and self.role_head(w[1:]) is not None

    def _role_words(self, i: int, end: int, head: str) -> Phrase:
        tt = self.tt
        words = tt.words
        lex = self.lex
        j = i + 1
        country: str | None = None
        portfolio: str | None = None
        second: int | None = None
        reach = MAX_ROLE  # an acronym in brackets does not count
        while j < end and (j - i < reach or words[j] == "("):
            w = words[j]
            if w == '"' and (self.institution_head(words[j - 1]) and not words[j - 1].startswith("ال")
                             or words[j - 1] == "باسم"  # "المتحدث باسم "الجيش الوطني الليبي""
                             or j == i + 1 and not words[i].startswith(("ال", "وال")) and j + 2 < end
                             and words[j + 2] != '"'):  # "رئيس «الحزب الحر»", not a nickname (مدرب "القرش")
                after = self._quoted_name_end(j, end)
                if after is not None:
                    j = after  # "رئيس حزب "تونس البدائل"": the party's name in marks
                    continue
            if w == "(" and j > i + 1 and (after := self._bracketed_end(j, end)) is not None:
                reach += after - j
                j = after  # "المتحدث باسم مكتب ... الإنسانية (أوتشا) بيتر هولمغرين": the body's acronym
                continue
            if not w[0].isalpha() or w in self.known_names or w in lex.forms or self._before(j):
                break
            if w[0] in "لب" and len(w) > 3 and self.is_stop(w) and self._bare(w[1:]) not in lex.institutions \
                    and self._bare(w) not in lex.institutions:  # "برنامج الأغذية" is no ب + noun
                break  # "متحدث باسم الشرطة لشبكات التلفزيون": to whom it was said, not the role
            ent = self.entities.get(j)
            if ent is not None and ent[1].label == "PER" and j > i + 1 and self._glued_place(ent[1]):
                j = ent[0]  # "رئيسة جمعية الحرفيات بدوز", "المدرب الفرنسي لأولمبيك الريف": a place or a club
                # the tagger took for a person
                continue
            if ent is not None and ent[1].label == "PER" and ent[0] == j + 1 and j > i and w.endswith("ي") \
                    and j + 1 < end and words[j + 1].startswith("ال") \
                    and words[j + 1] not in lex.person_names and not words[j - 1].startswith(("ال", "وال")):
                j += 1  # "نقيب مالكي العقارات": a plural in construct the tagger took for a family name
                continue
            if ent is not None and ent[1].label == "PER" and not self.institution_head(w) and (not (
                    self.role_head(w) and all(self._role_word(x) for x in words[j + 1 : min(ent[0], end)]))
                    or j == i + 1 and ent[0] > j + 1 and w in lex.given_names and words[i].startswith("ال")):
                break  # a tagged place or body may qualify the role (a body tagged as a person too: "مهرجان
                # دوز"), and a role the linker tagged
                # ("نائب وزير الخارجية الروسي") is a chain of offices, not the holder's name ("أمين رزقي");
                # but a given name right after a definite role opens its holder's ("العميد فلاح الجبوري")
            if ent is not None and ent[1].label == "LOC" and not (
                    self._definite_role(i) if j == i + 1 else words[j - 1].startswith(("ال", "وال"))) \
                    and ent[0] < end and not tt.new_sent[ent[0] - 1] and not self._role_word(w):
                # "مدير عام أوروبا بوزارة الخارجية", "والي إزمير" (والي, not و + الي): the region the
                # office covers, a genitive
                j = ent[0]
                continue
            nxt = self.entities.get(j + 1) if j == i + 1 and not self._definite_role(i) else None
            if nxt is not None and nxt[1].label == "LOC" and nxt[0] < end and w[0].isalpha() \
                    and not w.startswith("ال") and not self.is_stop(w) and not self._role_word(w):
                j = nxt[0]  # "والي نهر النيل": the place the office covers, its first word untagged
                continue
            if j > i and tt.new_sent[j]:
                break
            if j == i + 1 and w in lex.cities and ent is None and not self._definite_role(i) \
                    and w not in lex.person_names and w not in lex.place_nouns \
                    and w not in lex.name_particles:
                j += 1  # "والي وهران": the city the office covers, untagged
                continue
            if j == i + 1 and not self._definite_role(i) and j + 1 < end and ent is None \
                    and (w in lex.place_nouns or w in lex.place_openers):
                j = self._office_place(j, end)  # "والي ولاية شمال كردفان الأستاذ X", "والي شمال كردفان"
                continue
            if j > i + 1 and w[:1] == "و" and len(w) > 3 and words[j - 1].startswith("ال") \
                    and not self.is_stop(w) and not self.is_stop(w[1:]) and not self.pronoun_suffixed(j) \
                    and not self.role_head(w) and not self.role_head(w[1:]) and w[1:] not in lex.countries:
                if w[1:3] == "ال":
                    j += 1  # "وزير الخارجية والمغتربين اللبناني": a second portfolio
                    continue
                if j + 1 < end and words[j + 1].startswith("ال") and not tt.new_sent[j + 1] \
                        and words[j + 1] not in lex.forms:
                    j += 2  # "وزير الخارجية وشؤون المغتربين": a second portfolio in construct
                    continue
            if second is None and j > i + 1 and not w.startswith("وال") and words[j - 1].startswith("ال") \
                    and self.role_head(w) and not self.served_group(w):
                # "نائب رئيس الوزراء وزير الخارجية", "وزير الدولة لشؤون الاتصال الناطق باسم الحكومة": a
                # second office after the first's genitive, not a group it serves ("لأصحاب محطات")
                second = j
            if j == i + 1 and self._definite_role(i) and w.startswith("ال") and w[2:3] != "م" \
                    and not self._adjective(w) and not self.role_head(w):
                # "رفضت المتحدثة الخوض في التفاصيل": a definite role takes no genitive, only adjectives
                # (participles too: "النائب المستقل")
                break
            if j == i + 1 and self._definite_role(i) and self.group_word(w):
                break  # "وحذر المتحدث أصحاب المخابز من": whom he warned, no genitive of his office
            if j == i + 1 and w in ONE and j + 1 < end and not words[i].startswith(("ال", "وال")):
                body = words[j + 1]  # "ممثل إحدى شركات النظافة", "مدير إحدى المدارس": one of the bodies
                if body.startswith("ال") and len(body) > 4 and not self.is_stop(body) \
                        and j + 1 not in self.entities:
                    j += 2
                    continue
                if (chain := self._genitive_chain(j + 1, end)) is not None:
                    j = chain
                    continue
            if not self._role_word(w) and (
                    j == i + 1 and not words[i].startswith(("ال", "وال"))
                    and (self.group_word(words[i]) or words[i] in _OWNER)
                    or j > i + 1 and self.institution_head(words[j - 1]) and words[j - 1][0] not in "او") \
                    and (chain := self._genitive_chain(j, end)) is not None:
                # ("الناطقة باسم جمعية حماية المستهلك": the body's genitive after its bare noun)
                j = chain  # "أصحاب مصانع البلاستيك", "سكان أبراج السلماني": a group's genitive, in construct
                continue  # (an office's is read below, with its holder: "عميدة شؤون الطلبة X")
            self._next_definite = j + 1 < end and words[j + 1].startswith("ال")
            # "لحركة نداء تونس", "مجلس شورى حركة النهضة": the institution's own name is part of the role
            if not self._role_word(w) and not self._institution_name(j, end) \
                    and not (w.startswith("وال") and self._role_word(w[1:])) and not (
                    j == i + 1 and not w.startswith("ال") and
                                               self._bare(words[i]) in ("وزير", "وزيره", "رئيس", "امين")
                                               and w in ("خارجيه", "داخليه", "دفاع", "عام")):
                break
            if country is None:
                country = lex.nationalities.get(w) or lex.countries.get(w)
                if country is None and w[:1] == "ل" and ("ال" + w[2:]) in lex.countries:
                    country = lex.countries["ال" + w[2:]]
                if country is None and w[:1] in "لب" and w[1:] in lex.countries:  # لسوريا
                    country = lex.countries[w[1:]]
                if country is None and j + 1 < end:  # "للأمم المتحدة", "الولايات المتحدة": two words
                    first = "ال" + w[2:] if w.startswith("لل") else w
                    country = lex.countries.get(first + " " + words[j + 1])
            if portfolio is None and w not in lex.nationalities and w not in lex.role_modifiers \
                    and not (w == _COUNCIL and j + 1 < end and words[j + 1].startswith("ال")):
                portfolio = self._bare(w)  # past "مجلس": "رئيس مجلس الوزراء" is "رئيس الوزراء"
                portfolio = lex.portfolios.get(portfolio, portfolio)  # رئيسة الحكومة = رئيسة الوزراء
            j += 1
        if head in lex.kinship or self._bare(head) in lex.kinship or head in lex.interlocutors:
            # "والدة زوجة محمد بوهلال", "زوجة المرشح ماكرون": the name is whose relative speaks;
            # "ضيف بوليتيكا": the programme's
            stop = j
            if j + 1 < end and words[j] in ("،", ",") and head in lex.kinship:
                # "والد الطفلة، عبده سيف المخلافي،": between commas, the relative's own name
                office = self.role_head(words[j + 1])
                if office is not None:  # "زوجها، المزارع جميل دويكات،": his trade, then his name
                    kin = Phrase(i, j, "ROLE", head=head, gender=self._role_gender(i))
                    sub = self._role(j + 1, end, office)
                    holder = sub.kind == "PER" and sub.name_span is not None
                    return self._named_by(kin, sub) if holder else kin
                own = self.name_run(j + 1, end, allow_article=True)
                if j + 2 < own < end and words[own] in ("،", ","):
                    return Phrase(i, own, "PER", tuple(words[j + 1 : own]), (j + 1, own), head=head,
                                  gender=self._role_gender(i))
            if j < end and self._complement(j) and head in lex.kinship and self._definite_role(i) \
                    and (later := self._name_after_complement(j, end)) is not None:
                # "المحامية المتخصصة في قضايا الملكية العقارية رنا الخطيب": her field, then her name
                return self._held_by(Phrase(i, j, "ROLE", head=head, gender=self._role_gender(i)), later)
            if j < end and words[j][0].isalpha():
                ent = self.entities.get(j)
                stop = min(ent[0], end) if ent is not None and ent[1].label == "PER" else \
                    self.name_run(j, end, allow_article=True)
                rest = self.entities.get(stop)
                if j < stop < end and rest is not None and rest[1].label == "PER":
                    stop = min(rest[0], end)  # "المحامي علي [عبد الأمير الخفاجي]": tagged in part
            if j == i + 1 and (stop - j >= 2 or stop - j == 1 and words[j] in lex.given_names) \
                    and head in lex.kinship and self.pronoun_suffixed(i):
                # "والده رمضان عبيدي": whose father the pronoun says; the name after is the father's own
                return Phrase(i, stop, "PER", tuple(words[j:stop]), (j, stop), head=head, gender="m"
                              if not words[i].rstrip("هام").endswith("ت") else "f")
            if stop - j >= 2 and head in lex.kinship and self._definite_role(i) \
                    and all(w in lex.nationalities for w in words[i + 1 : j]):
                # "المحامي سامي بن عمر", "المحامية الإماراتية عائشة الظاهري": with the article, the noun is
                # the named person's own title
                return Phrase(i, stop, "PER", tuple(words[j:stop]), (j, stop), head=head,
                              gender=self._role_gender(i))
            return Phrase(i, max(j, stop), "ROLE", head=head, country=country, gender=self._role_gender(i))
        specific = words[i] in lex.anonymous and i + 1 < end and words[i + 1].startswith("ال") \
            and words[i + 1] not in lex.role_modifiers  # "خبير الأرصاد": one expert, who may be named
        if words[i] in lex.anonymous and not specific or fold_head(words[i]) in lex.role_plurals \
                or head in lex.role_plurals:
            # "لناشطات حقوق المرأة": a group with its preposition is still a group, no name follows it
            named = self._enclosed_name(j, end)  # "مسؤول الشؤون الانسانية في الامم المتحدة، ستيفن اوبراين،"
            if named is not None:
                return Phrase(i, named[1], "PER", tuple(words[named[0] : named[1]]), named, head=head,
                              portfolio=portfolio, country=country, gender=self._role_gender(i))
            # "مصدر مصري قريب من التحقيقات", "تقارير إخبارية متطابقة", "متظاهرون أتراك"
            while j < end and j - i < 4 and words[j][0].isalpha() and len(words[j]) > 1 \
                    and not words[j].startswith("ال") and not words[j - 1].startswith(("ال", "وال")) \
                    and not self.is_stop(words[j]) and words[j] not in self.known_names \
                    and not self.role_head(words[j]) and not (j > i + 1 and j + 1 < end
                                                              and words[j + 1].startswith("ال")):
                # "أحد سكان جرابولي سقوط القتلى": a noun in construct after the group is the object
                country = country or lex.nationalities.get(words[j])
                j += 1
            if words[i].endswith("و") and i < j < end and words[j].startswith("ال") \
                    and not self.is_stop(words[j]) and words[j] not in self.known_names:
                j += 1  # "منظمو رحلات السفاري": a plural in construct ends its chain on a definite noun
            place = self.entities.get(j) if i + 1 < j < end and self._after_place_noun(j) else None
            if place is not None and place[1].label in ("LOC", "PER"):
                j = min(place[0], end)  # "مصدر بمجلس مدينة رأس البر": the place after its noun
            j = self._body_served(j, end)
            group = Phrase(i, j, "ROLE", head=head, country=country, gender=self._role_gender(i),
                           indefinite=words[i] in lex.anonymous and not words[i].startswith(("ال", "وال")))
            return self._called(group, end)
        role_end = j
        office = lex.role_compounds.get((head, portfolio or ""))
        if office is not None:  # "المدير الفني": the coach
            head, portfolio = office, None
        phrase = Phrase(i, role_end, "ROLE", head=head, portfolio=portfolio, country=country,
                        counterpart=head == "نظير", gender=self._role_gender(i))
        if second is not None:
            office = next((self._bare(w) for w in words[second + 1 : role_end]
                           if w not in lex.nationalities and w not in lex.role_modifiers), None)
            if office is not None:  # "الناطق الرسمي باسم الحكومة": حكومة, past the modifiers
                phrase.also = ((self.role_head(words[second]), country, lex.portfolios.get(office, office)),)
        if not words[i].startswith(("ال", "وال")) and any(
                words[t - 1] == "باسم" and self.role_head(words[t]) for t in range(i + 2, role_end)):
            # "متحدث باسم رئيس الوزراء البلجيكي شارل ميشال": a spokesman for someone, unnamed; the
            # name after the inner role is its holder (with the article, "المتحدث باسم الرئيس
            # الروسي دميتري بيسكوف", the name is the spokesman's)
            return phrase
        # "المحلل السياسي اللبناني ومدير مركز ... سالم زهران": coordinated roles, then the name
        c = j + 1 if j + 1 < end and words[j] == "و" else j
        if c < end and (c > j or words[c].startswith("و")) and c > i + 1:
            inner = self.role_head(words[c])
            if inner is not None:
                sub = self._role(c, end, inner)
                if sub.name:
                    return self._named_by(phrase, sub)
        # "مدير المركز العربي ... بجنيف رياض الصيداوي": a place complement glued to ب / ل, then a tagged name
        if j + 1 < end and words[j][:1] in "بل" and len(words[j]) > 3 and words[j][0].isalpha() \
                and not self.is_stop(words[j]) and j + 1 in self.entities \
                and self.entities[j + 1][1].label == "PER" and not self._after_place_noun(j + 1):
            # (not "منسقة الشبكة بجهة سوس ماسة، X،": a place after its noun, whatever the tagger says)
            j = role_end = j + 1
        # "النائب في مجلس نواب الشعب عن الجبهة الشعبية، الجيلاني الهمامي،": a complement, then the name
        k = role_end
        if k < end and self._complement(k):
            c = k + 1
            while c < end and c - k <= MAX_ROLE and words[c] not in ("،", ",") and words[c][0].isalpha() \
                    and not self.is_stop(words[c]) or c < end and self._complement(c):
                ent = self.entities.get(c)
                if ent is not None and ent[1].label == "PER" and c > k + 1 and not self.role_head(words[c]) \
                        and not self.institution_head(words[c - 1]):
                    # "الناطقة باسم إدارة الأمن في كيبيك كريستين كولومب": a place, then the tagged name
                    # (not "في حكومة ترامب": a name after an institution noun is its genitive)
                    stop = min(ent[0], end)
                    return self._name_holder(phrase, tuple(words[c:stop]), (c, stop), stop, known=True,
                                             entity_id=ent[1].entity_id)
                inner = self.role_head(words[c])
                if inner is not None and c > k + 1:  # "... في باريس الدكتور بشير العبيدي"
                    sub = self._role(c, end, inner)
                    if sub.name:
                        return self._name_holder(phrase, sub.name, sub.name_span, sub.end, known=sub.known)
                c += 1
            chained = self._chained_role(c, end)
            if chained is not None:
                return self._named_by(phrase, chained)
            if c + 1 < end and words[c] in ("،", ","):
                stop = self.name_run(c + 1, end, allow_article=True, first_article=True)
                if stop > c + 1 and (stop >= end or words[stop] in ("،", ",")):
                    return self._name_holder(phrase, tuple(words[c + 1 : stop]), (c + 1, stop), stop,
                                             known=_KEEP)
        # "القيادي في حركة نداء تونس خميس قسيلة", "الإعلامي بقناة فرنس 24 توفيق مجيد": past the place
        # where the role is held, a tagged name or one that opens with a given name
        if k < end and (self._complement(k) or self._glued_complement(k) or self._construct(k - 1)):
            later = self._name_after_complement(k, end)
            if later is not None:
                return self._held_by(phrase, later)
        # the name: right after the role, or in apposition between commas
        chained = self._chained_role(k, end)
        if chained is not None:
            return self._named_by(phrase, chained)
        if k < end and words[k] in ("،", ","):
            k += 1
        if k < end and len(words[k]) == 1:
            k = self.past_title(k, end)  # "عضو المجلس م. عبدالعزيز ضاري الشمري"
        if k < end:
            ent = self.entities.get(k)
            if ent is not None and ent[1].label == "PER" and self._construct(k - 1):
                # "نائب مدير سكوتلاند يارد، مارك رولي،": the tagged genitive, then the holder between commas
                apposed = self._apposed_name(min(ent[0], end), end)
                if apposed is not None:
                    ent, k = (apposed[0], apposed[1]), apposed[2]
            if ent is not None and ent[1].label == "PER":
                stop = self._run_to_comma(k, min(ent[0], end), end)
                return self._name_holder(phrase, tuple(words[k:stop]), (k, stop), stop, known=True,
                                         entity_id=ent[1].entity_id)
            if words[k] == '"':
                quoted = self.parse(k, end, guess_names=False)
                team = k == role_end and self._construct(k - 1)  # "مدرب "الذهبي"": the team, not his name
                if quoted is not None and quoted.kind == "PER" and not team:
                    self._name_holder(phrase, quoted.name, quoted.name_span, quoted.end, known=True)
                return phrase
            if ent is not None and ent[1].label == "LOC" and words[k][0] == "ب" \
                    and not normalize(ent[1].text).startswith(words[k]):
                # "المندوب الجهوي للفلاحة بسيدي بوزيد، منير الحرشاني": the town the office is in, then
                # perhaps its holder between commas
                in_town = self._apposed_holder(min(ent[0], end), end)
                return phrase if in_town is None else self._held_by(phrase, in_town)
            stop = self.known_run(k, end)
            known = stop > k
            enclosed = None if known else self._comma_enclosed(k, end)
            if not known and enclosed is None and (
                    words[k] in _ONE_OF or words[k][0] in "لبو" and words[k] not in lex.name_particles
                    and not self.listed_name((words[k],)) and not self._recurring_surname(k + 1, end)):
                # "مساعدة أحد الجرحى", "وتعرضت الفتاة لمضايقات", "احترق شعر المرأة الأسترالية واسود":
                # its object, a complement or the next clause, no name
                return phrase
            if not known and k > role_end and self.identity_word(k, end) is not None:
                return phrase  # "مواطنة أرملة، فضلت عدم ذكر اسمها،": no name, only that it is withheld
            if not known:
                genitive = k == role_end and self._construct(k - 1) and not self.given_name_at(k)
                # "رئيس لجنة شؤون الأسرى": after an institution noun without the article, its genitive
                stop = enclosed or (k if genitive else
                                    self.name_run(k, end, allow_article=True, first_article=k > role_end))
                nxt = self.entities.get(k + 1)
                if nxt is not None and nxt[1].label == "PER" and stop > k + 1:
                    if words[k] in lex.not_names:
                        return phrase  # "أعلن رئيس المجلس فوز ماكرون": the object that governs the name
                    stop = min(stop, nxt[0])  # "الوزير نفتالي بينيت": a given name the tagger left out
                elif nxt is not None and nxt[1].label == "PER" and k > role_end and nxt[0] < end \
                        and words[nxt[0]] in ("،", ",") and words[k][0].isalpha() \
                        and not self.is_stop(words[k]) and words[k] not in lex.not_names \
                        and not self.role_head(words[k]) and words[k] not in lex.nationalities:
                    stop = nxt[0]  # "المندوبة النرويجية، إنغه مارتا ليند،": between commas, all of it
                after = k + 1 if genitive else stop  # "رئيس آفاد، أوكتاي تشاغلار،": one genitive word
                apposed = self._apposed_name(after, end) if k == role_end and after > k \
                    and self._construct(k - 1) else None
                if apposed is not None:  # "رئيس شبكة دستورنا، جوهر بن مبارك،": the genitive, then the holder
                    ent, k = (apposed[0], apposed[1]), apposed[2]
                    stop = min(ent[0], end)
                    return self._name_holder(phrase, tuple(words[k:stop]), (k, stop), stop, known=True,
                                             entity_id=ent[1].entity_id)
                if k > role_end and stop < end and words[stop] not in ("،", ",", '"') and (
                        stop - k < 2 or not self.given_name_at(k)
                        and words[stop] not in lex.complementizers and words[stop] not in lex.forms):
                    stop = k  # "وزير الخارجية الألماني، روسيا إلى", "أعلن X، رئيس الهيئة، رفع درجة الاستعداد
                    # القصوى في": not an apposition
            if stop > k:
                self._name_holder(phrase, tuple(words[k:stop]), (k, stop), stop, known=known)
                return phrase
        if not any(w.startswith(("ال", "وال")) for w in words[i:role_end]):
            # "مساعد في الكونغرس", "عاملة في منظمة إغاثة": an unnamed holder, described by where it serves
            # (not "وزير الخارجية في حكومة ترامب": an office of one holder)
            served = self._body_served(role_end, end)
            if served > role_end:
                phrase.end, phrase.indefinite = served, True
        return phrase


@dataclass(slots=True)
class Cast:
    """Everyone the article has introduced so far, and who holds the floor."""

    tt: TokenText
    countries: dict[str, str]
    known_orgs: set[str]
    plurals: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()  # honorific heads: "الدكتور العبيدي" is the director named before
    adjectives: frozenset[str] = frozenset()  # nationalities and role modifiers: "المنظمة الدولية"
    interlocutors: frozenset[str] = frozenset()  # "ضيف البرنامج", "محدثنا": whoever is being interviewed
    generic: frozenset[str] = frozenset()  # "المسؤول", "الدبلوماسي": any office-holder named before
    sources: frozenset[str] = frozenset()  # "التقرير", "الدراسة": what a body published, the body speaking
    people: list[Person] = field(default_factory=list)
    _current: Person | None = None

    @property
    def current(self) -> Person | None:
        """Who holds the floor: the speaker of the latest cue."""
        return self._current

    @current.setter
    def current(self, p: Person | None) -> None:
        if p is not None:
            p.spoke = True
        self._current = p

    def display(self, a: int, b: int) -> str:
        s, e = self.tt.span(a, b - 1)
        return self.tt.text[s:e]

    def name_display(self, ph: Phrase) -> str:
        """The display of a phrase's name; a kunya the text inflects ("بأبي منصف") in the nominative."""
        assert ph.name_span is not None
        display = self.display(*ph.name_span)
        if ph.name[:1] in (("ابو",), ("ام",)) and self.tt.words[ph.name_span[0]] != ph.name[0] \
                and " " in display:
            display = ("أبو " if ph.name[0] == "ابو" else "أم ") + display.split(maxsplit=1)[1]
        return display

    def _touch(self, p: Person, ph: Phrase) -> Person:
        p.nationality = ph.nationality or p.nationality
        if p.entity_id is None:
            p.entity_id = ph.entity_id
        p.aside = False
        p.last = ph.start
        p.mention = self.tt.span(ph.start, ph.end - 1)
        return p

    def resolve(self, ph: Phrase, known_names: set[str]) -> Person:
        """The person the phrase designates; introduces a new one when nobody fits."""
        if ph.kind == "DOC":
            if self.current is not None:
                return self._touch(self.current, ph)
            return self._new(ph, "ORG", known_names)
        if ph.name and ph.kind == "PER":
            p = self.by_name(ph.name)
            # "قايد السبسي" then "رئيس الجمهورية الباجي قايد السبسي": the first "role" was a word of the name
            in_name = bool(p and p.head and any(fold_head(w) == p.head for w in ph.name))
            titled = bool(p and ph.head and any(fold_head(w) == ph.head for w in p.name))
            other_role = bool(ph.head and p and p.head and p.head != ph.head and ph.head not in self.titles
                              and p.head not in self.titles and not in_name and not titled
                              and all(o[0] != p.head for o in ph.also)  # "زوجها، المزارع X": both his
                              and ph.name_span is not None and ph.name_span[0] > ph.start  # "X أحد مسؤولي"
                              and not self._titled_so(p, ph.head, ph.start)  # "العميد X"، "العميد الحلبي"
                              # "العقيد الشمري:" then "مدير إدارة المرور العقيد فهد الشمري": his rank, again
                              and fold_head(self.tt.words[ph.name_span[0] - 1].removeprefix("ال")) != p.head)
            # "وحذرت الوزيرة ترامب": another's name after the role; but a fuller name ("الدكتورة عائشة سالم
            # الكعبي" after a headline's "الكعبي:") names the one met before, whatever verb was guessed
            other_gender = bool(ph.gender and p and p.gender and ph.gender != p.gender
                                and len(ph.name) <= len(p.name))
            if p is not None and ph.name_span is not None and ph.known and not ph.counterpart and (
                    other_role or other_gender):
                # "وحذرت الوزيرة ترامب من ...": the known name after the role is someone else (addressed)
                ph.drop_name(self.tt.words)
                return self.resolve(ph, known_names)
            if p is not None:
                if len(ph.name) > len(p.name) and ph.name_span is not None:
                    p.name = ph.name
                    p.display = self.name_display(ph)
                if ph.head and (p.head is None or in_name):
                    self._take_role(p, ph)
                return self._touch(p, ph)
            if ph.head is not None:
                p = self.by_role(ph)
                if p is not None and p.kind == "ROLE" and ph.name_span is not None:
                    # "الوزير" then "الوزير رضا القاسمي": the role now has a name
                    p.kind, p.name, p.display = "PER", ph.name, self.name_display(ph)
                    return self._touch(p, ph)
                if p is not None and not ph.known and (
                        ph.counterpart or ph.country is not None and p.country == ph.country
                        or self._holder_again(ph, p)):
                    # "نظيره الألماني إعادة إعمار": a guessed name after a role that fits someone known
                    return self._touch(p, ph)
            return self._new(ph, "PER", known_names)
        if ph.kind == "ROLE":
            if ph.head in self.interlocutors:
                p = self.interviewed(ph.start)
                if p is not None:
                    return self._touch(p, ph)
            p = self.by_name(ph.linked) if ph.linked else None  # a linked role: its holder, if named
            if p is not None:
                if ph.head and p.head is None:
                    self._take_role(p, ph)
                return self._touch(p, ph)
            p = None if ph.indefinite else self.by_role(ph)
            if p is None and ph.head is not None and fold_head(ph.head) in self.generic \
                    and self.tt.words[ph.start].startswith(("ال", "وال")):
                p = self.office_holder(ph)
            if p is None and ph.country is not None and self.tt.words[ph.start].startswith(("ال", "وال")):
                p = self._of_country(ph)
            definite = self.tt.words[ph.start].startswith(("ال", "وال"))
            if p is None and ph.head in _SOMEONE and definite and ph.end == ph.start + 1:
                p = self.compatible(ph.gender, ph.start)  # "وأوضح الرجل": who speaks, or the last one
            elif p is None and definite and ph.end > ph.start + 1 \
                    and all(w in _AGES for w in self.tt.words[ph.start + 1 : ph.end]):
                p = self.last_named(ph.gender, ph.start)  # "الرجل الخمسيني", "السائق الستيني": the one just
                # described
            if p is None and ph.head == _SPEAKER and ph.end == ph.start + 1 \
                    and self.tt.words[ph.start].startswith("ال") and self._current is not None:
                p = self._current  # "وأوضح المتحدث": no spokesman named before, so the one speaking
            if p is not None:
                return self._touch(p, ph)
            return self._new(ph, "ROLE", known_names)
        p = self.by_org(ph)
        if p is None and len(ph.name) == 1 and ph.head in self.sources and self._current is not None \
                and self._current.kind == "ORG":
            p = self._current  # "وذكرت الهيئة في تقريرها ... ووفقا للتقرير": the report of the body speaking
        if p is not None:
            return self._touch(p, ph)
        return self._new(ph, "ORG", known_names)

    def _titled_so(self, p: Person, head: str, before: int) -> bool:
        """Was ``p``'s name given right after the title ``head`` before token ``before`` ("رئيس فرع مرور دمشق
        العميد سامر يوسف الحلبي": a rank of his own, besides his office)?"""
        words = self.tt.words
        n = len(p.name)
        return any(tuple(words[k : k + n]) == p.name and fold_head(words[k - 1].removeprefix("ال")) == head
                   for k in range(1, before - n + 1) if words[k] == p.name[0])

    def _of_country(self, ph: Phrase) -> Person | None:
        """"أهدى الإسباني ألبيرتو نابارو ..." then "المدرب الإسباني": a definite role of a country nobody
        holds names the one person introduced by that nationality alone, if there is one."""
        found = [p for p in self.people if p.kind == "PER" and p.nationality == ph.country
                 and not (ph.gender and p.gender and ph.gender != p.gender)]
        return found[0] if len(found) == 1 else None

    def _holder_again(self, ph: Phrase, p: Person) -> bool:
        """"النائبة ليلى أولاد علي" ... "وأبرزت النائبة تشبث المرأة ...": after the definite role of a woman
        or man already named, one guessed word is the verb's object, not another holder's name."""
        return p.kind == "PER" and bool(p.name) and len(ph.name) == 1 and ph.name[0] not in p.name \
            and ph.name_span is not None \
            and ph.name_span[0] == ph.start + 1 and self.tt.words[ph.start].startswith(("ال", "وال")) \
            and bool(ph.gender) and p.gender == ph.gender

    def mention(self, ph: Phrase) -> None:
        """An institution named as a complement ("لمنظمة العفو الدولية"): known for later anaphora
        ("المنظمة الدولية"), but not the latest one mentioned (it does not take a cue's floor)."""
        if self.by_org(ph) is None:
            p = self._new(ph, "ORG", set())
            p.last = -1
            p.aside = True

    def _take_role(self, p: Person, ph: Phrase) -> None:
        """``p`` now holds the office(s) the phrase names."""
        p.head, p.country, p.portfolio = self._role_of(ph)
        p.also = ph.also

    def _role_of(self, ph: Phrase) -> tuple[str | None, str | None, str | None]:
        head = ph.head
        if ph.counterpart:
            # whose counterpart: who holds the floor, else the office-holder named last before ("أجرى وزير
            # الخارجية الأردني X محادثات مع نظيره الهندي Y": Y is a minister too)
            cur = self.current
            other = cur if cur is not None and cur.head not in (None, "نظير") else \
                max((p for p in self.people if p.kind == "PER" and p.head not in (None, "نظير")
                     and p.last < ph.start), key=lambda p: p.last, default=None)
            if other is not None:
                head = other.head
        return head, ph.country, ph.portfolio

    def _new(self, ph: Phrase, kind: str, known_names: set[str]) -> Person:
        head, country, portfolio = self._role_of(ph)
        span = ph.name_span if ph.name_span is not None else (ph.start, ph.end)
        display = self.display(*span) if ph.name_span is None else self.name_display(ph)
        first = self.tt.words[span[0]]
        if first.startswith("لل"):  # "وفقا للقوات المسلحة" -> القوات المسلحة
            display = "ال" + display[2:]
        elif first[:1] == "ل" and ph.head and first[1:].startswith(ph.head[:3]):  # لمنظمة -> منظمة
            display = display[1:]
        p = Person(len(self.people), kind, ph.name, display, head, portfolio, country, ph.start,
                   self.tt.span(ph.start, ph.end - 1))
        p.entity_id = ph.entity_id
        p.also = ph.also
        p.nationality = ph.nationality
        p.gender = ph.gender if kind in ("PER", "ROLE") else ""
        if kind == "ROLE" and head is not None and (head in self.plurals or head.endswith(("يون", "يين"))) \
                and self.tt.words[ph.start] not in ONE:
            p.gender = "p"
        p.hedge = kind == "ROLE" and head in self.hedges
        self.people.append(p)
        if kind == "PER" and (ph.known or len(ph.name) <= 3):  # long guesses may run into the sentence
            known_names.update(w for w in ph.name if len(w) > 1)
        if kind == "ORG" and len(ph.name) > 1:  # "حركة النهضة" -> "وقالت النهضة ..."
            w = ph.name[1]
            if w.startswith("ال") and len(w) > 4 and w not in self.countries:
                self.known_orgs.add(w)
        return p

    def by_name(self, name: tuple[str, ...]) -> Person | None:
        best: Person | None = None
        words = set(name)
        joined = _joined(name)
        for p in self.people:
            if not p.name or p.kind != "PER" or best is not None and p.last <= best.last:
                continue  # only a later mention can replace the best match so far: skip the tests
            # a name in order within the other shares a word with it: most of the cast shares none
            if (not words.isdisjoint(p.name) and (_in_order(p.name, name) or _in_order(name, p.name))
                    or _glued_joined(_joined(p.name), joined, len(p.name) > 1 and len(name) > 1)):
                best = p  # "نجاة بلقاسم" is "نجاة فالو بلقاسم"
        return best

    def by_role(self, ph: Phrase) -> Person | None:
        role: Office = (ph.head, ph.country, ph.portfolio)
        head, country, _ = role
        cands: list[tuple[int, int, Person]] = []
        current = self._current
        for p in self.people:
            if ph.counterpart:
                if country is None or p.country != country or p is current:
                    continue
                score = 2
            else:
                if p.head != head and not p.also:
                    continue  # most of the cast: another role or none (the test below, made cheap)
                if ph.gender and p.gender and (ph.gender == "p") != (p.gender == "p"):
                    continue  # "أحد سكان البلدة" is not the residents named before
                office = next((o for o in offices(p) if _same_office(role, o)), None)
                if office is None:
                    continue
                score = 1 + 2 * (country is not None and office[1] == country)  # over the current speaker
            if p is current:
                score += 1
            cands.append((score, p.last, p))
        if not cands:
            return None
        return max(cands, key=lambda c: (c[0], c[1]))[2]

    def by_org(self, ph: Phrase) -> Person | None:
        best: Person | None = None
        name = ph.name
        # (the tests are pure: a body that cannot be later than the best so far is skipped before them)
        if len(name) > 1:  # "النيابة الاتحادية" is "النيابة الاتحادية الألمانية", whoever came since
            for p in self.people:
                if p.kind == "ORG" and (best is None or p.last > best.last) and _contains(p.name, name):
                    best = p
            if best is not None:
                return best
        anaphor: bool | None = None  # whether the phrase may take up a body by its head: asked once
        for p in self.people:
            if p.kind != "ORG" or best is not None and p.last <= best.last:
                continue
            if _contains(p.name, name):  # التكتل
                best = p
                continue
            if p.head is None or p.head != ph.head:
                continue
            # "الوزارة السعودية", "المنظمة الدولية", "وفقا للهيئة", not "دولة قطر" nor "الحزب الاشتراكي" (a
            # name)
            if anaphor is None:
                anaphor = name[0].startswith(("ال", "وال", "لل", "بال")) and len(name) <= 2 and all(
                    w in self.adjectives for w in name[1:])
            if anaphor and _many(name[0], ph.head) == _many(p.name[0], p.head):  # not "السفارات" for one
                best = p
        return best

    def name_role(self, ph: Phrase, known_names: set[str]) -> None:
        """A relative named inside someone's words ("تم القبض على والده رمضان عبيدي"): the unnamed holder of
        that kinship role the article introduced before gets the name; nobody new is introduced."""
        p = self.by_role(ph)
        if p is None or p.kind != "ROLE" or not ph.name or ph.name_span is None \
                or ph.gender and p.gender and p.gender != ph.gender:
            return
        p.kind, p.name, p.display = "PER", ph.name, self.name_display(ph)
        known_names.update(w for w in ph.name if len(w) > 1)

    def office_holder(self, ph: Phrase) -> Person | None:
        """Whom a definite generic role ("المسؤول التونسي", "الدبلوماسي") takes up: of those holding an office
        that fits, one of a body or a country first, then the current speaker, then the one mentioned last."""
        current = self._current
        fits = [p for p in self.people
                if p.kind in ("PER", "ROLE") and p.head is not None and not p.aside and not p.hedge
                and p.last <= ph.start and p.gender != "p"  # (= : this very phrase, resolved once already)
                and not (ph.gender and p.gender and p.gender != ph.gender)
                and (ph.country is None or p.country in (None, ph.country))]
        # "مدير عام هيئة الإعلام، X" then "المصور Y" then "وأوضح المسؤول الأردني": an office of a body or a
        # country before a bare trade; then the current speaker; then the latest
        return max(fits, default=None, key=lambda p: (
            any(o[1] is not None or o[2] is not None for o in offices(p)), p is current, p.last))

    def interviewed(self, before: int) -> Person | None:
        """Whom "ضيف البرنامج" designates: the named person holding the floor, else the one named last."""
        cur = self.current
        if cur is not None and cur.kind == "PER" and cur.name:
            return cur
        best: Person | None = None
        for p in self.people:
            if p.kind == "PER" and p.name and not p.aside and p.last < before \
                    and (best is None or p.last > best.last):
                best = p
        return best

    def compatible(self, gender: str, before: int) -> Person | None:
        """The current speaker if the verb's gender and number fit, else the latest person who fits.

        A plural verb ("وأضافوا") looks for a plural speaker ("شهود"), a singular one skips them.
        """
        cur = self.current
        if cur is None or not gender or cur.gender == gender or not cur.gender and gender != "p":
            return cur
        best: Person | None = None
        person: Person | None = None  # the latest speaker of the verb's own gender
        for p in self.people:
            if p.last >= before or p.hedge or p.aside or p.gender != gender and (p.gender or gender == "p"):
                continue
            if best is None or p.last > best.last:
                best = p
            if p.spoke and p.gender == gender and p.kind != "ORG" \
                    and (person is None or p.last > person.last):
                person = p
        # "أفادت الناشطة ... في تسيير حركة المرور. وأضافت أن": a body only mentioned since, that never
        # spoke, does not take the floor from the woman who spoke before it
        if best is not None and person is not None and best.kind == "ORG" and not best.spoke:
            return person
        return best or cur

    def last_named(self, gender: str, before: int) -> Person | None:
        """The named person of that gender mentioned last before token ``before``, whoever holds the floor."""
        fit = [p for p in self.people if p.kind == "PER" and p.name and not p.aside and p.last < before
               and (not gender or not p.gender or p.gender == gender)]
        return max(fit, key=lambda p: p.last, default=None)

    def last_other(self, before: int, gender: str = "") -> Person | None:
        """The person mentioned last before token ``before``, other than the current speaker."""
        best: Person | None = None
        current = self._current
        for p in self.people:
            if p is current or p.aside or p.last >= before or gender and p.gender and p.gender != gender:
                continue
            if best is None or p.last > best.last:
                best = p
        return best


def offices(p: Person) -> tuple[Office, ...]:
    """Every office ``p`` holds: its role and those named with it."""
    return ((p.head, p.country, p.portfolio), *p.also)


def holds(p: Person, role: Phrase) -> bool:
    """May ``role`` name ``p``, by any office it holds?"""
    return any(_same_office((role.head, role.country, role.portfolio), o) for o in offices(p))


def _same_office(role: Office, held: Office) -> bool:
    """May a role phrase (head, country, portfolio) name someone who holds ``held``?"""
    head, country, portfolio = role
    p_head, p_country, p_portfolio = held
    if p_head != head:
        return False
    if country is not None and p_country is not None and p_country != country:
        return False
    if portfolio and p_portfolio and portfolio != p_portfolio:
        return False
    if portfolio and not p_portfolio and p_country is not None and country is None and portfolio != _STATE:
        return False  # "رئيس المجلس الدستوري" heads a body; "الرئيس الفرنسي" named before, a state
    # "الرئيس" alone is the head of state, whom "رئيس الوزراء" is not
    return not (head == _PRESIDENT and {portfolio or _STATE, p_portfolio or _STATE} == {_STATE, _PREMIER})


def _many(word: str, head: str | None) -> bool:
    """Is an institution noun written in the plural of its head ("السفارات" of سفارة)?"""
    return word.endswith("ات") and head is not None and not head.endswith("ات")


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    if not small or small[0] not in big or len(small) > len(big):  # most calls: no place to start
        return False
    n = len(small)
    first = small[0]
    return n == 1 or any(big[k : k + n] == small for k in range(len(big) - n + 1) if big[k] == first)


def _in_order(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Are the words of ``small`` found in ``big`` in the same order (gaps allowed)?"""
    if len(small) > len(big) or not small:
        return False
    it = iter(big)
    return all(w in it for w in small)


@lru_cache(maxsize=4096)  # the cast's names, joined again at every lookup; bounded across articles
def _joined(name: tuple[str, ...]) -> str:
    """A name's letters without spaces or hyphens, as `_glued_joined` compares them."""
    return "".join(w for w in name if w != "-")


def _glued_joined(x: str, y: str, both_several: bool) -> bool:
    """"لودريان" is "لو دريان", "جان - ايف" is "جان ايف": the same name written with or without spaces.

    ``x`` and ``y`` are the names `_joined`; a shared start counts only when both have several words
    (``both_several``)."""
    if len(x) < len(y):
        x, y = y, x
    return len(y) >= 6 and (x.endswith(y) or both_several and x.startswith(y))
