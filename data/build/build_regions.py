"""Build data/regions.csv: Russia's 89 constituent entities (Article 65 of the Constitution).

Hand-curated: every value below is taken from the sources listed in
data/build/sources/regions.csv (ids in the `sources` column). Run from the repo root:

    .venv/bin/python data/build/build_regions.py
"""
from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "regions.csv"

COLUMNS = ["region_code", "name_en", "name_ru", "type", "federal_district", "federal_district_history",
           "federal_district_history_ru",
           "capital_en", "capital_ru", "population", "population_year", "area_km2", "border_countries",
           "is_border_region", "is_arctic_zone", "arctic_zone_extent", "status", "merged_from", "merger_date",
           "wikidata_id", "sources"]

# code, name_en, name_ru, type, federal district, capital_en, capital_ru, wikidata id
R = "republic"; K = "krai"; O = "oblast"; C = "federal_city"; AOB = "autonomous_oblast"; AOK = "autonomous_okrug"
ENTITIES = [
    # --- republics
    ("RU-AD", "Republic of Adygea", "Республика Адыгея", R, "Southern", "Maykop", "Майкоп", "Q3734"),
    ("RU-AL", "Altai Republic", "Республика Алтай", R, "Siberian", "Gorno-Altaysk", "Горно-Алтайск", "Q5971"),
    ("RU-BA", "Republic of Bashkortostan", "Республика Башкортостан", R, "Volga", "Ufa", "Уфа", "Q5710"),
    ("RU-BU", "Republic of Buryatia", "Республика Бурятия", R, "Far Eastern", "Ulan-Ude", "Улан-Удэ", "Q6809"),
    ("RU-DA", "Republic of Dagestan", "Республика Дагестан", R, "North Caucasian", "Makhachkala", "Махачкала", "Q5118"),
    ("RU-IN", "Republic of Ingushetia", "Республика Ингушетия", R, "North Caucasian", "Magas", "Магас", "Q5219"),
    ("RU-KB", "Kabardino-Balkarian Republic", "Кабардино-Балкарская Республика", R, "North Caucasian", "Nalchik", "Нальчик", "Q5267"),
    ("RU-KL", "Republic of Kalmykia", "Республика Калмыкия", R, "Southern", "Elista", "Элиста", "Q3953"),
    ("RU-KC", "Karachay-Cherkess Republic", "Карачаево-Черкесская Республика", R, "North Caucasian", "Cherkessk", "Черкесск", "Q5328"),
    ("RU-KR", "Republic of Karelia", "Республика Карелия", R, "Northwestern", "Petrozavodsk", "Петрозаводск", "Q1914"),
    ("RU-KO", "Komi Republic", "Республика Коми", R, "Northwestern", "Syktyvkar", "Сыктывкар", "Q2073"),
    ("RU-ME", "Mari El Republic", "Республика Марий Эл", R, "Volga", "Yoshkar-Ola", "Йошкар-Ола", "Q5446"),
    ("RU-MO", "Republic of Mordovia", "Республика Мордовия", R, "Volga", "Saransk", "Саранск", "Q5340"),
    ("RU-SA", "Sakha Republic (Yakutia)", "Республика Саха (Якутия)", R, "Far Eastern", "Yakutsk", "Якутск", "Q6605"),
    ("RU-SE", "Republic of North Ossetia–Alania", "Республика Северная Осетия — Алания", R, "North Caucasian", "Vladikavkaz", "Владикавказ", "Q5237"),
    ("RU-TA", "Republic of Tatarstan", "Республика Татарстан", R, "Volga", "Kazan", "Казань", "Q5481"),
    ("RU-TY", "Tuva Republic", "Республика Тыва", R, "Siberian", "Kyzyl", "Кызыл", "Q960"),
    ("RU-UD", "Udmurt Republic", "Удмуртская Республика", R, "Volga", "Izhevsk", "Ижевск", "Q5422"),
    ("RU-KK", "Republic of Khakassia", "Республика Хакасия", R, "Siberian", "Abakan", "Абакан", "Q6543"),
    ("RU-CE", "Chechen Republic", "Чеченская Республика", R, "North Caucasian", "Grozny", "Грозный", "Q5187"),
    ("RU-CU", "Chuvash Republic", "Чувашская Республика", R, "Volga", "Cheboksary", "Чебоксары", "Q5466"),
    # --- krais
    ("RU-ALT", "Altai Krai", "Алтайский край", K, "Siberian", "Barnaul", "Барнаул", "Q5942"),
    ("RU-ZAB", "Zabaykalsky Krai", "Забайкальский край", K, "Far Eastern", "Chita", "Чита", "Q6838"),
    ("RU-KAM", "Kamchatka Krai", "Камчатский край", K, "Far Eastern", "Petropavlovsk-Kamchatsky", "Петропавловск-Камчатский", "Q7948"),
    ("RU-KDA", "Krasnodar Krai", "Краснодарский край", K, "Southern", "Krasnodar", "Краснодар", "Q3680"),
    ("RU-KYA", "Krasnoyarsk Krai", "Красноярский край", K, "Siberian", "Krasnoyarsk", "Красноярск", "Q6563"),
    ("RU-PER", "Perm Krai", "Пермский край", K, "Volga", "Perm", "Пермь", "Q5400"),
    ("RU-PRI", "Primorsky Krai", "Приморский край", K, "Far Eastern", "Vladivostok", "Владивосток", "Q4341"),
    ("RU-STA", "Stavropol Krai", "Ставропольский край", K, "North Caucasian", "Stavropol", "Ставрополь", "Q5207"),
    ("RU-KHA", "Khabarovsk Krai", "Хабаровский край", K, "Far Eastern", "Khabarovsk", "Хабаровск", "Q7788"),
    # --- oblasts
    ("RU-AMU", "Amur Oblast", "Амурская область", O, "Far Eastern", "Blagoveshchensk", "Благовещенск", "Q6886"),
    ("RU-ARK", "Arkhangelsk Oblast", "Архангельская область", O, "Northwestern", "Arkhangelsk", "Архангельск", "Q1875"),
    ("RU-AST", "Astrakhan Oblast", "Астраханская область", O, "Southern", "Astrakhan", "Астрахань", "Q3941"),
    ("RU-BEL", "Belgorod Oblast", "Белгородская область", O, "Central", "Belgorod", "Белгород", "Q3329"),
    ("RU-BRY", "Bryansk Oblast", "Брянская область", O, "Central", "Bryansk", "Брянск", "Q2810"),
    ("RU-VLA", "Vladimir Oblast", "Владимирская область", O, "Central", "Vladimir", "Владимир", "Q2702"),
    ("RU-VGG", "Volgograd Oblast", "Волгоградская область", O, "Southern", "Volgograd", "Волгоград", "Q3819"),
    ("RU-VLG", "Vologda Oblast", "Вологодская область", O, "Northwestern", "Vologda", "Вологда", "Q2015"),
    ("RU-VOR", "Voronezh Oblast", "Воронежская область", O, "Central", "Voronezh", "Воронеж", "Q3447"),
    ("RU-IVA", "Ivanovo Oblast", "Ивановская область", O, "Central", "Ivanovo", "Иваново", "Q2654"),
    ("RU-IRK", "Irkutsk Oblast", "Иркутская область", O, "Siberian", "Irkutsk", "Иркутск", "Q6585"),
    ("RU-KGD", "Kaliningrad Oblast", "Калининградская область", O, "Northwestern", "Kaliningrad", "Калининград", "Q1749"),
    ("RU-KLU", "Kaluga Oblast", "Калужская область", O, "Central", "Kaluga", "Калуга", "Q2842"),
    ("RU-KEM", "Kemerovo Oblast – Kuzbass", "Кемеровская область — Кузбасс", O, "Siberian", "Kemerovo", "Кемерово", "Q6076"),
    ("RU-KIR", "Kirov Oblast", "Кировская область", O, "Volga", "Kirov", "Киров", "Q5387"),
    ("RU-KOS", "Kostroma Oblast", "Костромская область", O, "Central", "Kostroma", "Кострома", "Q2596"),
    ("RU-KGN", "Kurgan Oblast", "Курганская область", O, "Ural", "Kurgan", "Курган", "Q5741"),
    ("RU-KRS", "Kursk Oblast", "Курская область", O, "Central", "Kursk", "Курск", "Q3178"),
    ("RU-LEN", "Leningrad Oblast", "Ленинградская область", O, "Northwestern", "Gatchina", "Гатчина", "Q2191"),
    ("RU-LIP", "Lipetsk Oblast", "Липецкая область", O, "Central", "Lipetsk", "Липецк", "Q3510"),
    ("RU-MAG", "Magadan Oblast", "Магаданская область", O, "Far Eastern", "Magadan", "Магадан", "Q7971"),
    ("RU-MOS", "Moscow Oblast", "Московская область", O, "Central", "", "", "Q1697"),
    ("RU-MUR", "Murmansk Oblast", "Мурманская область", O, "Northwestern", "Murmansk", "Мурманск", "Q1759"),
    ("RU-NIZ", "Nizhny Novgorod Oblast", "Нижегородская область", O, "Volga", "Nizhny Novgorod", "Нижний Новгород", "Q2246"),
    ("RU-NGR", "Novgorod Oblast", "Новгородская область", O, "Northwestern", "Veliky Novgorod", "Великий Новгород", "Q2240"),
    ("RU-NVS", "Novosibirsk Oblast", "Новосибирская область", O, "Siberian", "Novosibirsk", "Новосибирск", "Q5851"),
    ("RU-OMS", "Omsk Oblast", "Омская область", O, "Siberian", "Omsk", "Омск", "Q5835"),
    ("RU-ORE", "Orenburg Oblast", "Оренбургская область", O, "Volga", "Orenburg", "Оренбург", "Q5338"),
    ("RU-ORL", "Oryol Oblast", "Орловская область", O, "Central", "Oryol", "Орёл", "Q3129"),
    ("RU-PNZ", "Penza Oblast", "Пензенская область", O, "Volga", "Penza", "Пенза", "Q5545"),
    ("RU-PSK", "Pskov Oblast", "Псковская область", O, "Northwestern", "Pskov", "Псков", "Q2218"),
    ("RU-ROS", "Rostov Oblast", "Ростовская область", O, "Southern", "Rostov-on-Don", "Ростов-на-Дону", "Q3573"),
    ("RU-RYA", "Ryazan Oblast", "Рязанская область", O, "Central", "Ryazan", "Рязань", "Q2753"),
    ("RU-SAM", "Samara Oblast", "Самарская область", O, "Volga", "Samara", "Самара", "Q1727"),
    ("RU-SAR", "Saratov Oblast", "Саратовская область", O, "Volga", "Saratov", "Саратов", "Q5334"),
    ("RU-SAK", "Sakhalin Oblast", "Сахалинская область", O, "Far Eastern", "Yuzhno-Sakhalinsk", "Южно-Сахалинск", "Q7797"),
    ("RU-SVE", "Sverdlovsk Oblast", "Свердловская область", O, "Ural", "Yekaterinburg", "Екатеринбург", "Q5462"),
    ("RU-SMO", "Smolensk Oblast", "Смоленская область", O, "Central", "Smolensk", "Смоленск", "Q2347"),
    ("RU-TAM", "Tambov Oblast", "Тамбовская область", O, "Central", "Tambov", "Тамбов", "Q3550"),
    ("RU-TVE", "Tver Oblast", "Тверская область", O, "Central", "Tver", "Тверь", "Q2292"),
    ("RU-TOM", "Tomsk Oblast", "Томская область", O, "Siberian", "Tomsk", "Томск", "Q5884"),
    ("RU-TUL", "Tula Oblast", "Тульская область", O, "Central", "Tula", "Тула", "Q2792"),
    ("RU-TYU", "Tyumen Oblast", "Тюменская область", O, "Ural", "Tyumen", "Тюмень", "Q5824"),
    ("RU-ULY", "Ulyanovsk Oblast", "Ульяновская область", O, "Volga", "Ulyanovsk", "Ульяновск", "Q5634"),
    ("RU-CHE", "Chelyabinsk Oblast", "Челябинская область", O, "Ural", "Chelyabinsk", "Челябинск", "Q5714"),
    ("RU-YAR", "Yaroslavl Oblast", "Ярославская область", O, "Central", "Yaroslavl", "Ярославль", "Q2448"),
    # --- federal cities
    ("RU-MOW", "Moscow", "Москва", C, "Central", "Moscow", "Москва", "Q649"),
    ("RU-SPE", "Saint Petersburg", "Санкт-Петербург", C, "Northwestern", "Saint Petersburg", "Санкт-Петербург", "Q656"),
    # --- autonomous oblast and okrugs
    ("RU-YEV", "Jewish Autonomous Oblast", "Еврейская автономная область", AOB, "Far Eastern", "Birobidzhan", "Биробиджан", "Q7730"),
    ("RU-NEN", "Nenets Autonomous Okrug", "Ненецкий автономный округ", AOK, "Northwestern", "Naryan-Mar", "Нарьян-Мар", "Q2164"),
    ("RU-KHM", "Khanty-Mansi Autonomous Okrug – Yugra", "Ханты-Мансийский автономный округ — Югра", AOK, "Ural", "Khanty-Mansiysk", "Ханты-Мансийск", "Q6320"),
    ("RU-CHU", "Chukotka Autonomous Okrug", "Чукотский автономный округ", AOK, "Far Eastern", "Anadyr", "Анадырь", "Q7984"),
    ("RU-YAN", "Yamalo-Nenets Autonomous Okrug", "Ямало-Ненецкий автономный округ", AOK, "Ural", "Salekhard", "Салехард", "Q6407"),
    # --- annexed Ukrainian territories (neutral names of the Ukrainian administrative units)
    ("UA-43", "Autonomous Republic of Crimea", "Автономная Республика Крым", R, "Southern", "Simferopol", "Симферополь", "Q756294"),
    ("UA-40", "Sevastopol", "Севастополь", C, "Southern", "Sevastopol", "Севастополь", "Q7525"),
    ("UA-14", "Donetsk Oblast", "Донецкая область", O, "none", "Donetsk", "Донецк", "Q2012050"),
    ("UA-09", "Luhansk Oblast", "Луганская область", O, "none", "Luhansk", "Луганск", "Q171965"),
    ("UA-23", "Zaporizhzhia Oblast", "Запорожская область", O, "none", "Zaporizhzhia", "Запорожье", "Q171334"),
    ("UA-65", "Kherson Oblast", "Херсонская область", O, "none", "Kherson", "Херсон", "Q163271"),
]

