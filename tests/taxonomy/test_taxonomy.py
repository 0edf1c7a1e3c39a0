import re

import pytest

from incontra.taxonomy import (
    LANGUAGES,
    NACE_LEVELS,
    NaceCode,
    Technology,
    nace_ancestors,
    nace_codes,
    nace_label,
    nace_nearest,
    nace_normalise,
    nace_section_of_division,
    normalise_term,
    technologies,
    technology_find,
    technology_label,
    technology_members,
)

CODE_PATTERN = {
    "section": re.compile(r"^[A-U]$"),
    "division": re.compile(r"^[A-U]\d{2}$"),
    "group": re.compile(r"^[A-U]\d{2}\.\d$"),
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# The divisions whose groups the demo and the two real cases need.
DIVISIONS_WITH_GROUPS = [
    "C10", "C11", "C20", "C21", "C25", "C26", "C27", "C28", "C29", "C30", "C33", "D35", "E38",
    "H49", "H50", "H51", "H52", "H53", "J58", "J59", "J60", "J61", "J62", "J63",
    "K64", "K65", "K66", "M69", "M70", "M71", "M72", "M73", "M74", "M75", "Q86",
]  # fmt: skip

REQUIRED_TECHNOLOGIES = [
    "digital-payments", "laboratory-analysis", "healthcare", "business-process-management",
    "logistics", "manufacturing", "iot", "mechatronics", "green-tech", "aerospace", "ai",
    "machine-learning", "cybersecurity", "cloud", "big-data", "blockchain", "robotics",
    "additive-manufacturing", "e-commerce", "fintech", "agritech", "food-tech", "biotech",
    "edtech", "smart-city", "automotive", "telecom", "5g", "erp", "crm", "gis", "ar-vr",
    "semiconductors", "materials", "construction-tech", "tourism-tech", "digital-health",
    "medical-devices", "renewable-energy", "energy-efficiency", "circular-economy",
    "water-treatment",
]  # fmt: skip


def test_nace_codes_count_all_sections_and_divisions():
    levels = [c.level for c in nace_codes().values()]
    assert levels.count("section") == 21
    assert levels.count("division") == 88
    assert levels.count("group") == 117


def test_nace_codes_sections_are_a_to_u():
    sections = [c.code for c in nace_codes().values() if c.level == "section"]
    assert sections == list("ABCDEFGHIJKLMNOPQRSTU")


def test_nace_codes_have_all_labels():
    for code in nace_codes().values():
        assert sorted(code.labels) == sorted(LANGUAGES), code.code
        assert all(label.strip() == label and label for label in code.labels.values()), code.code


def test_nace_codes_are_well_formed_per_level():
    for code in nace_codes().values():
        assert code.level in NACE_LEVELS
        assert CODE_PATTERN[code.level].match(code.code), code.code


def test_nace_codes_parents_exist_one_level_up():
    codes = nace_codes()
    for code in codes.values():
        if code.level == "section":
            assert code.parent is None
            continue
        parent = codes[code.parent]
        assert NACE_LEVELS.index(parent.level) == NACE_LEVELS.index(code.level) - 1
        assert code.code.startswith(parent.code)


def test_nace_codes_groups_cover_relevant_divisions():
    codes = nace_codes()
    for division in DIVISIONS_WITH_GROUPS:
        groups = [c for c in codes.values() if c.parent == division]
        assert groups, division


def test_nace_codes_known_entry_exact():
    assert nace_codes()["J62"] == NaceCode(
        code="J62",
        level="division",
        parent="J",
        labels={
            "en": "Computer programming, consultancy and related activities",
            "it": "Produzione di software, consulenza informatica e attività connesse",
            "ru": "Разработка компьютерного программного обеспечения, консультационные услуги в "
            "данной области и другие сопутствующие услуги",
        },
    )


def test_nace_codes_is_cached():
    assert nace_codes() is nace_codes()


def test_nace_ancestors_of_class_skips_unknown_prefixes():
    assert nace_ancestors("J62.01") == ["J62.0", "J62", "J"]


def test_nace_ancestors_of_division_and_section():
    assert nace_ancestors("C26") == ["C"]
    assert nace_ancestors("C") == []


def test_nace_ancestors_of_group_without_data_stops_at_division():
    assert nace_ancestors("C22.1") == ["C22", "C"]


def test_nace_ancestors_of_national_subclass():
    assert nace_ancestors("J62.01.00") == ["J62.0", "J62", "J"]


def test_nace_ancestors_of_unknown_code_is_empty():
    assert nace_ancestors("Z99.9") == []


def test_nace_nearest_known_or_ancestor_or_none():
    assert nace_nearest("J62.0") == "J62.0"
    assert nace_nearest("J62.09") == "J62.0"
    assert nace_nearest("X1") is None


def test_nace_label_in_each_language():
    assert nace_label("K66.1", "it") == (
        "Attività ausiliarie dei servizi finanziari (escluse le assicurazioni e i fondi pensione)"
    )
    assert (
        nace_label("H52", "ru") == "Складское хозяйство и вспомогательная транспортная деятельность"
    )
    assert nace_label("M72.1", "en") == (
        "Research and experimental development on natural sciences and engineering"
    )


def test_nace_label_falls_back_up_the_hierarchy():
    assert nace_label("J62.01", "en") == "Computer programming, consultancy and related activities"
    assert nace_label("C22.19", "it") == "Fabbricazione di articoli in gomma e materie plastiche"


def test_nace_label_falls_back_to_english_for_other_languages():
    assert nace_label("F", "de") == "Construction"


def test_nace_label_accepts_regional_language_tags():
    assert nace_label("F", "ru-RU") == "Строительство"
    assert nace_label("F", "IT") == "Costruzioni"


def test_nace_label_of_unknown_code_is_the_code():
    assert nace_label("ZZ1", "en") == "ZZ1"


def test_nace_section_of_division_known_and_unknown():
    assert nace_section_of_division("62") == "J"
    assert nace_section_of_division("01") == "A"
    assert nace_section_of_division("04") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("62.01", "J62.01"),
        ("j62.01", "J62.01"),
        (" 62.01.00 ", "J62.01"),
        ("26", "C26"),
        ("C26.5", "C26.5"),
        ("q", "Q"),
        ("J 62", "J62"),
    ],
)
def test_nace_normalise_accepts_common_spellings(raw, expected):
    assert nace_normalise(raw) == expected


