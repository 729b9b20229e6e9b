REP = []
REP += [
 ('RU-ALT','MNG','Khovd','Representation of Altai Krai in Khovd aimag (Mongolia)',None,'unknown','agr_mid_alt_mongolia'),
]
REP += [
 ('RU-KDA','XAB','','Representation of Krasnodar Krai in Gagra district, Republic of Abkhazia (liquidation ordered 28 August 2015)',2009,'closed','agr_bloknot_kda_rep_abkhazia'),
]
REP += [
 ('RU-BU','MNG','Ulaanbaatar','Representation of the Republic of Buryatia in Ulaanbaatar',None,'unknown','agr_animalialib_bu_rep_ub'),
]
A='active'; X='closed'; Q='unknown'
REP += [
 ('RU-TA','USA','Washington','Permanent Representation of Tatarstan at the Trade Representation of Russia in Washington (abolished 2025)',1994,X,'rep_mailru_ta_washington_2025'),
 ('RU-TA','UKR','','Trade Representation of the Republic of Tatarstan in Ukraine (founding decree of 15.12.1996 repealed)',1996,X,'rep_mailru_ta_ukraine'),
 ('RU-TA','UZB','Tashkent','Representation of the Republic of Tatarstan in the Republic of Uzbekistan',1992,A,'rep_mpt_ta_uzbekistan_2021;rep_sputnikuz_ta_tashkent_2019'),
 ('RU-TA','TKM','Ashgabat','Plenipotentiary Representation of the Republic of Tatarstan in Turkmenistan',2008,Q,'rep_rtonline_ta_turkmenistan'),
 ('RU-TA','ARE','Dubai','Trade and Economic Representation of the Republic of Tatarstan in Dubai (UAE)',None,A,'rep_rv_ta_dubai_2025'),
 ('RU-TA','CHN','Beijing','Trade and Economic Representation of the Republic of Tatarstan in Beijing (economic representative at the Russian trade representation in China)',None,A,'rep_myvideo_ta_beijing;rep_tatarinform_ta_china_2025'),
 ('RU-TA','TUR','','Representation of the Republic of Tatarstan in Turkey',None,Q,'rep_globalkazan_ta_list_2025'),
 ('RU-TA','KAZ','','Representation of the Republic of Tatarstan in Kazakhstan',None,Q,'rep_globalkazan_ta_list_2025'),
 ('RU-TA','SVK','','Representation of the Republic of Tatarstan in Slovakia',None,Q,'rep_globalkazan_ta_list_2025'),
 ('RU-TA','FRA','','Representation of the Republic of Tatarstan in France',None,Q,'rep_globalkazan_ta_list_2025'),
 ('RU-TA','CYP','','Representation of the Republic of Tatarstan in Cyprus',None,Q,'rep_globalkazan_ta_list_2025'),
 ('RU-TA','CUB','','Representation of the Republic of Tatarstan in Cuba (not operating in 2022-2023)',None,Q,'rep_globalkazan_ta_list_2025;rep_rv_ta_offices_2024'),
 ('RU-TA','AUT','','Representation of the Republic of Tatarstan in Austria',None,Q,'rep_globalkazan_ta_list_2025'),
 ('RU-TA','VNM','','Representation of the Republic of Tatarstan in Vietnam',None,Q,'rep_globalkazan_ta_list_2025'),
 ('RU-TA','BLR','','Representation of the Republic of Tatarstan in Belarus (not operating in 2022-2023)',None,Q,'rep_rv_ta_offices_2024;rep_mailru_ta_washington_2025'),
 ('RU-TA','CHE','','Representation of the Republic of Tatarstan in Switzerland',None,Q,'rep_mailru_ta_washington_2025'),
 ('RU-BA','KAZ','Astana','Representation of the Republic of Bashkortostan in Astana (abolished from 1 April 2016)',None,X,'rep_prufy_ba_close_2016'),
 ('RU-BA','TUR','Istanbul','Representation of the Republic of Bashkortostan in Istanbul (abolished from 1 April 2016)',None,X,'rep_prufy_ba_close_2016'),
 ('RU-BA','AUT','','Representation of the Republic of Bashkortostan in Austria',2019,Q,'rep_ufatoday_ba_offices'),
 ('RU-BA','TUR','','Representation of the Republic of Bashkortostan in Turkey (reopened)',2020,A,'rep_ufatoday_ba_offices;rep_kugvesti_ba_offices_2024'),
 ('RU-BA','KAZ','','Representation of the Republic of Bashkortostan in Kazakhstan (as a representation of ANO Congress Bureau)',2021,A,'rep_tass_ba_offices_2022;rep_kugvesti_ba_offices_2024'),
 ('RU-BA','BLR','','Representation of the Republic of Bashkortostan in Belarus (as a representation of ANO Congress Bureau)',2021,A,'rep_tass_ba_offices_2022;rep_kugvesti_ba_offices_2024'),
 ('RU-BA','UZB','','Representation of the Republic of Bashkortostan in Uzbekistan',None,A,'rep_kugvesti_ba_offices_2024'),
 ('RU-BA','CHN','','Representation of the Republic of Bashkortostan in China',None,A,'rep_kugvesti_ba_offices_2024'),
 ('RU-BA','ARE','','Representation of the Republic of Bashkortostan in the United Arab Emirates',None,A,'rep_kugvesti_ba_offices_2024'),
]