# Foreign states each region borders. Rule: a land border,
# or a state border running through a strait that the region's coast faces (Kerch Strait,
# La Pérouse and Kunashir straits, Bering Strait); maritime boundaries in the open sea (EEZ
# lines, e.g. Kaliningrad–Sweden, Kamchatka–USA, Black Sea–Turkey) do not count. Borders are
# the internationally recognised ones: Abkhazia/South Ossetia = GEO, and the annexed Ukrainian
# territories are Ukraine (so Rostov borders UKR, and Donetsk/Luhansk/Crimea border RUS).
# Land adjacency was checked against Natural Earth admin-1 geometry (natural_earth_admin1).
BORDERS = {
    "RU-MUR": "FIN;NOR", "RU-KR": "FIN", "RU-LEN": "EST;FIN", "RU-PSK": "BLR;EST;LVA", "RU-KGD": "LTU;POL",
    "RU-SMO": "BLR", "RU-BRY": "BLR;UKR", "RU-KRS": "UKR", "RU-BEL": "UKR", "RU-VOR": "UKR", "RU-ROS": "UKR",
    "RU-KDA": "GEO;UKR", "RU-KC": "GEO", "RU-KB": "GEO", "RU-SE": "GEO", "RU-IN": "GEO", "RU-CE": "GEO",
    "RU-DA": "AZE;GEO", "RU-AST": "KAZ", "RU-VGG": "KAZ", "RU-SAR": "KAZ", "RU-SAM": "KAZ", "RU-ORE": "KAZ",
    "RU-CHE": "KAZ", "RU-KGN": "KAZ", "RU-TYU": "KAZ", "RU-OMS": "KAZ", "RU-NVS": "KAZ", "RU-ALT": "KAZ",
    "RU-AL": "CHN;KAZ;MNG", "RU-TY": "MNG", "RU-BU": "MNG", "RU-ZAB": "CHN;MNG", "RU-AMU": "CHN",
    "RU-YEV": "CHN", "RU-KHA": "CHN", "RU-PRI": "CHN;PRK", "RU-SAK": "JPN", "RU-CHU": "USA",
    "UA-43": "RUS", "UA-14": "RUS", "UA-09": "RUS",
}
# Strait-only borders: RU-KDA–UKR (Kerch Strait; its GEO border is by land), RU-SAK–JPN, RU-CHU–USA, UA-43–RUS.