@pytest.mark.parametrize("raw", ["", "Z", "04", "J26", "62.012", "software", "6201"])
def test_nace_normalise_rejects_non_codes(raw):
    assert nace_normalise(raw) is None


def test_technologies_count_in_range():
    items = technologies()
    assert 60 <= len(items) <= 110
    assert 10 <= sum(t.is_area for t in items.values()) <= 20


def test_technologies_include_required_ids():
    missing = [tech_id for tech_id in REQUIRED_TECHNOLOGIES if tech_id not in technologies()]
    assert missing == []


def test_technologies_ids_are_slugs():
    for tech_id, tech in technologies().items():
        assert tech.id == tech_id
        assert SLUG.match(tech_id), tech_id


def test_technologies_ids_unique_in_file():
    from incontra.taxonomy import _load

    ids = [row["id"] for row in _load("technologies.json")["technologies"]]
    assert len(ids) == len(set(ids))


def test_technologies_areas_exist_and_are_top_level():
    items = technologies()
    for tech in items.values():
        if tech.area is not None:
            assert items[tech.area].area is None, tech.id


def test_technologies_every_area_has_members():
    for tech in technologies().values():
        if tech.is_area:
            assert len(technology_members(tech.id)) >= 1, tech.id


def test_technologies_have_all_labels():
    for tech in technologies().values():
        assert sorted(tech.labels) == sorted(LANGUAGES), tech.id
        assert all(tech.labels.values()), tech.id


def test_technologies_have_several_synonyms_per_language():
    for tech in technologies().values():
        assert sorted(tech.synonyms) == sorted(LANGUAGES), tech.id
        for lang, words in tech.synonyms.items():
            assert len(words) >= 3, (tech.id, lang)
            assert all(w.strip() == w and w for w in words), (tech.id, lang)


def test_technologies_synonyms_point_to_one_technology():
    owners: dict[str, set[str]] = {}
    for tech in technologies().values():
        for word in [w for words in tech.synonyms.values() for w in words]:
            owners.setdefault(normalise_term(word), set()).add(tech.id)
    shared = {word: ids for word, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_technologies_known_entry_exact():
    payments = technologies()["digital-payments"]
    assert payments.area == "fintech"
    assert payments.labels == {
        "en": "Digital payments",
        "it": "Pagamenti digitali",
        "ru": "Цифровые платежи",
    }
    assert "цифровых платежей" in payments.synonyms["ru"]
    assert "платёжные системы" in payments.synonyms["ru"]
    assert "pagamento elettronico" in payments.synonyms["it"]
    assert isinstance(payments.synonyms["en"], tuple)


def test_technologies_entry_is_frozen():
    tech = technologies()["iot"]
    assert isinstance(tech, Technology)
    with pytest.raises(AttributeError):
        tech.area = "telecom"  # type: ignore[misc]


def test_technology_members_of_area_in_order():
    assert technology_members("fintech") == [
        "digital-payments",
        "digital-banking",
        "insurtech",
        "regtech",
    ]


def test_technology_label_language_and_fallbacks():
    assert (
        technology_label("laboratory-analysis", "ru") == "Лабораторные исследования и диагностика"
    )
    assert technology_label("mechatronics", "fr") == "Mechatronics and automation"
    assert technology_label("quantum-sensing", "it") == "quantum-sensing"


def test_technology_find_by_synonym_any_language_and_case():
    assert technology_find("Платежные системы") == "digital-payments"
    assert technology_find("  STAMPA   3D ") == "additive-manufacturing"
    assert technology_find("Internet of Things") == "iot"
    assert technology_find("green-tech") == "green-tech"


def test_technology_find_unknown_is_none():
    assert technology_find("basket weaving") is None


def test_normalise_term_folds_case_yo_and_spaces():
    assert normalise_term("  Платёжные   СИСТЕМЫ ") == "платежные системы"


def test_nace_codes_unique_in_file():
    from incontra.taxonomy import _load

    codes = [row["code"] for row in _load("nace.json")["codes"]]
    assert len(codes) == len(set(codes)) == 226
