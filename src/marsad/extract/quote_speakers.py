"""Who is speaking: noun phrases that name or describe a speaker, and the article's cast.

A speaker is named (``لافروف``), described by a role (``وزير الخارجية الروسي``, ``الوزير
الروسي``, ``نظيره الألماني``) or an institution (``وزارة الدفاع الروسية``), or left implicit
(``وأضاف``). `Cast` keeps everyone the article has introduced, in order, and resolves each new
phrase to one of them: a name by its tokens (``لافروف`` -> ``سيرغي لافروف``), a role by its
head noun, portfolio and country, an institution by its head noun. A person's canonical name
is the fullest form the article gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.extract.quote_lexicon import QuoteLexicon
from marsad.extract.quote_marks import TokenText
from marsad.records import Mention

MAX_NAME = 4  # name tokens, particles not counted
MAX_ROLE = 8  # tokens of a role description
_CLITIC_ARTICLE = ("بال", "وال", "لل")
_ONE_OF = frozenset({"احد", "احدي", "بعض", "عدد", "عددا", "هذه", "هذا", "هولاء", "من"})
_TANWIN = frozenset("\u064b\u064c\u064d")
_ROLE_COMPLEMENT = frozenset({"في", "عن", "ب", "ل", "من"})


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

    # ---- word classes -------------------------------------------------------------------------
    def _bare(self, w: str) -> str:
        if w.startswith("ال") and len(w) > 3:
            return w[2:]
        return w

    def is_stop(self, w: str) -> bool:
        lex = self.lex
        if w in lex.name_stops or w in lex.complementizers or w in lex.forms:
            return True
        if len(w) > 3 and w[0] in "وفبل":
            rest = w[1:]
            if rest in lex.name_stops or rest in lex.forms or rest in lex.complementizers:
                return True
            if w[0] == "ل" and rest.startswith("ل"):  # للصحفيين
                return "ال" + rest[1:] in lex.name_stops
            if rest.startswith("ال") and rest in lex.name_stops:
                return True
        return False

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
            if self._bare(rest) in lex.institutions or ("ال" + rest[1:]) in lex.countries:
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
        if len(w) < 4 or not w.endswith(("ه", "ها", "هم", "هما")) or w.endswith("يه"):
            return False  # أندريه, جوزيه: foreign names, not a pronoun
        return tt.text[tt.offs[tt.ends[i] - 1]] in "هام"

    def has_tanwin(self, i: int) -> bool:
        tt = self.tt
        a, b = tt.offs[tt.starts[i]], tt.offs[tt.ends[i] - 1] + 1
        tail = tt.text[b : b + 2]
        return any(c in _TANWIN for c in tt.text[a:b]) or tail[:1] in _TANWIN

    def is_name_word(self, i: int) -> bool:
        return self._name_word(i, True)

    def _name_word(self, i: int, first: bool) -> bool:
        tt = self.tt
        w = tt.words[i]
        if not w[0].isalpha() or len(w) < 2 and w not in ("د",):
            return False
        if w in self.lex.name_particles:
            return True
        if w in self.lex.maqsura_stops and self.tt.text[self.tt.offs[self.tt.ends[i] - 1]] == "ي":
            return True  # علي (a name), not على
        if self.is_stop(w) or w in self.lex.nationalities or w in self.lex.countries or w in self.lex.manner:
            return False
        if w.startswith(_CLITIC_ARTICLE):  # بالقول, للصحفيين, والرئيس: never inside a name
            return False
        if len(w) >= 5 and w[0] == "م" and w[-1] == "ا":  # مخاطبا, معتبرا: adverbial participles
            return False
        if self.pronoun_suffixed(i) and w not in ("الله", "لله"):  # دوافعه, حسابه: not names
            return False
        if self.has_tanwin(i):  # صراحةً, بلهجةٍ: adverbs and indefinite nouns, never names
            return False
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
        while j < end and count < MAX_NAME and self._name_word(j, j == i):
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
        while j > i and words[j - 1] in particles:
            j -= 1
        return j

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
        if ent is not None and ent[1].label in ("PER", "ORG"):
            stop = min(ent[0], end)
            kind = "PER" if ent[1].label == "PER" else "ORG"
            return Phrase(i, stop, kind, tuple(words[i:stop]), (i, stop), known=True)
        w = words[i]
        if w in _ONE_OF and i + 1 < end:  # "أحد المصادر", "بعض المسؤولين"
            ph = self.parse(i + 1, end, guess_names=False)
            if ph is not None:
                ph.start = i
            return ph
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
        for phrase in self.lex.institution_phrases:
            k = len(phrase)
            if tuple(words[i : i + k]) == phrase or (
                words[i].startswith("و") and (words[i][1:],) + tuple(words[i + 1 : i + k]) == phrase
            ):
                stop = self._extend_org(i + k, end)
                return Phrase(i, stop, "ORG", tuple(words[i:stop]), head=phrase[0] if k > 1 else phrase[0])
        head = self.role_head(w)
        if head is not None:
            return self._role(i, end, head)
        if w in self.lex.countries or w[:1] == "و" and w[1:] in self.lex.countries:
            return Phrase(i, i + 1, "ORG", (w,), head=w)
        inst = self.institution_head(w)
        if inst is not None:
            stop = self._extend_org(i + 1, end)
            return Phrase(i, stop, "ORG", tuple(words[i:stop]), head=inst)
        if w.startswith(("ال", "وال")) and w.endswith(("يون", "يين")) and len(w) > 6:
            stop = self._extend_org(i + 1, end)  # "الحوثيون", "المتظاهرون الفلسطينيون": a group speaks
            return Phrase(i, stop, "ROLE", head=self._bare(w.removeprefix("و")), )
        if w in self.known_orgs:  # "وأكد التكتل ..." after "حزب التكتل الديمقراطي"
            return Phrase(i, i + 1, "ORG", (w,), head=self._bare(w))
        if self._bare(w) in self.lex.documents or w in self.lex.documents:
            return Phrase(i, i + 1, "DOC", (w,), head=self._bare(w))
        if w in self.known_names:
            stop = self.known_run(i, end)
            if stop > i:
                return Phrase(i, stop, "PER", tuple(words[i:stop]), (i, stop), known=True)
        if guess_names:  # "علي بن صميخ المري" before "إن": an article word may end the name
            stop = self.name_run(i, end, allow_article=article_names)
            if stop > i:
                return Phrase(i, stop, "PER", tuple(words[i:stop]), (i, stop))
        return None

    def _proper_word(self, j: int) -> bool:
        """A word that can only be a name: no article, no tanwin, not an adjective (ية / ي), not a stop."""
        w = self.tt.words[j]
        return (w[0].isalpha() and not w.startswith("ال") and not w.endswith(("يه", "ي", "ين", "ون"))
                and not self.is_stop(w) and not self.has_tanwin(j) and w not in self.lex.nationalities
                and not self.pronoun_suffixed(j) and len(w) > 2)

    def _role_gender(self, i: int) -> str:
        """وزيرة / الناطقة -> f, وزير -> m, a listed plural -> p (from how the noun is written)."""
        tt = self.tt
        w = tt.words[i]
        if fold_head(w) in self.lex.role_plurals:
            return "p"
        if w in self.lex.counterparts:
            return "f" if w.startswith("نظيرت") else "m"
        return "f" if tt.text[tt.offs[tt.ends[i] - 1]] == "ة" else "m"

    def _extend_org(self, j: int, end: int) -> int:
        """An institution's name runs over definite words and adjectives: وزارة الدفاع الروسية."""
        words = self.tt.words
        start = j
        # "هيئة كبار العلماء" (a construct), not "الشركة بحفظ" (a definite head takes no genitive)
        construct = j > 0 and not words[j - 1].startswith(("ال", "وال"))
        while j < end and j - start < MAX_ROLE:
            w = words[j]
            if w == '"':  # صحيفة "الشرق الأوسط"
                tt = self.tt
                q = tt.quotes[tt.quote_at[j]] if tt.quote_at[j] >= 0 else None
                if q is not None and q.close is not None and q.words <= 4 and j == q.open and q.close < end:
                    j = q.close + 1
                    continue
                break
            if w == "(" and j == start:  # صحيفة (التايمز)
                k = j + 1
                while k < end and k - j <= 4 and words[k][0].isalnum():
                    k += 1
                if k < end and words[k] == ")" and k > j + 1:
                    j = k + 1
                    continue
                break
            if not w[0].isalpha() or self.is_stop(w):
                break
            if construct and j == start and not self._role_word(w) and self._proper_word(j) and not (
                    j + 1 < end and words[j + 1].startswith("ال")):
                j += 1  # "جماعة زنكي", "حركة حماس": the head and its proper name
                continue
            if not self._role_word(w) and not (construct and j + 1 < end and words[j + 1].startswith("ال")
                                               and j == start and not w.startswith("ال")):
                break  # "هيئة كبار العلماء": an indefinite word in a construct before a definite one
            j += 1
        return j

    def _role(self, i: int, end: int, head: str) -> Phrase:
        tt = self.tt
        words = tt.words
        lex = self.lex
        j = i + 1
        country: str | None = None
        portfolio: str | None = None
        while j < end and j - i < MAX_ROLE:
            w = words[j]
            if not w[0].isalpha() or w in self.known_names or w in lex.forms:
                break
            if self.entities.get(j) is not None:
                break
            self._next_definite = j + 1 < end and words[j + 1].startswith("ال")
            if not self._role_word(w) and not (j == i + 1 and not w.startswith("ال") and
                                               self._bare(words[i]) in ("وزير", "وزيره", "رئيس", "امين")
                                               and w in ("خارجيه", "داخليه", "دفاع", "عام")):
                break
            if country is None:
                country = lex.nationalities.get(w) or lex.countries.get(w)
                if country is None and w[:1] == "ل" and ("ال" + w[2:]) in lex.countries:
                    country = lex.countries["ال" + w[2:]]
            if portfolio is None and w not in lex.nationalities and w not in lex.role_modifiers:
                portfolio = self._bare(w)
            j += 1
        if words[i] in lex.anonymous or fold_head(words[i]) in lex.role_plurals:
            # "مصدر مصري قريب من التحقيقات", "تقارير إخبارية متطابقة", "متظاهرون أتراك"
            while j < end and j - i < 4 and words[j][0].isalpha() and not words[j].startswith("ال") \
                    and not self.is_stop(words[j]) and words[j] not in self.known_names \
                    and not self.role_head(words[j]):
                country = country or lex.nationalities.get(words[j])
                j += 1
            return Phrase(i, j, "ROLE", head=head, country=country, gender=self._role_gender(i))
        role_end = j
        phrase = Phrase(i, role_end, "ROLE", head=head, portfolio=portfolio, country=country,
                        counterpart=head == "نظير", gender=self._role_gender(i))
        # "النائب في مجلس نواب الشعب عن الجبهة الشعبية، الجيلاني الهمامي،": a complement, then the name
        k = role_end
        if k < end and words[k] in _ROLE_COMPLEMENT:
            c = k + 1
            while c < end and c - k <= MAX_ROLE and words[c] not in ("،", ",") and words[c][0].isalpha() \
                    and not self.is_stop(words[c]) or c < end and words[c] in _ROLE_COMPLEMENT:
                inner = self.role_head(words[c])
                if inner is not None and c > k + 1:  # "... في باريس الدكتور بشير العبيدي"
                    sub = self._role(c, end, inner)
                    if sub.name:
                        phrase.name, phrase.name_span, phrase.known = sub.name, sub.name_span, sub.known
                        phrase.end, phrase.kind = sub.end, "PER"
                        return phrase
                c += 1
            if c + 1 < end and words[c] in ("،", ","):
                stop = self.name_run(c + 1, end, allow_article=True, first_article=True)
                if stop > c + 1 and (stop >= end or words[stop] in ("،", ",")):
                    phrase.name, phrase.name_span = tuple(words[c + 1 : stop]), (c + 1, stop)
                    phrase.end, phrase.kind = stop, "PER"
                    return phrase
        # the name: right after the role, or in apposition between commas
        if k < end and words[k] in ("،", ","):
            k += 1
        if k < end:
            ent = self.entities.get(k)
            if ent is not None and ent[1].label == "PER":
                stop = min(ent[0], end)
                phrase.name, phrase.name_span, phrase.known = tuple(words[k:stop]), (k, stop), True
                phrase.end = stop
                phrase.kind = "PER"
                return phrase
            if words[k] == '"':
                quoted = self.parse(k, end, guess_names=False)
                if quoted is not None and quoted.kind == "PER":
                    phrase.name, phrase.name_span, phrase.known = quoted.name, quoted.name_span, True
                    phrase.end, phrase.kind = quoted.end, "PER"
                return phrase
            stop = self.known_run(k, end)
            known = stop > k
            if not known:
                stop = self.name_run(k, end, allow_article=True, first_article=k > role_end)
                if k > role_end and stop < end and words[stop] not in ("،", ",", '"') and stop - k < 2:
                    stop = k  # "وزير الخارجية الألماني، روسيا إلى": not an apposition
            if stop > k:
                phrase.name, phrase.name_span, phrase.known = tuple(words[k:stop]), (k, stop), known
                phrase.end, phrase.kind = stop, "PER"
        return phrase