# Arctic zone (Decree No. 296 of 2 May 2014 as amended in 2017, 2019, 2020)
ARCTIC = {"RU-MUR": "full", "RU-NEN": "full", "RU-YAN": "full", "RU-CHU": "full",
          "RU-KR": "partial", "RU-KO": "partial", "RU-ARK": "partial", "RU-KYA": "partial", "RU-SA": "partial"}

# The five mergers since 2005 (all predecessor entities listed)
MERGERS = {
    "RU-PER": ("Perm Oblast;Komi-Permyak Autonomous Okrug", "2005-12-01"),
    "RU-KYA": ("Krasnoyarsk Krai;Taymyr (Dolgano-Nenets) Autonomous Okrug;Evenk Autonomous Okrug", "2007-01-01"),
    "RU-KAM": ("Kamchatka Oblast;Koryak Autonomous Okrug", "2007-07-01"),
    "RU-IRK": ("Irkutsk Oblast;Ust-Orda Buryat Autonomous Okrug", "2008-01-01"),
    "RU-ZAB": ("Chita Oblast;Agin-Buryat Autonomous Okrug", "2008-03-01"),
}

NCFD_2010 = {"RU-DA", "RU-IN", "RU-KB", "RU-KC", "RU-SE", "RU-CE", "RU-STA"}
ANNEXED_2022 = {"UA-14", "UA-09", "UA-23", "UA-65"}
UNCHANGED = "Unchanged since the federal districts were created by Presidential Decree No. 849 of 13 May 2000."
HISTORY = {
    "RU-BU": "Siberian 2000–2018; moved to the Far Eastern Federal District by Presidential Decree No. 632 of 3 November 2018.",
    "RU-ZAB": "Siberian 2000–2018 (as Chita Oblast and Agin-Buryat AO until the 2008 merger); moved to the Far Eastern "
              "Federal District by Presidential Decree No. 632 of 3 November 2018.",
    "UA-43": "Assigned by Russia to the Crimean Federal District (Decree No. 168 of 21 March 2014) 2014–2016, then to the "
             "Southern Federal District when the Crimean district was abolished (Decree No. 375 of 28 July 2016).",
    "UA-40": "Assigned by Russia to the Crimean Federal District (Decree No. 168 of 21 March 2014) 2014–2016, then to the "
             "Southern Federal District when the Crimean district was abolished (Decree No. 375 of 28 July 2016).",
}
for _c in NCFD_2010:
    HISTORY[_c] = ("Southern 2000–2010; North Caucasian since Presidential Decree No. 82 of 19 January 2010 split the "
                   "North Caucasian Federal District off the Southern one.")
