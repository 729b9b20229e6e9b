"""Build data/countries.csv: every ISO 3166-1 country/territory plus partially recognised entities.

Run from the repository root:  python data/build/build_countries.py

* Codes and English names: pycountry (ISO 3166-1); Russian names: pycountry's own gettext
  translations of ISO 3166-1 (not a hand-typed list).
* UN geoscheme region and year of UN membership: the country table shipped with the
  `country_converter` package (country_data.tsv, derived from UN M49).
* Group memberships (CIS, EAEU, CSTO, SCO, BRICS, EU, NATO, post-Soviet, Russia's
  March 2022 'unfriendly' list) are short explicit sets below, each with the source id that
  attests it (see data/sources.csv). Memberships are as of 2025.
"""
from __future__ import annotations

import gettext
from pathlib import Path

import country_converter
import pandas as pd
import pycountry

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "countries.csv"

# --- group memberships (as of 2025) -----------------------------------------------------
EU = set("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT "
         "ROU SVK SVN ESP SWE".split())
NATO = set("ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR "
           "POL PRT ROU SVK SVN ESP SWE TUR GBR USA".split())
# CIS: members, Turkmenistan an associate member since 2005; Georgia left in 2009;
# Ukraine never ratified the Charter and ended its participation in 2018.
CIS = {**{c: "member" for c in "ARM AZE BLR KAZ KGZ MDA RUS TJK UZB".split()},
       "TKM": "associate", "GEO": "former", "UKR": "former"}
EAEU = set("ARM BLR KAZ KGZ RUS".split())
CSTO = set("ARM BLR KAZ KGZ RUS TJK".split())  # Armenia froze its participation in 2024
SCO = set("CHN IND KAZ KGZ PAK RUS TJK UZB IRN BLR".split())  # Iran 2023, Belarus 2024
BRICS = set("BRA RUS IND CHN ZAF EGY ETH IRN ARE IDN".split())  # 2024 and 2025 enlargements
POST_SOVIET = set("ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA RUS TJK TKM UKR UZB".split())
# Government Order No. 430-r of 5 March 2022: the USA, Canada, the EU states, the UK with
# Jersey, Anguilla, the British Virgin Islands and Gibraltar, Ukraine, Montenegro, Switzerland,
# Albania, Andorra, Iceland, Liechtenstein, Monaco, Norway, San Marino, North Macedonia, Japan,
# South Korea, Australia, Micronesia, New Zealand, Singapore and Taiwan.
UNFRIENDLY_2022 = EU | set("USA CAN GBR JEY AIA VGB GIB UKR MNE CHE ALB AND ISL LIE MCO NOR SMR MKD "
                           "JPN KOR AUS FSM NZL SGP TWN".split())

GROUP_SOURCES = {
    "eu": "countries_eu_members", "nato": "countries_nato_members", "cis": "countries_cis",
    "eaeu": "countries_eaeu", "csto": "countries_csto", "sco": "countries_sco",
    "brics": "countries_brics", "post_soviet": "countries_post_soviet",
    "unfriendly_2022": "countries_unfriendly_2022",
}

# Entities outside ISO 3166-1 or with limited recognition. Codes X?? are user-assigned.
EXTRA = [
    # iso3, iso2, name_en, name_ru, un_region, continent, recognition, note
    ("XKX", "XK", "Kosovo", "Косово", "Southern Europe", "Europe", "partially_recognised",
     "Declared independence in 2008; recognised by many UN members, not by Serbia or Russia."),
    ("XAB", "", "Abkhazia", "Абхазия", "Western Asia", "Asia", "partially_recognised",
     "Recognised by Russia since 2008 and by a few other states; internationally recognised as part of Georgia."),
    ("XSO", "", "South Ossetia", "Южная Осетия", "Western Asia", "Asia", "partially_recognised",
     "Recognised by Russia since 2008 and by a few other states; internationally recognised as part of Georgia."),
    ("XPR", "", "Transnistria", "Приднестровье", "Eastern Europe", "Europe", "unrecognised",
     "Not recognised by any UN member, Russia included; internationally recognised as part of Moldova."),
]
RECOGNITION = {
    "TWN": ("partially_recognised", "Recognised by a few UN members; Russia considers it part of China."),
    "PSE": ("un_observer_state", "UN non-member observer state; recognised by Russia."),
    "VAT": ("un_observer_state", "UN non-member observer state (Holy See)."),
    "ESH": ("disputed_territory", "Non-self-governing territory; the Sahrawi Arab Democratic Republic is partially recognised."),
}


def _m49() -> pd.DataFrame:
    tsv = Path(country_converter.__file__).with_name("country_data.tsv")
    # keep_default_na=False: Namibia's ISO2 is "NA"
    d = pd.read_csv(tsv, sep="\t", keep_default_na=False, dtype=str)
    return d.set_index("ISO3")[["UNregion", "continent", "UNmember"]]


def build() -> pd.DataFrame:
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    m49 = _m49()
    rows = []
    for c in pycountry.countries:
        iso3 = c.alpha_3
        name_en = getattr(c, "common_name", None) or c.name
        un_member = iso3 in m49.index and m49.at[iso3, "UNmember"] != ""
        if iso3 in RECOGNITION:
            recognition, note = RECOGNITION[iso3]
        elif un_member:
            recognition, note = "un_member", ""
        else:
            recognition, note = "territory", "Dependent or other territory (not a UN member state)."
        rows.append(dict(
            iso3=iso3, iso2=c.alpha_2, name_en=name_en, name_ru=ru.gettext(c.name),
            un_region=m49.at[iso3, "UNregion"] if iso3 in m49.index else "",
            continent=m49.at[iso3, "continent"] if iso3 in m49.index else "",
            un_member=un_member, recognition=recognition, recognition_note=note))
    for iso3, iso2, en, ru_name, region, cont, rec, note in EXTRA:
        rows.append(dict(iso3=iso3, iso2=iso2, name_en=en, name_ru=ru_name, un_region=region,
                         continent=cont, un_member=False, recognition=rec, recognition_note=note))
    df = pd.DataFrame(rows)
    df["cis"] = df.iso3.map(CIS).fillna("")
    for col, members in [("eaeu", EAEU), ("csto", CSTO), ("sco", SCO), ("brics", BRICS),
                         ("eu", EU), ("nato", NATO), ("post_soviet", POST_SOVIET),
                         ("unfriendly_2022", UNFRIENDLY_2022)]:
        df[col] = df.iso3.isin(members)
    srcs = []
    for _, r in df.iterrows():
        extra = r.iso3 in {e[0] for e in EXTRA}
        s = [] if extra else ["iso3166_pycountry", "un_m49_country_converter"]
        s += [sid for col, sid in GROUP_SOURCES.items() if (r[col] if col != "cis" else r[col] != "")]
        if extra or r.iso3 in RECOGNITION:
            s.append("countries_recognition")
        srcs.append(";".join(s))
    df["sources"] = srcs
    for col in ["un_member", "eaeu", "csto", "sco", "brics", "eu", "nato", "post_soviet", "unfriendly_2022"]:
        df[col] = df[col].map({True: "true", False: "false"})
    return df.sort_values("iso3").reset_index(drop=True)


if __name__ == "__main__":
    df = build()
    assert set().union(EU, NATO, CIS, EAEU, CSTO, SCO, BRICS, POST_SOVIET, UNFRIENDLY_2022) <= set(df.iso3)
    assert (df.un_member == "true").sum() == 193, (df.un_member == "true").sum()
    df.to_csv(OUT, index=False)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(df)} rows, {(df.un_member == 'true').sum()} UN members")
