C='comprehensive'; T='trade_economy'; U='unknown'; F='in_force'
AGR = [
 # region, iso3, level, partner_en, partner_ru, title, year, date, domain, status, sources
 ('RU-VLG','FIN','region','Oulu Province','провинция Оулу','Agreement between the Administration of Vologda Oblast and the Administration of Oulu Province on trade-economic, scientific-technical and cultural cooperation',2000,'2000-10-20',C,U,'agr_vologda_oulu_2000'),
 ('RU-TA','UZB','region','Tashkent Region','Ташкентская область','Agreement on cooperation between the Republic of Tatarstan and Tashkent Region (trade-economic, scientific-technical, social and cultural spheres)',2018,'',C,U,'agr_rv_ta_tashkent_2018'),
 ('RU-TA','UZB','region','Navoi Region','Навоийская область','Agreement on comprehensive cooperation between the Government of Tatarstan and the khokimiyat of Navoi Region',None,'','',U,'agr_rambler_ta_navoi'),
 ('RU-TA','BLR','state','Belarus','Республика Беларусь','Agreement between the Government of the Republic of Tatarstan and the Government of the Republic of Belarus on trade-economic, scientific-technical and cultural cooperation',2004,'',C,U,'agr_rv_ta_belarus'),
 ('RU-BA','KAZ','region','Pavlodar Region','Павлодарская область','Agreement between the Government of Bashkortostan and the akimat of Pavlodar Region on cooperation in trade-economic, scientific-technical and humanitarian spheres',2017,'2017-11-10',C,U,'agr_bashinform_pavlodar_2017'),
 ('RU-SVE','UKR','region','Vinnytsia Oblast','Винницкая область','Agreement on cooperation between Sverdlovsk Oblast and Vinnytsia Oblast (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
 ('RU-SVE','UKR','region','Cherkasy Oblast','Черкасская область','Agreement on cooperation between Sverdlovsk Oblast and Cherkasy Oblast (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
 ('RU-CHE','UKR','region','Zaporizhzhia Oblast','Запорожская область','Agreement on cooperation between Chelyabinsk Oblast and Zaporizhzhia Oblast (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
 ('RU-TYU','UKR','region','Mykolaiv Oblast','Николаевская область','Agreement on cooperation between Tyumen Oblast and Mykolaiv Oblast (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
 ('RU-KGN','UKR','region','Dnipropetrovsk Oblast','Днепропетровская область','Agreement on cooperation between Kurgan Oblast and Dnipropetrovsk Oblast (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
 ('RU-KGN','UKR','region','Autonomous Republic of Crimea','Автономная Республика Крым','Agreement on cooperation between Kurgan Oblast and the Autonomous Republic of Crimea (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
 ('RU-YAN','UKR','region','Kherson Oblast','Херсонская область','Agreement on cooperation between Yamalo-Nenets Autonomous Okrug and Kherson Oblast (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
 ('RU-YAN','UKR','region','Autonomous Republic of Crimea','Автономная Республика Крым','Agreement on cooperation between Yamalo-Nenets Autonomous Okrug and the Autonomous Republic of Crimea (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
 ('RU-KHM','UKR','region','Luhansk Oblast','Луганская область','Agreement on cooperation between Khanty-Mansi Autonomous Okrug and Luhansk Oblast (signed at the Ural Forum of Russian-Ukrainian cooperation, Yekaterinburg)',2010,'','',U,'agr_rg_ural_forum_2010'),
]
KGD = [('LTU','Klaipėda County','Клайпедский уезд','agreement'),('LTU','Panevėžys County','Паневежский уезд','agreement'),('LTU','Kaunas County','Каунасский уезд','agreement'),('LTU','Marijampolė County','Мариямпольский уезд','agreement'),('LTU','Tauragė County','Таурагский уезд','agreement'),
 ('POL','Warmian-Masurian Voivodeship','Варминско-Мазурское воеводство','agreement'),('POL','West Pomeranian Voivodeship','Западно-Поморское воеводство','agreement'),('POL','Podlaskie Voivodeship','Подляское воеводство','memorandum of understanding'),
 ('BLR','Grodno Region','Гродненская область','agreement'),('BLR','Minsk Region','Минская область','agreement'),('BLR','Brest Region','Брестская область','agreement'),('BLR','Gomel Region','Гомельская область','agreement'),
 ('DNK','Bornholm','Борнхольм','agreement'),('SWE','Blekinge County','лен Блекинге','agreement'),('DEU','Schleswig-Holstein','Шлезвиг-Гольштейн','agreement'),('DEU','Brandenburg','Бранденбург','agreement'),
 ('ITA','Friuli Venezia Giulia','Фриули-Венеция-Джулия','agreement'),('CHN','Ningxia Hui Autonomous Region','Нинся-Хуэйский автономный район','memorandum of understanding'),('NLD','Groningen Province','провинция Гронинген','memorandum on cooperation')]
for iso,en,ru,kind in KGD:
    t = {'agreement':'Agreement on cooperation','memorandum of understanding':'Memorandum of understanding','memorandum on cooperation':'Memorandum on cooperation'}[kind]
    AGR.append(('RU-KGD',iso,'region',en,ru,f'{t} between the Kaliningrad Region and {en} (listed among the region\'s international cooperation agreements)',None,'','',U,'agr_kgd_gov_activities'))
AGR += [
 ('RU-KGD','POL','region','Pomeranian Voivodeship','Поморское воеводство','Agreement on cooperation between the authorities of the Pomeranian Voivodeship and Kaliningrad Oblast',2002,'','',U,'agr_umk_pomorskie_kgd;agr_kgd_gov_activities'),
 ('RU-PRI','JPN','region','Tottori Prefecture','префектура Тоттори','Agreement on friendly exchange and cooperation between Tottori Prefecture and the Administration of Primorsky Krai',None,'','',U,'agr_tottori_primorsky'),
 ('RU-PRI','JPN','region','Tottori Prefecture','префектура Тоттори','Memorandum on friendly exchange between Shimane Prefecture, Tottori Prefecture and Primorsky Krai',1991,'1991-10-24','',U,'agr_tottori_primorsky'),
 ('RU-PRI','JPN','region','Shimane Prefecture','префектура Симанэ','Memorandum on friendly exchange between Shimane Prefecture, Tottori Prefecture and Primorsky Krai',1991,'1991-10-24','',U,'agr_tottori_primorsky'),
 ('RU-PRI','KOR','region','Gangwon Province','провинция Канвон','Memorandum on cooperation between Primorsky Krai and Gangwon Province',2009,'','',U,'agr_innov_pri_gangwon_2009'),
 ('RU-KAM','CHN','region','Heilongjiang Province','провинция Хэйлунцзян','Agreement on cooperation between Kamchatka Krai and Heilongjiang Province (trade-economic, scientific-technical, cultural and other spheres)',None,'',C,U,'agr_habrus_kam_heilongjiang'),
 ('RU-TA','CHN','region','Heilongjiang Province','провинция Хэйлунцзян','Agreement between the Government of Tatarstan and the People\'s Government of Heilongjiang Province on trade, economic, scientific, technical and cultural cooperation',2018,'',C,U,'agr_tatarstan_heilongjiang_2019'),
 ('RU-TA','CHN','region','Shandong Province','провинция Шаньдун','Agreement on establishing friendly relations between the Republic of Tatarstan and Shandong Province',2010,'','',U,'agr_evid_ta_shandong_2010'),
 ('RU-TA','CHN','region','Hubei Province','провинция Хубэй','Memorandum of understanding between the Government of Tatarstan and the People\'s Government of Hubei Province',2025,'','',U,'agr_tatarinform_ta_hubei_2025'),
 ('RU-MOW','KAZ','city','Astana','Астана','Agreement on cooperation between Moscow and Astana in trade-economic, scientific-practical, humanitarian and cultural spheres',2000,'2000-06-20',C,U,'agr_kazinform_moscow_astana_2015'),
 ('RU-MOW','CHN','city','Beijing','Пекин','Agreement on establishing friendly partner relations between Moscow and Beijing',1995,'1995-05-16','',U,'agr_tass_moscow_beijing_2020'),
 ('RU-MOW','DEU','region','Bavaria','Бавария','Joint letter of cooperation between Moscow and the Free State of Bavaria',2020,'','',U,'agr_technomoscow_bavaria_2020'),
 ('RU-MOW','CHN','city','Harbin','Харбин','Programme of cooperation between the Government of Moscow and the People\'s Government of Harbin for 2023-2026',None,'','',U,'agr_narod_moscow_harbin'),
]
AGR += [
 ('RU-OMS','KAZ','region','Pavlodar Region','Павлодарская область','Memorandum of cooperation between Pavlodar Region and Omsk Oblast (signed at the XXI Forum of Interregional Cooperation of Kazakhstan and Russia, Uralsk)',None,'','',U,'agr_almatanews_oms_pavlodar'),
 ('RU-OMS','KAZ','region','East Kazakhstan Region','Восточно-Казахстанская область','Memorandum between the akimat of East Kazakhstan Region and the Government of Omsk Oblast (signed at the forum in Uralsk)',2025,'',C,U,'agr_altainews_oms_vko_2025'),
 ('RU-OMS','KAZ','region','Pavlodar Region','Павлодарская область','Interregional document on international and foreign economic relations between Pavlodar Region and Omsk Oblast (signed at the Forum of Interregional Cooperation in Kostanay Region)',None,'',C,U,'agr_kstnews_kostanay_forum'),
 ('RU-AST','KAZ','region','Mangystau Region','Мангистауская область','Interregional document on international and foreign economic relations between Mangystau Region and Astrakhan Oblast (signed at the Forum of Interregional Cooperation in Kostanay Region)',None,'',C,U,'agr_kstnews_kostanay_forum'),
 ('RU-ORE','KAZ','region','Kostanay Region','Костанайская область','Interregional document on international and foreign economic relations between Kostanay Region and Orenburg Oblast (signed at the Forum of Interregional Cooperation in Kostanay Region)',None,'',C,U,'agr_kstnews_kostanay_forum'),
 ('RU-TA','KAZ','region','Kyzylorda Region','Кызылординская область','Memorandum on trade-economic, scientific-technical and socio-cultural cooperation between Kyzylorda Region and the Republic of Tatarstan (signed at the XI Forum of Interregional Cooperation, Atyrau)',None,'',C,U,'agr_zakon_ta_kyzylorda'),
 ('RU-CU','UZB','region','Kashkadarya Region','Кашкадарьинская область','Agreement on cooperation between the Chuvash Republic and Kashkadarya Region',None,'','',F,'agr_chgtrk_cu_uzbekistan'),
 ('RU-CU','UZB','region','Bukhara Region','Бухарская область','Agreement on cooperation between the Chuvash Republic and Bukhara Region',None,'','',F,'agr_chgtrk_cu_uzbekistan'),
 ('RU-NIZ','UZB','region','Navoi Region','Навоийская область','Memorandum on cooperation between Navoi Region and Nizhny Novgorod Oblast',2022,'','',U,'agr_sputnik_niz_navoi_2022'),
 ('RU-OMS','UZB','region','Bukhara Region','Бухарская область','Agreement on partnership between Omsk Oblast and Bukhara Region',2025,'','',U,'agr_gazetart_oms_bukhara_2025'),
 ('RU-SVE','UZB','region','Fergana Region','Ферганская область','Agreement on cooperation between Sverdlovsk Oblast and Fergana Region in economy, industry, culture and education',None,'',C,U,'agr_rambler_sve_fergana'),
 ('RU-BA','XAB','state','Abkhazia','Республика Абхазия','Treaty of Friendship and Cooperation between the Republic of Bashkortostan and the Republic of Abkhazia',None,'','',U,'agr_dzen_ba_abkhazia'),
 ('RU-PSK','XAB','state','Abkhazia','Республика Абхазия','Agreement on cooperation between Pskov Oblast and the Republic of Abkhazia (economy, science, culture)',None,'',C,U,'agr_gtrk_psk_abkhazia'),
 ('RU-MUR','FIN','region','Lapland (Regional Council)','Лапландия','Memorandum of Understanding between the Murmansk Region and the Regional Council of Lapland',2014,'','',U,'agr_murman_lapland_2014'),
 ('RU-MUR','FIN','region','Lapland (Regional Council)','Лапландия','Collaboration treaty between the Regional Council of Lapland and the regional administration of Murmansk (renewed)',2008,'','',U,'agr_lapland_murmansk'),
 ('RU-MUR','NOR','region','Finnmark County','губерния Финнмарк','Agreement for establishment of friendly ties between the Murmansk Region and Finnmark County (signed 1988)',1988,'','',U,'agr_murman_finnmark_2013'),
 ('RU-MUR','NOR','region','Troms County','губерния Тромс','Renewed cooperation agreement between the Murmansk Region and Troms County (signed in Kirkenes on the 70th anniversary of the liberation of Finnmark)',2014,'','',U,'agr_barents_murmansk_troms'),
 ('RU-MUR','FIN','region','North Ostrobothnia','Северная Остроботния','Memorandum of Understanding on cooperation between the Murmansk Region and North Ostrobothnia',None,'','',U,'agr_pravda_murmansk_ostrobothnia'),
 ('RU-TA','CZE','region','South Moravian Region','Южноморавский край','Cooperation agreement between the Republic of Tatarstan and the South Moravian Region',2014,'','',U,'agr_islamtoday_ta_southmoravia'),
]
AGR += [
 ('RU-AST','IRN','region','Gilan Province','провинция Гилян','Agreement on cooperation between Astrakhan Oblast and Gilan Province',1994,'','',U,'agr_lotos_ast_iran'),
 ('RU-AST','IRN','region','Mazandaran Province','провинция Мазендеран','Agreement on cooperation between Astrakhan Oblast and Mazandaran Province',1994,'','',U,'agr_lotos_ast_iran'),
 ('RU-AST','IRN','region','Hormozgan Province','провинция Хормозган','Memorandum of understanding between Astrakhan Oblast and Hormozgan Province',2004,'','',U,'agr_iranru_ast_hormozgan_2004'),
 ('RU-AST','TKM','region','Balkan Region','Балканский велаят','Agreement on cooperation between Astrakhan Oblast and Balkan velayat',None,'','',U,'agr_bctm_ast_balkan'),
 ('RU-SAK','JPN','region','Hokkaido','Хоккайдо','Agreement on friendship and economic cooperation between Sakhalin Oblast and Hokkaido',1998,'',C,U,'agr_hokkaido_sak_text;agr_ria_sak_hokkaido_2004'),
 ('RU-SAK','JPN','region','Hokkaido','Хоккайдо','Memorandum on the development of friendly and economic relations between Sakhalin Oblast and Hokkaido until 2022',2019,'','',U,'agr_sputnikjp_sak_hokkaido_2019'),
]
AGR += [
 ('RU-ALT','MNG','state','Mongolia (Ministry of Agriculture and Industry)','Министерство сельского хозяйства и промышленности Монголии','Agreement between the Ministry of Agriculture and Industry of Mongolia and the Administration of Altai Krai on trade-economic cooperation',1997,'1997-09-06',T,U,'agr_mid_alt_mongolia'),
 ('RU-ALT','MNG','region','Khovd Province','Ховдский аймак','Agreement between the Administration of Altai Krai and the Administration of Khovd aimag on trade-economic cooperation',1999,'1999-10-15',T,U,'agr_mid_alt_mongolia'),
 ('RU-ALT','MNG','region','Bayan-Ölgii Province','Баян-Улгийский аймак','Agreement between the Administration of Altai Krai and the Administration of Bayan-Ölgii aimag on trade-economic, scientific-technical and cultural cooperation',2006,'2006-03-06',C,U,'agr_mid_alt_mongolia'),
 ('RU-ALT','MNG','state','Mongolia','Монголия','Agreement on cooperation between Altai Krai and Mongolia (signed by the governor and the State Secretary of the Ministry of Food and Agriculture of Mongolia)',2022,'2022-06-29','',U,'agr_katun24_alt_mongolia_2022'),
 ('RU-ALT','KAZ','region','Abai Region','область Абай','Agreement on comprehensive cooperation between Altai Krai and Abai Region (signed at the XVIII Forum of Interregional Cooperation, Orenburg)',None,'',C,U,'agr_altapress_alt_abai'),
 ('RU-ORE','KAZ','region','Aktobe Region','Актюбинская область','Agreement on (trade-economic, scientific-)technical, cultural and humanitarian cooperation between the Government of Orenburg Oblast and the akimat of Aktobe Region for 2020-2022',None,'',C,U,'agr_akimataktobe_ore_aktobe'),
 ('RU-ORE','KAZ','region','West Kazakhstan Region','Западно-Казахстанская область','Agreement on trade-economic, scientific-technical, cultural and humanitarian cooperation between the Government of Orenburg Oblast and the akimat of West Kazakhstan Region',None,'',C,U,'agr_gtsmi_ore_wko_2025'),
 ('RU-VLG','CHN','region','Shaanxi Province','провинция Шэньси','Agreement on establishing friendly relations between the Government of Vologda Oblast and the People\'s Government of Shaanxi Province',2025,'','',U,'agr_newsvol_vlg_shaanxi_2025'),
 ('RU-NVS','BLR','state','Belarus','Республика Беларусь','Agreement between the Government of Novosibirsk Oblast and the Government of the Republic of Belarus on trade-economic, scientific-technical and socio-cultural cooperation',None,'',C,U,'agr_dzen_nvs_belarus'),
 ('RU-NVS','BLR','region','Mogilev Region','Могилевская область','Agreement on cooperation in trade-economic, scientific-technical and cultural spheres between the Government of Novosibirsk Oblast and the Mogilev Regional Executive Committee',2018,'',C,U,'agr_pronso_nvs_mogilev_2018'),
 ('RU-NVS','KGZ','region','Batken Region','Баткенская область','Memorandum of understanding between the Office of the Plenipotentiary Representative of the President of Kyrgyzstan in Batken Region and the Government of Novosibirsk Oblast',2024,'2024-07-09','',U,'agr_kant_nvs_batken_2024'),
 ('RU-CHE','KAZ','region','East Kazakhstan Region','Восточно-Казахстанская область','Agreement on cooperation between Chelyabinsk Oblast and East Kazakhstan Region in trade, economy, agriculture, science, technology, education and culture (signed at the XI Forum of Interregional Cooperation, Atyrau)',None,'',C,U,'agr_flashpress_che_vko'),
]
AGR += [
 ('RU-SPE','CHN','region','Guangdong Province','провинция Гуандун','Agreement on friendship and cooperation between Saint Petersburg and Guangdong Province',2014,'','',U,'agr_russkiymir_spe_guangdong_2014'),
 ('RU-LEN','BLR','city','Minsk','Минск','Memorandum on the development of cooperation between the Government of Leningrad Oblast and the Minsk City Executive Committee',None,'','',U,'agr_47channel_len_minsk'),
 ('RU-LEN','BLR','region','Mogilev Region','Могилевская область','Agreement on cooperation in trade-economic, scientific-technical, social and cultural spheres between Leningrad Oblast and Mogilev Region',None,'',C,U,'agr_bykhov_len_mogilev'),
 ('RU-KDA','XAB','state','Abkhazia','Республика Абхазия','Agreement on cooperation between the Government of Abkhazia and the Administration of Krasnodar Krai',2009,'2009-07-28','',U,'agr_tih_kda_abkhazia_2009;agr_argumenti_kda_abkhazia_2009'),
 ('RU-KDA','XAB','state','Abkhazia','Республика Абхазия','Agreement on cooperation between Krasnodar Krai and the Republic of Abkhazia in trade-economic, scientific-technical and socio-cultural spheres (ratified by the Legislative Assembly of Krasnodar Krai in January 2026)',None,'',C,U,'agr_kommersant_kda_abkhazia_2026'),
 ('RU-KDA','BLR','state','Belarus','Республика Беларусь','Agreement between the Government of the Republic of Belarus and the Administration of Krasnodar Krai on trade-economic, scientific-technical and cultural cooperation',None,'',C,U,'agr_protos_kda_belarus'),
]
AGR += [
 ('RU-DA','AZE','state','Azerbaijan','Азербайджанская Республика','Plan of measures for the development of key areas of cooperation between the Republic of Dagestan and the Republic of Azerbaijan for 2023-2025',2023,'',C,U,'agr_vestiagula_da_aze;agr_golosstepi_da_aze'),
 ('RU-ROS','BLR','state','Belarus','Республика Беларусь','Agreement between the Government of Rostov Oblast and the Government of the Republic of Belarus on trade-economic, scientific-technical and socio-cultural cooperation',2022,'2022-11-03',C,U,'agr_rostovnews_ros_belarus_2022'),
 ('RU-ROS','BLR','state','Belarus','Республика Беларусь','Agreement on cooperation, development of trade-economic, scientific-technical and cultural exchange between Rostov Oblast and Belarus (replaced by the 2022 agreement)',2002,'',C,U,'agr_rusnews_ros_belarus_2002;agr_rostovnews_ros_belarus_2022'),
 ('RU-SAM','UZB','region','Khorezm Region','Хорезмская область','Protocol of intentions between Samara Oblast and Khorezm Region (First Forum of Interregional Cooperation of Russia and Uzbekistan)',2018,'2018-10-18','',U,'agr_volga_sam_khorezm_2018'),
 ('RU-SAM','BLR','region','Gomel Region','Гомельская область','Agreement on cooperation between Samara Oblast and Gomel Region (V Forum of Regions of Belarus and Russia, Mogilev)',2018,'','',U,'agr_volga_sam_gomel_2018;agr_pronso_nvs_mogilev_2018'),
]
AGR += [
 ('RU-BU','UZB','region','Republic of Karakalpakstan','Республика Каракалпакстан','Agreement on cooperation between the Republic of Buryatia and the Republic of Karakalpakstan',2025,'','',U,'agr_gazetan1_bu_karakalpakstan_2025'),
 ('RU-ZAB','MNG','region','Dornod Province','Восточный аймак','Protocol of intentions on the development of cooperation between the Legislative Assembly of Zabaykalsky Krai and the Citizens\' Representative Khural of Dornod aimag',2025,'2025-06-18','',U,'agr_zabnews_zab_dornod_2025'),
]
AGR += [
 ('RU-TUL','BLR','region','Mogilev Region','Могилевская область','Agreement on cooperation between Tula Oblast and Mogilev Region (III Forum of Regions of Belarus and Russia, Minsk)',2016,'','',U,'agr_n71_tul_mogilev_2016'),
 ('RU-KHA','CHN','region','Heilongjiang Province','провинция Хэйлунцзян','Agreement on long-term friendship and economic and trade cooperation between Heilongjiang Province and Khabarovsk Krai',1992,'','',U,'agr_gdfao_kha_2022'),
 ('RU-KHA','CHN','region','Guangdong Province','провинция Гуандун','Agreement on establishing sister relationship between Guangdong Province and Khabarovsk Krai',2012,'','',U,'agr_gdfao_kha_2022'),
 ('RU-KHA','CHN','region','Heilongjiang Province','провинция Хэйлунцзян','Trilateral memorandum on economic and trade cooperation between Heilongjiang Province, Guangdong Province and Khabarovsk Krai',2022,'2022-08-23',T,U,'agr_gdfao_kha_2022'),
 ('RU-KHA','CHN','region','Guangdong Province','провинция Гуандун','Trilateral memorandum on economic and trade cooperation between Heilongjiang Province, Guangdong Province and Khabarovsk Krai',2022,'2022-08-23',T,U,'agr_gdfao_kha_2022'),
 ('RU-SA','CHN','region','Heilongjiang Province','провинция Хэйлунцзян','Agreement between the Government of the Republic of Sakha (Yakutia) and the People\'s Government of Heilongjiang Province on trade-economic, scientific-technical and cultural cooperation',None,'',C,U,'agr_tg_sa_heilongjiang_2019'),
 ('RU-KYA','UZB','region','Surkhandarya Region','Сурхандарьинская область','Memorandum of cooperation between Krasnoyarsk Krai and Surkhandarya Region (II Council of Regions of Russia and Uzbekistan)',2025,'','',U,'agr_ria_kya_surkhandarya_2025'),
]