for _c in ANNEXED_2022:
    HISTORY[_c] = ("Not assigned to any federal district by presidential decree since Russia's 2022 annexation claim "
                   "(RBC, 7 June 2024: 'officially not yet included in federal districts'; Peskov, July 2025: no decision "
                   "on a new district). Russia placed the "
                   "territory in its Southern Military District in February 2024.")

# The same histories in Russian (a translation of the English text above; same sources).
HISTORY_RU = {
    UNCHANGED: "Без изменений с создания федеральных округов Указом Президента № 849 от 13 мая 2000 г.",
    HISTORY["RU-BU"]: "Сибирский 2000–2018; переведена в Дальневосточный федеральный округ Указом Президента № 632 "
                      "от 3 ноября 2018 г.",
    HISTORY["RU-ZAB"]: "Сибирский 2000–2018 (до объединения 2008 г. — Читинская область и Агинский Бурятский АО); "
                       "переведён в Дальневосточный федеральный округ Указом Президента № 632 от 3 ноября 2018 г.",
    HISTORY["UA-43"]: "Россия отнесла территорию к Крымскому федеральному округу (Указ № 168 от 21 марта 2014 г.) "
                      "в 2014–2016 гг., затем к Южному федеральному округу после упразднения Крымского "
                      "(Указ № 375 от 28 июля 2016 г.).",
    HISTORY["RU-DA"]: "Южный 2000–2010; Северо-Кавказский с выделения Северо-Кавказского федерального округа из "
                      "Южного Указом Президента № 82 от 19 января 2010 г.",
    HISTORY["UA-14"]: "Не отнесена указом ни к одному федеральному округу после заявленной Россией в 2022 г. аннексии "
                      "(РБК, 7 июня 2024 г.: «официально пока не включены в федеральные округа»; Песков, июль 2025 г.: "
                      "решения о новом округе нет). В феврале 2024 г. Россия включила территорию в Южный военный округ.",
}