@dataclass(slots=True)
class Cast:
    """Everyone the article has introduced so far, and who holds the floor."""

    tt: TokenText
    countries: dict[str, str]
    known_orgs: set[str]
    plurals: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()
    people: list[Person] = field(default_factory=list)
    current: Person | None = None

    def display(self, a: int, b: int) -> str:
        s, e = self.tt.span(a, b - 1)
        return self.tt.text[s:e]

    def _touch(self, p: Person, ph: Phrase) -> Person:
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
            other_role = bool(ph.head and p and p.head and p.head != ph.head)
            other_gender = bool(ph.gender and p and p.gender and ph.gender != p.gender)
            if p is not None and ph.name_span is not None and ph.known and not ph.counterpart and (
                    other_role or other_gender):
                # "وحذرت الوزيرة ترامب من ...": the known name after the role is someone else (addressed)
                ph.kind, ph.name, ph.end, ph.name_span = "ROLE", (), ph.name_span[0], None
                return self.resolve(ph, known_names)
            if p is not None:
                if len(ph.name) > len(p.name) and ph.name_span is not None:
                    p.name = ph.name
                    p.display = self.display(*ph.name_span)
                if ph.head and p.head is None:
                    p.head, p.country, p.portfolio = self._role_of(ph)
                return self._touch(p, ph)
            if ph.head is not None and not ph.known:
                p = self.by_role(ph)
                if p is not None and p.kind == "ROLE" and ph.name_span is not None:
                    # "الوزير" then "الوزير رضا القاسمي": the role now has a name
                    p.kind, p.name, p.display = "PER", ph.name, self.display(*ph.name_span)
                    return self._touch(p, ph)
                if p is not None and (ph.counterpart or ph.country is not None and p.country == ph.country):
                    # "نظيره الألماني إعادة إعمار": a guessed name after a role that fits someone known
                    return self._touch(p, ph)
            return self._new(ph, "PER", known_names)
        if ph.kind == "ROLE":
            p = self.by_role(ph)
            if p is not None:
                return self._touch(p, ph)
            return self._new(ph, "ROLE", known_names)
        p = self.by_org(ph)
        if p is not None:
            return self._touch(p, ph)
        return self._new(ph, "ORG", known_names)

    def _role_of(self, ph: Phrase) -> tuple[str | None, str | None, str | None]:
        head = ph.head
        if ph.counterpart and self.current is not None and self.current.head not in (None, "نظير"):
            head = self.current.head
        return head, ph.country, ph.portfolio

    def _new(self, ph: Phrase, kind: str, known_names: set[str]) -> Person:
        head, country, portfolio = self._role_of(ph)
        span = ph.name_span if ph.name_span is not None else (ph.start, ph.end)
        display = self.display(*span)
        first = self.tt.words[span[0]]
        if first.startswith("لل"):  # "وفقا للقوات المسلحة" -> القوات المسلحة
            display = "ال" + display[2:]
        elif first[:1] == "ل" and ph.head and first[1:].startswith(ph.head[:3]):  # لمنظمة -> منظمة
            display = display[1:]
        p = Person(len(self.people), kind, ph.name, display, head, portfolio, country, ph.start,
                   self.tt.span(ph.start, ph.end - 1))
        p.gender = ph.gender if kind in ("PER", "ROLE") else ""
        if kind == "ROLE" and head is not None and (head in self.plurals or head.endswith(("يون", "يين"))):
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
        for p in self.people:
            if not p.name or p.kind != "PER":
                continue
            if (_in_order(p.name, name) or _in_order(name, p.name)) and (best is None or p.last > best.last):
                best = p  # "نجاة بلقاسم" is "نجاة فالو بلقاسم"
        return best

    def by_role(self, ph: Phrase) -> Person | None:
        head, country, portfolio = ph.head, ph.country, ph.portfolio
        cands: list[tuple[int, int, Person]] = []
        for p in self.people:
            if ph.counterpart:
                if country is None or p.country != country or p is self.current:
                    continue
                score = 2
            else:
                if p.head != head:
                    continue
                if country is not None and p.country is not None and p.country != country:
                    continue
                if portfolio and p.portfolio and portfolio != p.portfolio:
                    continue
                score = 1 + (country is not None and p.country == country)
            if p is self.current:
                score += 1
            cands.append((score, p.last, p))
        if not cands:
            return None
        return max(cands, key=lambda c: (c[0], c[1]))[2]

    def by_org(self, ph: Phrase) -> Person | None:
        best: Person | None = None
        for p in self.people:
            if p.kind != "ORG":
                continue
            if _contains(p.name, ph.name) and (best is None or p.last > best.last):  # التكتل
                best = p
                continue
            if p.head is None or p.head != ph.head:
                continue
            anaphor = ph.name[0].startswith(("ال", "وال")) and len(ph.name) <= 2 and all(
                w.startswith("ال") for w in ph.name[1:])  # "الوزارة السعودية", not "دولة قطر"
            if (_contains(p.name, ph.name) or anaphor) and (best is None or p.last > best.last):
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
        for p in self.people:
            if p.last >= before or p.hedge or p.gender != gender and (p.gender or gender == "p"):
                continue
            if best is None or p.last > best.last:
                best = p
        return best or cur

    def last_other(self, before: int, gender: str = "") -> Person | None:
        """The person mentioned last before token ``before``, other than the current speaker."""
        best: Person | None = None
        for p in self.people:
            if p is self.current or p.last >= before or gender and p.gender and p.gender != gender:
                continue
            if best is None or p.last > best.last:
                best = p
        return best


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    if len(small) > len(big) or not small:
        return False
    n = len(small)
    return any(big[k : k + n] == small for k in range(len(big) - n + 1))


def _in_order(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Are the words of ``small`` found in ``big`` in the same order (gaps allowed)?"""
    if len(small) > len(big) or not small:
        return False
    it = iter(big)
    return all(w in it for w in small)
