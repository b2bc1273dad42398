"""Lexicons of the quotation extractor, read once from ``marsad/data/quotes``.

Cue verbs are listed as lemmas with their key stems (``cues.tsv``); every surface form a
news writer uses (tense, gender, number, و/ف prefixes, object pronouns, participles) is
generated here, so adding a verb is one line of data. Everything is stored in the
matching form of `marsad.text.normalize`, the form the extractor matches on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from marsad.text.normalize import normalize

CUE_FLAGS = frozenset({"prep", "object", "strict", "label", "speech", "relay", "addressee", "floor",
                       "document", "topic", "headline", "suffixed", "partobject", "prefixed"})
# the prepositions of cues.tsv, as written there -> as normalised ("حمّل الحكومة مسؤولية الأزمة": the
# content of حمّل starts after مسؤولية)
CUE_PREPOSITIONS = {"إلى": ("الي", "لي"), "على": ("علي",), "عن": ("عن",), "من": ("من",), "ب": ("ب",),
                    "ل": ("ل",), "مسؤولية": ("مسووليه", "المسووليه")}
# Object pronouns on a verb ("اعتبرها البيت الأبيض أنها ..."); not ه, which spells nouns (أضافه = إضافة).
_OBJECT_SUFFIXES = ("ها", "هم")
# Verbs that name whom they address or label take ه too ("طالبه بتغيير", "وصفه بـ"): "addressee", "label".
_HIM_FLAGS = frozenset({"addressee", "label"})


@dataclass(frozen=True, slots=True)
class CueLemma:
    """One reporting verb: its lemma (past 3ms, display form), content prepositions and flags."""

    lemma: str
    preps: frozenset[str]  # normalised: الي علي عن من ب ل
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class CueForm:
    """A surface form (normalised, without و/ف) and what it is."""

    form: str
    kind: str  # past | present | participle | noun
    lemma: CueLemma
    gender: str = ""  # m | f | p (plural) | "": the speaker's grammatical gender and number


def _data(name: str) -> str:
    return resources.files("marsad.data").joinpath("quotes").joinpath(name).read_text(encoding="utf-8")


def read_lines(name: str) -> list[str]:
    """Items of a one-item-a-line data file (``#`` comments and blank lines dropped)."""
    out = []
    for line in _data(name).splitlines():
        item = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if item:
            out.append(item)
    return out


def read_rows(name: str, columns: int) -> list[list[str]]:
    """Rows of a TSV data file; every row must have exactly ``columns`` fields."""
    rows = []
    for n, line in enumerate(_data(name).splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != columns:
            raise ValueError(f"quotes/{name} line {n}: expected {columns} tab-separated columns")
        rows.append(cols)
    return rows


def _weak(stem: str) -> bool:
    return stem[-1:] in ("ي", "ا", "و")


def past_forms(past: str) -> list[str]:
    """قال -> قال قالت قالوا قالتا; دعا -> دعا دعت دعوا دعتا (final weak letter drops).

    The masculine dual is added by `generate_forms` only where no adverb spells it (نقلا عن, حذرا).
    """
    if _weak(past) and len(past) > 2:
        base = past[:-1]
        return [past, base + "ت", base + "وا", base + "تا"]
    return [past, past + "ت", past + "وا", past + "تا"]


def present_forms(present: str) -> list[str]:
    """يقول -> يقول تقول يقولون يقولان; يدعو -> يدعون (final weak letter drops in the plural)."""
    fem = "ت" + present[1:]
    plural = (present[:-1] if _weak(present) else present) + "ون"
    return [present, fem, plural, present + "ان", fem + "ان"]


def participle_forms(stem: str) -> list[str]:
    """مضيف -> مضيفا مضيفه مضيفين مضيفتين (accusative, feminine, plural, dual); a weak stem's plural
    drops its ي (داعي -> داعين)."""
    forms = [stem + "ا", stem + "ه", stem + "ين", stem + "تين", stem + "ان"]
    if stem.endswith("ي") and len(stem) > 3:
        forms.append(stem[:-1] + "ين")
    return forms


def noun_forms(noun: str) -> list[str]:
    """قول -> قوله قولها قولهم قولهما (the pronoun names the speaker)."""
    return [noun + s for s in ("ه", "ها", "هم", "هما")]


_PAST_GENDERS = ("m", "f", "p", "f")
_PRESENT_GENDERS = ("m", "f", "p", "m", "f")
_PARTICIPLE_GENDERS = ("m", "f", "p", "f", "m", "p")
_NOUN_GENDERS = ("m", "f", "p", "p")


def generate_forms(past: str, present: str | None, participle: str | None,
                   noun: str | None, object_suffixes: bool = True,
                   him: bool = False) -> dict[str, tuple[str, str]]:
    """Every normalised surface form of one lemma -> (kind, gender); the first kind wins on a clash.
    ``object_suffixes=False`` for a verb spelled like a function word: "بينها" is "among them";
    ``him`` adds the masculine object ه ("طالبه", "وصفه", "دعاه") for verbs that address or label someone."""
    out: dict[str, tuple[str, str]] = {}
    p = normalize(past)
    forms = past_forms(p)
    for f, g in zip(forms, _PAST_GENDERS, strict=True):
        out.setdefault(f, ("past", g))
    if (p == "قال" or len(p) > 3 or p[0] == "ا") and not _weak(p) and not (len(p) == 4 and p[1] == "ا"):
        # the masculine dual of a verb whose verbal noun is spelled otherwise ("وقالا إنهما", "أكدا",
        # "أشارا"), not of a triliteral whose accusative noun it spells (نقلا, حذرا, رفضا, ردا) nor of one
        # spelled like a participle (طالبا)
        out.setdefault(p + "ا", ("past", "p"))
    if len(p) > 2 and not _weak(p) and not (len(p) == 3 and p[1] == "ا") and p[-1] != p[-2]:
        # feminine plural of a sound verb ("اللاتي طالبن بـ", "أكدن أن"); not قال (قلن) nor شدّ (شددن)
        out.setdefault(p + "ن", ("past", "p"))
    for f, g in zip(forms[:2] if object_suffixes else [], _PAST_GENDERS, strict=False):
        # "زيارة اعتبرها البيت الأبيض أنها ...", "طالبه فيها بـ"
        for suffix in (*_OBJECT_SUFFIXES, "ه") if him else _OBJECT_SUFFIXES:
            out.setdefault(f + suffix, ("past", g))
    if present:
        for f, g in zip(present_forms(normalize(present)), _PRESENT_GENDERS, strict=True):
            out.setdefault(f, ("present", g))
    if participle:
        for f, g in zip(participle_forms(normalize(participle)), _PARTICIPLE_GENDERS, strict=False):
            out.setdefault(f, ("participle", g))
    if noun:
        for f, g in zip(noun_forms(normalize(noun)), _NOUN_GENDERS, strict=True):
            out.setdefault(f, ("noun", g))
    return out


@dataclass(frozen=True, slots=True)
class QuoteLexicon:
    """All word lists of the quotation extractor, normalised."""

    forms: dict[str, CueForm]
    complementizers: frozenset[str]
    manner: frozenset[str]
    adverbs: frozenset[str]  # "بشدة", "بمرارة": manner and tone after the verb, no name
    roles: frozenset[str]
    role_plurals: frozenset[str]
    anonymous: frozenset[str]
    hedges: frozenset[str]
    counterparts: frozenset[str]
    role_modifiers: frozenset[str]
    institutions: frozenset[str]
    institution_phrases: tuple[tuple[str, ...], ...]
    nationalities: dict[str, str]  # adjective in every inflection -> country (display)
    countries: dict[str, str]  # normalised country -> display
    name_stops: frozenset[str]
    maqsura_stops: frozenset[str]  # stops written with ى (على): the same letters with ي are names (علي)
    time_words: frozenset[str]
    place_nouns: frozenset[str]  # حي, مخيم: a name after one names a place
    place_openers: frozenset[str]  # سيدي, عين: after a bare body noun, a place's first word, no given name
    cities: frozenset[str]  # one-word major cities (gazetteer): "بصفاقس" is بـ + a place
    name_particles: frozenset[str]
    turns: tuple[tuple[str, ...], ...]
    attributions: tuple[tuple[str, ...], ...]
    end_markers: tuple[tuple[str, ...], ...]
    documents: frozenset[str]
    subordinators: frozenset[str]
    quote_titles: frozenset[str]
    name_compounds: frozenset[str]
    source_nouns: frozenset[str] = frozenset()  # بحسب أرقام / تقديرات / تقارير X: X is the source
    kinship: frozenset[str] = frozenset()  # والدة, شقيق: before a bare name, whose relative speaks
    honorifics: frozenset[str] = frozenset()  # folded heads of titles (دكتور, شيخ) worn with any office
    titled_pronouns: frozenset[str] = frozenset()  # a title with its pronoun (معاليه, سعادته): the one named
    address_titles: frozenset[str] = frozenset()  # معالي, سعادة (folded): worn by men and women alike
    occasions: frozenset[str] = frozenset()  # لقاء, مؤتمر: "أكد خلاله" is said by whoever held it
    interlocutors: frozenset[str] = frozenset()  # folded heads (ضيف, محدث): the person interviewed
    role_hypernyms: frozenset[str] = frozenset()  # folded heads (مسؤول, دبلوماسي) any office-holder goes by
    given_names: frozenset[str] = frozenset()  # personal given names (gazetteer), for names the tagger missed
    not_names: frozenset[str] = frozenset()  # common nouns never opening a name (فوز ماكرون = his victory)
    person_names: frozenset[str] = frozenset()  # given, family and foreign personal names (gazetteer)
    family_names: frozenset[str] = frozenset()  # family names (الدباغ, بزي) that are no given name, gazetteer
    portfolios: dict[str, str] = field(default_factory=dict)  # portfolio word -> its group's first word
    role_synonyms: dict[str, str] = field(default_factory=dict)  # folded role head -> its group's first
    role_compounds: dict[tuple[str, str], str] = field(default_factory=dict)  # (head, next word) -> office
    role_index: dict[str, str] = field(default_factory=dict)  # surface form -> folded head
    institution_index: dict[str, str] = field(default_factory=dict)  # surface form -> bare head
    phrase_index: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # first word
    cue_words: frozenset[str] = frozenset()  # every cue form, also with و / ف
    institution_firsts: frozenset[str] = frozenset()  # first words of multi-word institution names
    adjectives: frozenset[str] = frozenset()  # nationalities, countries and role modifiers
    mention_words: frozenset[str] = frozenset()  # role (not hedge) and institution words: who may speak
    stop_words: frozenset[str] = frozenset()  # every word `SpeakerParser.is_stop` tells, clitics included
    # per kind of phrase: first word -> (length, the words after the first), longest first; what
    # `phrase_index` holds, split once here so a lookup never tests which kind a phrase is
    turn_index: dict[str, tuple[tuple[int, list[str]], ...]] = field(default_factory=dict)
    attribution_index: dict[str, tuple[tuple[int, list[str]], ...]] = field(default_factory=dict)
    end_marker_index: dict[str, tuple[tuple[int, list[str]], ...]] = field(default_factory=dict)


    def __post_init__(self) -> None:
        object.__setattr__(self, "adjectives", frozenset(
            (*self.nationalities, *self.countries, *self.role_modifiers)))
        object.__setattr__(self, "institution_firsts", frozenset(
            w for p in self.institution_phrases for w in (p[0], "و" + p[0])))
        # a two-letter verb takes و/ف unless strict: "وحث", not "ورد" (came), but for a verb "prefixed" says
        # may take them before its subject ("ورد الوزير بأن": the extractor checks the subject)
        object.__setattr__(self, "cue_words", frozenset(
            w for f, cf in self.forms.items() for w in (f, "و" + f, "ف" + f)
            if (len(w) > 3 or w == f or "strict" not in cf.lemma.flags or "prefixed" in cf.lemma.flags)
            # "suffixed": "أطلعهم على" informed them; "اطلع على" only read
            and not ("suffixed" in cf.lemma.flags and f in past_forms(cf.lemma.lemma))))
        for bare in self.roles:  # also after a preposition: "خلال لقائه بالأمين العام ..."
            for v in (*_variants(bare), "بال" + bare, "لل" + bare, "ل" + bare, "ب" + bare):
                if v in self.cue_words:
                    continue  # "وطالب" demanded; "الطالب" the student
                head = _fold_head(bare)
                self.role_index.setdefault(v, self.role_synonyms.get(head, head))
        for bare in self.kinship:  # "وقالت والدته، أم محمد،", "زوجته", "شقيقتها": whose relative it is
            stem = bare[:-1] + "ت" if bare.endswith("ه") else bare
            head = _fold_head(bare)
            if head not in self.kinship:
                continue  # (أرملة, ابنة: no masculine listed, so their phrases are read as roles)
            for suffix in ("ه", "ها", "هم", "هما"):
                for v in (stem + suffix, "و" + stem + suffix):
                    if v not in self.cue_words:
                        self.role_index.setdefault(v, self.role_synonyms.get(head, head))
        for w in self.counterparts:
            self.role_index[w] = "نظير"
        # a listed plural keeps its own head (جمعيات, not جمعيه): the listed forms first, then the plurals
        # generated from the rest, in one order whatever the hash seed
        listed = sorted(self.institutions)
        plurals = [(b[:-1] + e, b) for b in listed if b.endswith("ه") for e in ("تان", "تين", "ات")]
        for form, bare in [(b, b) for b in listed] + plurals:  # الحكومتان, الوزارات; "وفقا للموقع"
            for v in (*_variants(form), "لل" + form, "ل" + form):
                self.institution_index.setdefault(v, bare)
        object.__setattr__(self, "mention_words", frozenset(
            {w for w in self.role_index if w not in self.hedges} | self.institution_index.keys()
            | self.institution_firsts))
        # the words a speaker phrase stops at, with their clitics, spelled out once: one set lookup per
        # word instead of a dozen (what each clitic may carry is in `SpeakerParser.is_stop`)
        carried = (*self.name_stops, *self.forms, *self.complementizers)
        object.__setattr__(self, "stop_words", frozenset((
            *carried,
            *(c + w for c in "وف" for w in self.name_stops if len(w) == 2),  # "وهو"
            *(c + w for c in "وفبل" for w in carried if len(w) >= 3),  # "فإن", "بعد" read as ب + عد
            *("لل" + w[2:] for w in self.name_stops if w.startswith("ال") and len(w) >= 4),  # للصحفيين
        )))
        index: dict[str, list[tuple[str, ...]]] = {}
        attributions = set(self.attributions)
        for p in (*self.turns, *self.attributions, *self.end_markers):
            # "فبحسب رئيس الرابطة، تراجع": ف too before a longer attribution word (not "فحسب", only)
            fa = ("ف" + p[0],) if p in attributions and len(p[0]) > 3 else ()
            for first in (p[0], "و" + p[0], *fa):
                index.setdefault(first, []).append(p)
        for first, found in index.items():
            self.phrase_index[first] = tuple(sorted(set(found), key=len, reverse=True))
        for phrases, by_kind in ((self.turns, self.turn_index), (self.attributions, self.attribution_index),
                                 (self.end_markers, self.end_marker_index)):
            kind = set(phrases)
            for first, cands in self.phrase_index.items():
                if mine := tuple((len(p), list(p[1:])) for p in cands if p in kind):
                    by_kind[first] = mine

    @classmethod
    @cache
    def load(cls) -> QuoteLexicon:
        forms: dict[str, CueForm] = {}
        stops = _norm_set("name_stops.txt")  # بين: "بينها" is "among them", not "بيّنها"
        for n, (past, present, part, noun, preps, flags) in enumerate(read_rows("cues.tsv", 6), 1):
            flag_set = frozenset() if flags == "-" else frozenset(flags.split("|"))
            if not flag_set <= CUE_FLAGS:
                raise ValueError(f"quotes/cues.tsv row {n}: unknown flag in {flags!r}")
            prep_set: set[str] = set()
            for p in [] if preps == "-" else preps.split("|"):
                if p not in CUE_PREPOSITIONS:
                    raise ValueError(f"quotes/cues.tsv row {n}: unknown preposition {p!r}")
                prep_set.update(CUE_PREPOSITIONS[p])
            lemma = CueLemma(normalize(past), frozenset(prep_set), flag_set)
            gen = generate_forms(past, _opt(present), _opt(part), _opt(noun), normalize(past) not in stops,
                                 bool(flag_set & _HIM_FLAGS))
            # "partobject": the participle reports its object ("...، منتقدا عدم وجود تقييم")
            part_lemma = CueLemma(lemma.lemma, lemma.preps, flag_set - {"floor", "partobject"} | {"object"}) \
                if "partobject" in flag_set else lemma
            for form, (kind, gender) in gen.items():
                own = part_lemma if kind == "participle" else lemma
                forms.setdefault(form, CueForm(form, kind, own, gender))
        said = forms.get(normalize("قال"))
        for word in _norm_set("manner.txt"):  # "معلقا بالقول إن": the manner word alone reports speech
            if said is not None and word not in forms:
                forms[word] = CueForm(word, "participle", said.lemma)

        nationalities: dict[str, str] = {}
        countries: dict[str, str] = {}
        for adj, country in read_rows("nationalities.tsv", 2):
            countries[normalize(country)] = country
            if adj:
                a = normalize(adj)
                for stem in (a, "ال" + a):  # روسي الروسية روسيين الروسيون
                    for f in (stem, stem + "ه", stem + "ين", stem + "ون"):
                        nationalities[f] = country
        inst_single: set[str] = set()
        inst_phrases: list[tuple[str, ...]] = []
        for item in read_lines("institutions.txt"):
            words = tuple(normalize(item).split())
            if len(words) == 1:
                inst_single.add(words[0])
            else:
                inst_phrases.append(words)
            if words[0].startswith("ال"):
                inst_phrases.append(words)
        for country in countries:  # "وقالت الولايات المتحدة إن ...": a country speaks
            words = tuple(country.split())
            if len(words) > 1:
                inst_phrases.append(words)
        not_names = _norm_set("not_names.txt")
        titles = _norm_set("address_titles.txt")
        # "مزارعون" in construct is "مزارعو السهل": the list gives the plural, the construct follows
        roles = _norm_set("roles.txt")
        plurals = _norm_set("role_plurals.txt")
        # and the sound plural of a participle listed as a role: "مصور" -> "مصورون", "مصورو أعراس", "سائق" ->
        # "سائقون"
        plurals |= {w + "ون" for w in roles if not w.endswith("ه")
                    and (w.startswith("م") or len(w) == 4 and w[1] == "ا")}
        plurals |= {w[:-1] for w in plurals if w.endswith("ون")}
        given = _gazetteer_names("first_names.txt", "names_given.txt") | _norm_set("foreign_given_names.txt")
        given -= not_names
        return cls(
            forms=forms,
            complementizers=_norm_set("complementizers.txt"),
            manner=_norm_set("manner.txt"),
            adverbs=_norm_set("adverbs.txt"),
            roles=frozenset(_bare(w) for w in roles | plurals
                            | _norm_set("hedges.txt") | _norm_set("kinship.txt")
                            | _norm_set("honorifics.txt") | titles | _norm_set("interlocutors.txt")),
            honorifics=frozenset(_fold_head(_bare(w)) for w in _norm_set("honorifics.txt") | titles),
            address_titles=frozenset(_fold_head(w) for w in titles),
            titled_pronouns=frozenset((w[:-1] + "ت" if w.endswith("ه") else w) + p  # سعادة -> سعادته
                                      for w in titles for p in ("ه", "ها")),
            occasions=frozenset(_fold_head(_bare(w)) for w in _norm_set("occasions.txt")),
            kinship=_norm_set("kinship.txt"),
            role_synonyms=_groups("role_synonyms.txt", lambda w: _fold_head(normalize(w))),
            role_compounds={(_fold_head(normalize(h)), _bare(normalize(w))): _fold_head(normalize(o))
                            for h, w, o in (line.split() for line in read_lines("role_compounds.txt"))},
            portfolios=_groups("portfolios.txt", lambda w: _bare(normalize(w))),
            interlocutors=frozenset(_fold_head(_bare(w)) for w in _norm_set("interlocutors.txt")),
            role_hypernyms=frozenset(_fold_head(_bare(w)) for w in _norm_set("role_hypernyms.txt")),
            given_names=given,
            not_names=not_names,
            person_names=given | _gazetteer_names("last_names.txt", "names_family.txt", "names_foreign.txt"),
            family_names=_gazetteer_names("names_family.txt") - given,
            role_plurals=frozenset(_fold_head(w) for w in plurals),
            hedges=frozenset(_fold_head(w) for w in _norm_set("hedges.txt")),
            anonymous=_norm_set("anonymous.txt"),
            counterparts=_norm_set("counterparts.txt"),
            role_modifiers=frozenset(  # أمني -> أمنية, أمنيون too
                w for m in _norm_set("role_modifiers.txt")
                for w in (m, m if m.endswith("ه") else m + "ه", m + "ون", m + "ين")),
            institutions=frozenset(inst_single),
            institution_phrases=tuple(sorted(set(inst_phrases), key=len, reverse=True)),
            nationalities=nationalities,
            countries=countries,
            name_stops=_norm_set("name_stops.txt") | _norm_set("time_words.txt") | _norm_set("adverbs.txt"),
            time_words=_norm_set("time_words.txt"),
            place_nouns=_norm_set("place_nouns.txt"),
            place_openers=_norm_set("place_openers.txt"),
            cities=_gazetteer_names("cities_major.txt"),
            maqsura_stops=frozenset(normalize(w) for w in read_lines("name_stops.txt") if w.endswith("ى")),
            name_particles=_norm_set("name_particles.txt"),
            turns=_phrases("turns.txt"),
            attributions=_phrases("attributions.txt"),
            end_markers=_phrases("end_markers.txt"),
            documents=frozenset(_bare(w) for w in _norm_set("documents.txt")),
            subordinators=_norm_set("subordinators.txt"),
            quote_titles=_norm_set("quote_titles.txt"),
            source_nouns=frozenset(w for b in _norm_set("source_nouns.txt")
                                   for w in (b, "ال" + b, "ل" + b, "لل" + b)),
            name_compounds=_norm_set("name_compounds.txt"),
        )


def _variants(bare: str) -> tuple[str, ...]:
    """A noun as it appears before a name: وزير الوزير ووزير والوزير."""
    return bare, "ال" + bare, "و" + bare, "وال" + bare


def _fold_head(bare: str) -> str:
    return bare[:-1] if bare.endswith("ه") and len(bare) > 3 else bare


def _opt(col: str) -> str | None:
    return None if col == "-" else col


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _norm_set(name: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in read_lines(name))


def _groups(name: str, key: Callable[[str], str]) -> dict[str, str]:
    """A file of groups, one per line: every word -> its line's first word, both as ``key`` makes them."""
    return {key(w): key(line.split()[0]) for line in read_lines(name) for w in line.split()}


def _gazetteer_names(*names: str) -> frozenset[str]:
    """Normalised one-word names of the entity gazetteer (``marsad/data/gazetteer``, the tagger's)."""
    out: set[str] = set()
    folder = resources.files("marsad.data").joinpath("gazetteer")
    for name in names:
        for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
            w = line.strip()
            if w and not w.startswith("#") and " " not in w:
                out.add(normalize(w))
    return frozenset(out)


def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word phrases as word tuples, longest first (greedy matching)."""
    items = {tuple(normalize(p).split()) for p in read_lines(name)}
    return tuple(sorted(items, key=len, reverse=True))