STATUS = {"UA-43": "annexed_2014_recognised_as_ukraine", "UA-40": "annexed_2014_recognised_as_ukraine",
          "UA-14": "annexed_2022_recognised_as_ukraine", "UA-09": "annexed_2022_recognised_as_ukraine",
          "UA-23": "annexed_2022_recognised_as_ukraine", "UA-65": "annexed_2022_recognised_as_ukraine"}

# 2021 All-Russian census population (Rosstat; as of 1 October 2021), with the page it was read from.
# Only values read from a cited page are filled; the others are left empty (never estimated).
# Annexed territories: empty on purpose (no census figure that is not Russia's claim).
POP = {
    # Simple English Wikipedia list (2021 Census column), ranks 1-25
    "RU-MOW": (13010112, "wp_simple_subjects_population"), "RU-MOS": (8524665, "wp_simple_subjects_population"),
    "RU-KDA": (5838273, "wp_simple_subjects_population"), "RU-SPE": (5601911, "wp_simple_subjects_population"),
    "RU-SVE": (4268998, "wp_simple_subjects_population"), "RU-ROS": (4200729, "wp_simple_subjects_population"),
    "RU-BA": (4091423, "wp_simple_subjects_population"), "RU-TA": (4004809, "wp_simple_subjects_population"),
    "RU-CHE": (3431224, "wp_simple_subjects_population"), "RU-DA": (3182054, "wp_simple_subjects_population"),
    "RU-SAM": (3172925, "wp_simple_subjects_population"), "RU-NIZ": (3119115, "wp_simple_subjects_population"),
    "RU-STA": (2907593, "wp_simple_subjects_population"), "RU-KYA": (2856971, "wp_simple_subjects_population"),
    "RU-NVS": (2797176, "wp_simple_subjects_population"), "RU-KEM": (2600923, "wp_simple_subjects_population"),
    "RU-PER": (2532405, "wp_simple_subjects_population"), "RU-VGG": (2500781, "wp_simple_subjects_population"),
    "RU-SAR": (2442575, "wp_simple_subjects_population"), "RU-IRK": (2370102, "wp_simple_subjects_population"),
    "RU-VOR": (2308792, "wp_simple_subjects_population"), "RU-ALT": (2163693, "wp_simple_subjects_population"),
    "RU-LEN": (2000997, "wp_simple_subjects_population"), "RU-ORE": (1862767, "wp_simple_subjects_population"),
    "RU-OMS": (1858798, "wp_simple_subjects_population"),
    # citypopulation.de (Census 2021-10-01 column)
    "RU-BEL": (1540486, "citypopulation_russia_admin"), "RU-BRY": (1169161, "citypopulation_russia_admin"),
    "RU-IVA": (927828, "citypopulation_russia_admin"), "RU-YAR": (1209811, "citypopulation_russia_admin"),
    "RU-KLU": (1069904, "citypopulation_russia_admin"), "RU-KOS": (580976, "citypopulation_russia_admin"),
    "RU-KRS": (1082458, "citypopulation_russia_admin"), "RU-LIP": (1143224, "citypopulation_russia_admin"),
    # English Wikipedia federal-district articles (tables 'Population (2021)')
    "RU-ARK": (978873, "wp_federal_district_tables"),  # without Nenets AO
    "RU-VLG": (1142827, "wp_federal_district_tables"), "RU-KGD": (1029966, "wp_federal_district_tables"),
    "RU-KR": (533121, "wp_federal_district_tables"), "RU-KO": (737853, "wp_federal_district_tables"),
    "RU-KIR": (1153680, "wp_federal_district_tables"), "RU-ME": (677097, "wp_federal_district_tables"),
    "RU-MO": (783552, "wp_federal_district_tables"),
    # English Wikipedia region articles (infobox, 2021 Census)
    "RU-PRI": (1845165, "wp_region_infobox"), "RU-KHM": (1711480, "wp_region_infobox"),
    "RU-AL": (210924, "wp_region_infobox"), "RU-AD": (496934, "wp_region_infobox"),
    # English Wikipedia 'Far Eastern Federal District' (table, column 'Population (2021 census)')
    "RU-AMU": (766912, "wp_fd_far_eastern"), "RU-BU": (978588, "wp_fd_far_eastern"),
    "RU-YEV": (150453, "wp_fd_far_eastern"), "RU-ZAB": (1004125, "wp_fd_far_eastern"),
    "RU-KAM": (291705, "wp_fd_far_eastern"), "RU-MAG": (136085, "wp_fd_far_eastern"),
    # English Wikipedia 'Central Federal District' (table of federal subjects, 2021 Census population)
    "RU-VLA": (1348134, "wp_fd_central"),
    # citypopulation.de region pages ('Population [2021] – census')
    "RU-PNZ": (1266348, "citypopulation_penza"), "RU-TUL": (1501214, "citypopulation_tula"),
    # English Wikipedia region articles: infobox 'pop_2021census' / lead sentence 'As of the 2021 Census ...'
    "RU-IN": (509541, "wp_region_articles_2021"), "RU-KB": (904200, "wp_region_articles_2021"),
    "RU-KL": (267133, "wp_region_articles_2021"), "RU-KC": (469865, "wp_region_articles_2021"),
    "RU-SA": (995686, "wp_region_articles_2021"), "RU-SE": (687357, "wp_region_articles_2021"),
    "RU-TY": (336651, "wp_region_articles_2021"), "RU-UD": (1452914, "wp_region_articles_2021"),
    "RU-CE": (1510824, "wp_region_articles_2021"), "RU-CU": (1186909, "wp_region_articles_2021"),
    "RU-KHA": (1292944, "wp_region_articles_2021"), "RU-AST": (960142, "wp_region_articles_2021"),
    "RU-KGN": (776661, "wp_region_articles_2021"), "RU-MUR": (667744, "wp_region_articles_2021"),
    "RU-NGR": (583387, "wp_region_articles_2021"), "RU-ORL": (713374, "wp_region_articles_2021"),
    "RU-PSK": (599084, "wp_region_articles_2021"), "RU-RYA": (1102810, "wp_region_articles_2021"),
    "RU-SAK": (466609, "wp_region_articles_2021"), "RU-SMO": (888421, "wp_region_articles_2021"),
    "RU-TAM": (982991, "wp_region_articles_2021"), "RU-TVE": (1230171, "wp_region_articles_2021"),
    "RU-TOM": (1062666, "wp_region_articles_2021"), "RU-ULY": (1196745, "wp_region_articles_2021"),
    "RU-CHU": (47490, "wp_region_articles_2021"), "RU-YAN": (510490, "wp_region_articles_2021"),
}
# Left empty on purpose (no attested 2021 census count for the entity as defined here):
#   RU-TYU: no page read states the 2021 census count of Tyumen Oblast WITHOUT its two autonomous
#           okrugs (the articles give the total including KHM and YAN); the figure is not derived.
#   RU-KK:  the English Wikipedia infobox gives 532,403 as '2021 Census', which is the 2010 census count;
#           no page read attests the 2021 figure.
#   RU-NEN: English Wikipedia gives 41,434 (Nenets AO article) and 41,431 ('Federal subjects of Russia');
#           the two pages disagree, so the value stays empty.

# Land area, km2 (Rosreestr land balance as of 1 January 2019, as tabulated in the Wikipedia lists of
# federal subjects by population). Tyumen and Arkhangelsk without their autonomous okrugs.
AREA = {
    # Simple English Wikipedia list, ranks 1-25
    "RU-MOW": 2561, "RU-MOS": 44329, "RU-KDA": 75485, "RU-SPE": 1403, "RU-SVE": 194307, "RU-ROS": 100967,
    "RU-BA": 142947, "RU-TA": 67847, "RU-CHE": 88529, "RU-DA": 50270, "RU-SAM": 53565, "RU-NIZ": 76624,
    "RU-STA": 66160, "RU-KYA": 2366797, "RU-NVS": 177756, "RU-KEM": 95725, "RU-PER": 160236, "RU-VGG": 112877,
    "RU-SAR": 101240, "RU-IRK": 774846, "RU-VOR": 52216, "RU-ALT": 167996, "RU-LEN": 83908, "RU-ORE": 123702,
    "RU-OMS": 141140,
    # English Wikipedia list (same Rosreestr column), further rows
    "RU-PRI": 164673, "RU-KHM": 534801, "RU-TYU": 160122, "RU-CE": 16165, "RU-BEL": 27134, "RU-TUL": 25679,
    "RU-UD": 42061, "RU-VLA": 29084, "RU-KHA": 787633, "RU-PNZ": 43352, "RU-TVE": 84201, "RU-YAR": 36177,
    "RU-ULY": 37181, "RU-CU": 18343, "RU-BRY": 34857, "RU-KIR": 120374, "RU-VLG": 144527, "RU-LIP": 24047,
    "RU-RYA": 39605, "RU-KLU": 29777, "RU-KRS": 29997, "RU-TOM": 314391, "RU-KGD": 15125, "RU-SA": 3083523,
    "RU-ZAB": 431892, "RU-BU": 351334, "RU-ARK": 413103, "RU-TAM": 34462, "RU-AST": 49024, "RU-KB": 12470,
    "RU-IVA": 21437, "RU-SMO": 49779, "RU-MO": 26128,
}
AREA_SIMPLE = set(list(AREA)[:25])
# English Wikipedia region articles, infobox 'Area – Total' (km2) of the current revisions. Where both were
# read, the infobox equals the Rosreestr column of the lists above (CE 16,165; CU 18,343; KHA 787,633;
# AST 49,024; RYA 39,605; TUL 25,679; TOM 314,391; TVE 84,201; UD 42,061; SMO 49,779; TAM 34,462;
# ULY 37,181; PNZ 43,352; KB 12,470), so the convention is the same. Left empty: RU-AD (the pages read
# give 7,600 or the 2002-census 7,792, neither the current infobox) and RU-KR (only older revisions read).
AREA_INFOBOX = {
    "RU-AL": 92903, "RU-IN": 3628, "RU-KL": 74731, "RU-KC": 14277, "RU-KO": 416774, "RU-ME": 23375,
    "RU-SE": 7987, "RU-TY": 168604, "RU-KK": 61569, "RU-KAM": 464275, "RU-AMU": 361908, "RU-KOS": 60211,
    "RU-KGN": 71488, "RU-MAG": 462464, "RU-MUR": 144902, "RU-NGR": 54501, "RU-ORL": 24652, "RU-PSK": 55399,
    "RU-SAK": 87101, "RU-YEV": 36271, "RU-NEN": 176810, "RU-CHU": 721481, "RU-YAN": 769250,
}
assert not set(AREA_INFOBOX) & set(AREA)
AREA.update(AREA_INFOBOX)

CAPITAL_SOURCES = {"RU-LEN": "rbc_2023_gatchina"}
QID_EXTRA = {"RU-ALT": "csc_db_wikidata_audit", "UA-14": "csc_db_wikidata_audit"}


def row_sources(code: str) -> str:
    src = ["constitution_art65", "iso3166_2_ru", "wikidata_regions", "natural_earth_admin1"]
    if code in QID_EXTRA:
        src.append(QID_EXTRA[code])
    if code.startswith("UA-"):
        src.append("un_ga_res_68_262" if code in ("UA-43", "UA-40") else "un_ga_res_es_11_4")
    if code in ("RU-BU", "RU-ZAB"):
        src.append("kommersant_2018_fd")
    if code in NCFD_2010 or code in ("UA-43", "UA-40"):
        src.append("zakonbase_2016_crimean_fd")
    if code in ANNEXED_2022:
        src += ["rbc_2024_new_regions_fd", "infox_2025_fd"]
    if code in ARCTIC:
        src += ["arctic_decree_296", "tv21_2017_arctic"]
    if code in MERGERS:
        src.append("wp_mergers")
    if code in POP:
        src += ["census_2021_rosstat", POP[code][1]]
    if code in AREA_INFOBOX:
        src.append("wp_region_infobox_area")
    elif code in AREA:
        src.append("wp_simple_subjects_population" if code in AREA_SIMPLE else "wp_subjects_population")
    if code in CAPITAL_SOURCES:
        src.append(CAPITAL_SOURCES[code])
    out = []
    for s_ in src:
        if s_ not in out:
            out.append(s_)
    return ";".join(out)


def rows():
    for code, en, ru, typ, fd, cap_en, cap_ru, qid in ENTITIES:
        borders = BORDERS.get(code, "")
        pop = POP.get(code, ("", ""))[0]
        merged, mdate = MERGERS.get(code, ("", ""))
        yield {
            "region_code": code, "name_en": en, "name_ru": ru, "type": typ, "federal_district": fd,
            "federal_district_history": HISTORY.get(code, UNCHANGED),
            "federal_district_history_ru": HISTORY_RU[HISTORY.get(code, UNCHANGED)], "capital_en": cap_en, "capital_ru": cap_ru,
            "population": pop, "population_year": 2021 if pop != "" else "", "area_km2": AREA.get(code, ""),
            "border_countries": borders, "is_border_region": "true" if borders else "false",
            "is_arctic_zone": "true" if code in ARCTIC else "false", "arctic_zone_extent": ARCTIC.get(code, ""),
            "status": STATUS.get(code, "constitutional_entity"), "merged_from": merged, "merger_date": mdate,
            "wikidata_id": qid, "sources": row_sources(code),
        }


def main():
    data = list(rows())
    assert len(data) == 89, len(data)
    assert len({r["region_code"] for r in data}) == 89 and len({r["wikidata_id"] for r in data}) == 89
    assert sum(1 for r in data if r["merged_from"]) == 5
    assert all(set(b.split(";")) <= {"RUS", "UKR", "GEO", "AZE", "KAZ", "CHN", "MNG", "PRK", "JPN", "USA", "NOR",
                                     "FIN", "EST", "LVA", "LTU", "POL", "BLR"} for b in (r["border_countries"]
                                                                                           for r in data) if b)
    for b in BORDERS.values():
        assert b.split(";") == sorted(b.split(";")), b
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(data)
    print(f"wrote {len(data)} rows to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
