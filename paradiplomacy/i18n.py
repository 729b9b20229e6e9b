"""Every UI string in English and Russian. `t(key, lang, **values)` formats one."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # shell
    "app_title": ("Foreign ties of Russia's regions", "Международные связи регионов России"),
    "app_subtitle": (
        "Paradiplomacy dashboard: twin towns, agreements, organisations, offices abroad",
        "Парадипломатия: города-побратимы, соглашения, организации, представительства",
    ),
    "language": ("Language", "Язык"),
    "filters": ("Filters", "Фильтры"),
    "f_region": ("Regions", "Регионы"),
    "f_district": ("Federal district", "Федеральный округ"),
    "f_type": ("Region type", "Тип субъекта"),
    "f_border": ("Border regions only", "Только приграничные регионы"),
    "f_partner": ("Partner countries", "Страны-партнёры"),
    "f_group": ("Partner group", "Группа стран-партнёров"),
    "f_kind": ("Kind of tie", "Вид связи"),
    "f_period": ("Period (year established)", "Период (год установления)"),
    "f_period_on": ("Limit to a period", "Ограничить периодом"),
    "f_undated": ("Keep records with no known year", "Оставить записи без известного года"),
    "f_status": ("Status", "Статус"),
    "f_annexed": (
        "Include territories annexed in 2014 and 2022",
        "Включать территории, аннексированные в 2014 и 2022 гг.",
    ),
    "f_annexed_help": (
        "Crimea, Sevastopol, and the Donetsk, Luhansk, Zaporizhzhia and Kherson regions: listed by Russia "
        "as constituent entities, internationally recognised as Ukraine. The switch applies to every count.",
        "Крым, Севастополь, Донецкая, Луганская, Запорожская и Херсонская области: Россия относит их к своим "
        "субъектам, международно признаны территорией Украины. Переключатель действует на все подсчёты.",
    ),
    "f_reset": ("Reset filters", "Сбросить фильтры"),
    "status_all": ("All", "Все"),
    "status_active": ("Active or status unknown", "Действующие или статус неизвестен"),
    "status_inactive": ("Suspended or ended", "Приостановлены или прекращены"),
    "kind_twinning": ("Twin towns", "Города-побратимы"),
    "kind_agreement": ("Agreements", "Соглашения"),
    "kind_membership": ("Organisation memberships", "Членство в организациях"),
    "kind_representation": ("Offices abroad", "Представительства за рубежом"),
    "group_cis": ("CIS", "СНГ"),
    "group_eaeu": ("EAEU", "ЕАЭС"),
    "group_csto": ("CSTO", "ОДКБ"),
    "group_sco": ("SCO", "ШОС"),
    "group_brics": ("BRICS", "БРИКС"),
    "group_eu": ("EU", "ЕС"),
    "group_nato": ("NATO", "НАТО"),
    "group_post_soviet": ("Post-Soviet states", "Постсоветские государства"),
    "group_unfriendly": ("'Unfriendly' list (2022)", "Перечень «недружественных» (2022)"),
    "group_asia": ("Asia", "Азия"),
    "group_europe": ("Europe", "Европа"),
    "group_africa": ("Africa", "Африка"),
    "group_americas": ("Americas", "Америка"),
    "group_oceania": ("Oceania", "Океания"),
    "type_republic": ("Republic", "Республика"),
    "type_krai": ("Krai", "Край"),
    "type_oblast": ("Oblast", "Область"),
    "type_federal_city": ("Federal city", "Город федерального значения"),
    "type_autonomous_oblast": ("Autonomous oblast", "Автономная область"),
    "type_autonomous_okrug": ("Autonomous okrug", "Автономный округ"),
    "fd_Central": ("Central", "Центральный"),
    "fd_Northwestern": ("Northwestern", "Северо-Западный"),
    "fd_Southern": ("Southern", "Южный"),
    "fd_North Caucasian": ("North Caucasian", "Северо-Кавказский"),
    "fd_Volga": ("Volga", "Приволжский"),
    "fd_Ural": ("Ural", "Уральский"),
    "fd_Siberian": ("Siberian", "Сибирский"),
    "fd_Far Eastern": ("Far Eastern", "Дальневосточный"),
    "fd_none": ("no federal district (annexed 2022)", "вне федеральных округов (аннексия 2022)"),
    "notice_dropped": (
        "Ignored URL parameters that are unknown or malformed: {items}",
        "Проигнорированы неизвестные или некорректные параметры адреса: {items}",
    ),
    "data_error": ("The data package could not be loaded. {message}", "Не удалось загрузить пакет данных. {message}"),
    "active_filters": ("Showing: {text}", "Показано: {text}"),
    "all_regions": ("all regions", "все регионы"),
    "all_kinds": ("all kinds of ties", "все виды связей"),
    "all_partners": ("all partners", "все партнёры"),
    "annexed_excluded": ("annexed territories excluded", "без аннексированных территорий"),
    "annexed_included": ("annexed territories included and marked", "аннексированные территории включены и отмечены"),
    "undated_kept": ("{n} records with no known year kept", "сохранено записей без известного года: {n}"),
    "undated_dropped": ("records with no known year left out", "записи без известного года исключены"),
    "period_any": ("any year", "любой год"),
    # pages
    "page_map": ("Map", "Карта"),
    "page_region": ("Region profile", "Профиль региона"),
    "page_partner": ("Partner country", "Страна-партнёр"),
    "page_timeline": ("Timeline", "Хронология"),
    "page_activity": ("Activity classes", "Классы активности"),
    "page_orgs": ("Organisations & formats", "Организации и форматы"),
    "page_network": ("Network", "Сеть связей"),
    "page_sources": ("Data & sources", "Данные и источники"),
    # map page
    "measure": ("Measure on the map", "Показатель на карте"),
    "click_region": ("Click a region to open its profile.", "Щёлкните по региону, чтобы открыть его профиль."),
    "pick_region": ("Region", "Регион"),
    "pick_partner": ("Partner country", "Страна-партнёр"),
    "choose": ("Choose…", "Выберите…"),
    "m_ties": ("All ties", "Все связи"),
    "m_activity": ("Activity class (the project's index)", "Класс активности (индекс проекта)"),
    "m_twinning": ("Twin-town links", "Побратимские связи"),
    "m_partners": ("Distinct partner countries", "Число стран-партнёров"),
    "m_agreement": ("Agreements", "Соглашения"),
    "m_membership": ("Organisation memberships", "Членство в организациях"),
    "m_representation": ("Offices abroad", "Представительства за рубежом"),
    "h_ties": ("Ties", "Связей"),
    "h_twinning": ("Twin-town links", "Побратимских связей"),
    "h_agreement": ("Agreements", "Соглашений"),
    "h_membership": ("Memberships", "Членств"),
    "h_regions": ("Regions with ties", "Регионов со связями"),
    "h_partners": ("Partner countries", "Стран-партнёров"),
    "h_inactive": ("Suspended or ended", "Приостановлено или прекращено"),
    "russia_title": ("{measure} by region: {top} leads with {n}", "{measure} по регионам: лидирует {top} ({n})"),
    "russia_title_empty": (
        "{measure} by region: no records for these filters",
        "{measure} по регионам: нет записей при этих фильтрах",
    ),
    "world_title": (
        "Partner countries: {top} leads with {n} ties; {k} countries in all",
        "Страны-партнёры: лидирует {top} ({n} связей); всего стран: {k}",
    ),
    "world_title_empty": ("Partner countries: none for these filters", "Страны-партнёры: нет при этих фильтрах"),
    "flow_title": (
        "Flows from regions to partners, coloured by partner group ({n} links)",
        "Связи регионов с партнёрами по группам стран (линий: {n})",
    ),
    "flow_title_place": (
        "Twin-town links of the selected regions, place to place ({n})",
        "Побратимские связи выбранных регионов, город — город ({n})",
    ),
    "annexed_legend": (
        "Annexed by Russia (2014/2022), internationally recognised as Ukraine",
        "Аннексированы Россией (2014/2022), международно признаны Украиной",
    ),
    "no_data_region": ("no records", "нет записей"),
    "status_label": ("Status", "Статус"),
    "source_line": (
        "Sources: {sources}. Twin-town links: four public compilations; years and statuses only where attested.",
        "Источники: {sources}. Побратимство: четыре открытые компиляции; годы и статусы — только подтверждённые.",
    ),
    "table": ("Data behind the chart", "Данные диаграммы"),
    "download_csv": ("Download CSV", "Скачать CSV"),
    "open_profile": ("Open a region's profile", "Открыть профиль региона"),
    "incomplete_note": (
        "Data are incomplete: twin-town links carry years and statuses only where a source attests them "
        "({n} of {m} links have no year). Agreements and memberships cover the documented cases only.",
        "Данные неполны: у побратимских связей год и статус указаны только при наличии источника "
        "(без года: {n} из {m}). Соглашения и членство — только задокументированные случаи.",
    ),
    "tab_russia": ("Russia's regions", "Регионы России"),
    "tab_world": ("Partner countries", "Страны-партнёры"),
    "tab_flows": ("Flows", "Потоки связей"),
    "col_region": ("Region", "Регион"),
    "col_country": ("Country", "Страна"),
    "col_value": ("Value", "Значение"),
    "col_component": ("Component", "Компонент"),
    "col_normalised": ("Normalised (0–1)", "Нормировано (0–1)"),
    "col_district": ("Federal district", "Федеральный округ"),
    "col_status": ("Status", "Статус"),
    "region_status_constitutional_entity": ("Constituent entity", "Субъект РФ"),
    "region_status_annexed_2014_recognised_as_ukraine": (
        "Annexed 2014; internationally recognised as Ukraine",
        "Аннексирован в 2014 г.; международно признан Украиной",
    ),
    "region_status_annexed_2022_recognised_as_ukraine": (
        "Annexed 2022; internationally recognised as Ukraine",
        "Аннексирован в 2022 г.; международно признан Украиной",
    ),
    "coming_soon": (
        "This page is being built. Until then, the Map page filtered to this selection shows its ties.",
        "Страница в разработке. Пока используйте страницу «Карта» с этим фильтром.",
    ),
    # region and partner profiles
    "fact": ("Fact", "Показатель"),
    "fact_type": ("Type", "Тип"),
    "fact_fd_history": ("District changes", "Смена округа"),
    "fact_capital": ("Capital", "Столица"),
    "fact_population": ("Population (year)", "Население (год)"),
    "fact_area": ("Area, km²", "Площадь, км²"),
    "fact_borders": ("Borders (foreign states)", "Граничит с государствами"),
    "fact_arctic": ("Arctic zone", "Арктическая зона"),
    "fact_merged": ("Merged from (date)", "Образован объединением (дата)"),
    "arctic_full": ("Entire territory", "Вся территория"),
    "arctic_partial": ("Part of the territory", "Часть территории"),
    "region_class": (
        "Activity class: **{cls}** (index {index}; rank {rank} of {n} under the current filters)",
        "Класс активности: **{cls}** (индекс {index}; место {rank} из {n} при текущих фильтрах)",
    ),
    "region_no_ties": (
        "No ties recorded for this region under the current filters.",
        "Для этого региона при текущих фильтрах связей не найдено.",
    ),
    "region_partners_title": (
        "{region}: ties with {k} countries; most with {top} ({n})",
        "{region}: связи с {k} странами; больше всего — {top} ({n})",
    ),
    "region_timeline_title": (
        "{region}: {n} ties with a known year ({u} without)",
        "{region}: {n} связей с известным годом ({u} без года)",
    ),
    "partner_no_ties": (
        "No ties with {country} under the current filters.",
        "Связей со страной «{country}» при текущих фильтрах нет.",
    ),
    "partner_map_title": (
        "Ties with {country}: {k} regions; most in {top} ({n})",
        "Связи со страной «{country}»: {k} регионов; больше всего — {top} ({n})",
    ),
    "partner_periods": ("Ties by period established", "Связи по периоду установления"),
    "partner_ended": ("Suspended or ended links ({n})", "Приостановленные или прекращённые связи ({n})"),
    "partner_all": ("All ties", "Все связи"),
    "period_before_2014": ("Before 2014", "До 2014"),
    "period_2014_2021": ("2014–2021", "2014–2021"),
    "period_since_2022": ("Since 2022", "С 2022"),
    "period_undated": ("Year unknown", "Год неизвестен"),
    "col_local": ("Russian side", "Российская сторона"),
    "col_partner": ("Partner", "Партнёр"),
    "col_year": ("Year", "Год"),
    "col_status_year": ("Status year", "Год статуса"),
    "col_sources": ("Sources", "Источники"),
    # timeline
    "events": ("Dated events", "Датированные события"),
    "timeline_dated": (
        "{dated} ties have a year that a source attests; {undated} have none and are not on the time axis. Memberships in organisations (no partner country) are on the Organisations page.",
        "У {dated} связей год подтверждён источником; у {undated} года нет, на оси времени они не показаны. Членство в организациях (без страны-партнёра) — на странице «Организации и форматы».",
    ),
    "timeline_title": (
        "{n} dated ties with a partner country, by year established; the peak year is {peak}",
        "{n} датированных связей со странами-партнёрами по году установления; пик — {peak} г.",
    ),
    "timeline_title_empty": ("No dated ties for these filters", "Нет датированных связей при этих фильтрах"),
    "endings_title": (
        "Suspensions and endings by year: {n} dated by a source",
        "Приостановки и прекращения по годам: {n} датированы источником",
    ),
    "endings_none": (
        "No suspension or ending with a sourced year under these filters.",
        "Нет приостановок или прекращений с подтверждённым годом при этих фильтрах.",
    ),
    "compare_title": ("Two periods compared", "Сравнение двух периодов"),
    "period_a": ("Period A", "Период A"),
    "period_b": ("Period B", "Период Б"),
    "change_label": ("Change B − A", "Изменение Б − A"),
    "change_title": (
        "Ties established in {b} versus {a}: more in {up} regions, fewer in {down}",
        "Связи, установленные в {b} и в {a}: больше в {up} регионах, меньше в {down}",
    ),
    # activity
    "activity_intro": (
        "A transparent index of each region's international activity, computed from the records in this "
        "dataset under the current filters. Adjust the weights to see how robust the classes are.",
        "Прозрачный индекс международной активности регионов, рассчитанный по записям этого набора данных "
        "при текущих фильтрах. Меняйте веса, чтобы проверить устойчивость классов.",
    ),
    "weights": ("Weights of the components", "Веса компонентов"),
    "comp_twinning": ("Twin-town links", "Побратимские связи"),
    "comp_partners": ("Partner countries", "Страны-партнёры"),
    "comp_agreement": ("Agreements", "Соглашения"),
    "comp_membership": ("Memberships", "Членство"),
    "comp_representation": ("Offices abroad", "Представительства"),
    "comp_border": ("Border position", "Приграничность"),
    "thresholds": (
        "Class thresholds on the 0–100 index: minimal < {a} ≤ low < {b} ≤ medium < {c} ≤ high.",
        "Пороги классов по индексу 0–100: минимальный < {a} ≤ низкий < {b} ≤ средний < {c} ≤ высокий.",
    ),
    "class_changes": (
        "With these weights {n} of {m} regions change class compared with the default weights.",
        "При этих весах {n} из {m} регионов меняют класс по сравнению с весами по умолчанию.",
    ),
    "changed_regions": ("Regions that change class ({n})", "Регионы, сменившие класс ({n})"),
    "class": ("Class", "Класс"),
    "index": ("Index", "Индекс"),
    "class_minimal": ("Minimal", "Минимальный"),
    "class_low": ("Low", "Низкий"),
    "class_medium": ("Medium", "Средний"),
    "class_high": ("High", "Высокий"),
    "activity_title": (
        "Activity classes: {high} regions high, {medium} medium, {low} low, {minimal} minimal",
        "Классы активности: высокий — {high}, средний — {medium}, низкий — {low}, минимальный — {minimal}",
    ),
    "ranking_title": (
        "The 25 most active regions by the index; high class: {top}",
        "25 самых активных регионов по индексу; высокий класс: {top}",
    ),
    "method": ("Method", "Метод"),
    "method_text": (
        "Each component is counted per region from the filtered records: twin-town links, distinct partner countries, "
        "agreements, organisation memberships, offices abroad, and border position (1 if the region borders a foreign "
        "state). Counts are normalised as log(1 + x) divided by the largest value among regions, so that Moscow and "
        "St Petersburg do not flatten every other region; the index is the weighted mean of the normalised components "
        "times 100. Classes: minimal below {a}, low from {a}, medium from {b}, high from {c}.\n\n"
        "Arteev (2021) proposes a classification of Russia's regions by the level of their international activity "
        "(Moscow University Bulletin of World Politics 13(1), DOI 10.48015/2076-7404-2021-13-1-32-57). **This index is "
        "the project's own and does not reproduce his classes**: it depends only on what this dataset records, and the "
        "dataset is incomplete (twin-town links are far better covered than agreements).",
        "Каждый компонент считается по отфильтрованным записям: побратимские связи, число стран-партнёров, соглашения, "
        "членство в организациях, представительства за рубежом и приграничность (1, если регион граничит с иностранным "
        "государством). Значения нормируются как log(1 + x), делённый на максимум по регионам, чтобы Москва и "
        "Санкт-Петербург не «сплющивали» остальные регионы; индекс — взвешенное среднее нормированных компонентов, "
        "умноженное на 100. Классы: минимальный — ниже {a}, низкий — от {a}, средний — от {b}, высокий — от {c}.\n\n"
        "С. П. Артеев (2021) предлагает классификацию регионов России по уровню международной активности (Вестник "
        "Московского университета. Серия 25, 13(1), DOI 10.48015/2076-7404-2021-13-1-32-57). **Этот индекс — "
        "собственный индекс проекта и не воспроизводит его классы**: он зависит только от записей набора данных, "
        "а набор неполон (побратимские связи покрыты гораздо лучше соглашений).",
    ),
    "frameworks": ("Frameworks of centre and regions", "Рамки взаимодействия центра и регионов"),
    "frameworks_text": (
        "Arteev (2021) outlines two frameworks for joint action of the federal centre and the regions abroad: "
        "**'culture and image-building'**, where regions carry cultural, humanitarian and image work that supports "
        "interstate relations, and **'political plus'**, where regions add their own channels (interregional forums, "
        "regional agreements) to the political agenda of the centre. The tables show records in this dataset that "
        "illustrate each; the assignment is an illustration, not a coding from the paper.",
        "Артеев (2021) выделяет две рамки совместных действий федерального центра и регионов: **«культура и "
        "имиджирование»**, где регионы ведут культурную, гуманитарную и имиджевую работу в поддержку межгосударственных "
        "отношений, и **«политика плюс»**, где регионы добавляют свои каналы (межрегиональные форумы, региональные "
        "соглашения) к политической повестке центра. В таблицах — записи набора данных, которые иллюстрируют каждую "
        "рамку; это иллюстрация, а не кодировка из статьи.",
    ),
    "fw_culture": (
        "Culture and image-building: offices abroad and cultural or humanitarian agreements",
        "Культура и имиджирование: представительства за рубежом и культурные и гуманитарные соглашения",
    ),
    "fw_political": (
        "Political plus: interregional forums and agreements with foreign states",
        "Политика плюс: межрегиональные форумы и соглашения с иностранными государствами",
    ),
    # findings (seminar page)
    "page_findings": ("Findings", "Выводы"),
    "findings_intro": (
        "Five findings computed from the records under the current filters, each with its chart and "
        "sources: a page to present. Every number changes with the filters in the sidebar.",
        "Пять выводов, рассчитанных по записям при текущих фильтрах, у каждого — диаграмма и источники: "
        "страница для показа на семинаре. Все числа меняются вместе с фильтрами на боковой панели.",
    ),
    "f1_title": (
        "The {k} most active regions hold {share:.0f} % of all ties; {first} leads with {n}",
        "На {k} самых активных регионов приходится {share:.0f} % всех связей; лидирует {first} ({n})",
    ),
    "f2_title": (
        "{top} is the leading partner country ({n} ties); the first five hold {share:.0f} %",
        "Ведущий партнёр — {top} ({n} связей); на первые пять стран приходится {share:.0f} %",
    ),
    "f3_title": (
        "Post-Soviet partners: {a:.0f} % of dated ties before 2014, {b:.0f} % since 2022",
        "Постсоветские партнёры: {a:.0f} % датированных связей до 2014 г., {b:.0f} % с 2022 г.",
    ),
    "f3_note": (
        "Only ties whose year a source attests are counted ({n} of {m}); the shares describe them, not all ties.",
        "Учтены только связи с подтверждённым годом ({n} из {m}); доли описывают их, а не все связи.",
    ),
    "f4_title": (
        "{n} suspensions and endings are dated by a source; {y} of them in {year}",
        "{n} приостановок и разрывов датированы источниками; {y} из них — в {year} г.",
    ),
    "f5_title": (
        "Border regions average {a:.1f} ties and {pa:.1f} partner countries; the others {b:.1f} and {pb:.1f}",
        "У приграничных регионов в среднем {a:.1f} связей и {pa:.1f} стран-партнёров; у остальных — {b:.1f} и {pb:.1f}",
    ),
    "border_yes": ("Border regions", "Приграничные регионы"),
    "border_no": ("Other regions", "Остальные регионы"),
    "f_none": ("Not enough records under the current filters.", "При текущих фильтрах записей недостаточно."),
    # organisations
    "orgs_title": (
        "{n} organisations and platforms; Russian participation ended or suspended in {e}",
        "{n} организаций и площадок; участие России прекращено или приостановлено в {e}",
    ),
    "format_russian_delegation": ("As part of a Russian delegation", "В составе российской делегации"),
    "format_none": ("Bilateral or other format (not one of the four)", "Двусторонний или иной формат (вне четырёх)"),
    "format_association": ("Associations of regions and local authorities", "Ассоциации регионов и местных властей"),
    "format_events_under_auspices": ("Events under an organisation's auspices", "Мероприятия под эгидой организации"),
    "format_low_politicised_partnership": (
        "Other low-politicised partnerships",
        "Иные малополитизированные партнёрства",
    ),
    "okind_intergovernmental_organisation": ("intergovernmental organisation", "межправительственная организация"),
    "okind_council_of_regions": ("council of regions", "совет регионов"),
    "okind_association_of_regions": ("association of regions", "ассоциация регионов"),
    "okind_euroregion": ("euroregion", "еврорегион"),
    "okind_interregional_forum": ("interregional forum", "межрегиональный форум"),
    "okind_platform": ("platform", "площадка"),
    "matrix_title": (
        "Who takes part where: {r} regions × {o} organisations",
        "Кто где участвует: {r} регионов × {o} организаций",
    ),
    "no_memberships": ("No memberships under the current filters.", "При текущих фильтрах членства нет."),
    "exits_title": (
        "Russia's exits and suspensions: {n} organisations, by year",
        "Выход и приостановка участия России: {n} организаций по годам",
    ),
    "part_active": ("active", "действует"),
    "part_suspended": ("suspended", "приостановлено"),
    "part_ended": ("ended", "прекращено"),
    "part_unknown": ("unknown", "неизвестно"),
    "tatarstan_case": ("The Tatarstan case", "Случай Татарстана"),
    # network
    "net_region": ("Regions", "Регионы"),
    "net_country": ("Partner countries", "Страны-партнёры"),
    "net_degree": ("Degree", "Степень"),
    "net_community": ("Community", "Сообщество"),
    "net_top_regions": ("Most connected regions", "Регионы с наибольшим числом связей"),
    "net_top_partners": ("Most connected partner countries", "Страны-партнёры с наибольшим числом связей"),
    "net_between": ("Highest betweenness (brokers between clusters)", "Наибольшая посредническая центральность"),
    "network_empty": (
        "No ties with partner countries under the current filters.",
        "При текущих фильтрах нет связей со странами.",
    ),
    "network_title": (
        "{r} is the most connected region ({rd} countries), {c} the most connected partner ({cd} regions); {k} communities",
        "Больше всего связей: регион — {r} ({rd} стран), страна — {c} ({cd} регионов); сообществ: {k}",
    ),
    "network_method": (
        "Social network analysis of subnational external relations: a bipartite graph with regions and partner "
        "countries as nodes and an edge where at least one tie exists, weighted by the number of ties. Degree = number "
        "of distinct partners; betweenness = share of shortest paths through a node (networkx, normalised); communities "
        "= greedy modularity maximisation on the weighted graph. Layout: force-directed (spring), fixed seed.",
        "Анализ социальных сетей внешних связей субнациональных единиц: двудольный граф, узлы — регионы и страны-партнёры, "
        "ребро — хотя бы одна связь, вес — число связей. Степень — число разных партнёров; посредническая центральность — "
        "доля кратчайших путей через узел (networkx, нормированная); сообщества — жадная максимизация модулярности "
        "взвешенного графа. Раскладка — силовая (spring), фиксированное зерно.",
    ),
    # data & sources
    "sources_intro": (
        "Every table of the data package, restricted to the records behind the current filters. "
        "Downloads neutralise cells that a spreadsheet would run as formulas.",
        "Все таблицы пакета данных, ограниченные записями при текущих фильтрах. "
        "При выгрузке ячейки, которые табличный редактор выполнил бы как формулы, обезврежены.",
    ),
    "table_choice": ("Table (filtered rows / all rows)", "Таблица (отфильтровано / всего)"),
    "search": ("Search in this table", "Поиск по таблице"),
    "download_xlsx": ("Download XLSX (all filtered tables)", "Скачать XLSX (все отфильтрованные таблицы)"),
    "bibliography": ("Bibliography", "Библиография"),
    "skind_paper": ("Papers", "Статьи"),
    "skind_book": ("Books", "Книги"),
    "skind_official": ("Official documents and sites", "Официальные документы и сайты"),
    "skind_compilation": ("Public compilations", "Открытые компиляции"),
    "skind_news": ("News", "Новости"),
    "skind_reference": ("Reference works", "Справочные издания"),
    "skind_dataset": ("Datasets", "Наборы данных"),
}


def t(key: str, lang: str = "en", **values) -> str:
    en, ru = STRINGS[key]
    text = ru if lang == "ru" else en
    return text.format(**values) if values else text


# Column names of the tables behind the charts, for display (downloads keep the data's own names).
COLUMN_LABELS = {
    "region_code": ("Region code", "Код региона"),
    "name_en": ("Name", "Название"),
    "name_ru": ("Name", "Название"),
    "federal_district": ("Federal district", "Федеральный округ"),
    "status": ("Status", "Статус"),
    "ties": ("Ties", "Связи"),
    "twinning": ("Twin-town links", "Побратимские связи"),
    "agreement": ("Agreements", "Соглашения"),
    "membership": ("Memberships", "Членство"),
    "representation": ("Offices abroad", "Представительства"),
    "partners": ("Partner countries", "Страны-партнёры"),
    "regions": ("Regions", "Регионы"),
    "iso3": ("ISO code", "Код ISO"),
    "label": ("Name", "Название"),
    "side": ("Side", "Сторона"),
    "degree": ("Degree (distinct partners)", "Степень (число партнёров)"),
    "betweenness": ("Betweenness", "Посредничество"),
    "community": ("Community", "Сообщество"),
    "index": ("Index", "Индекс"),
    "class": ("Class", "Класс"),
    "year": ("Year", "Год"),
    "n": ("Number", "Число"),
    "bloc": ("Partner group", "Группа партнёров"),
    "period": ("Period", "Период"),
    "share": ("Share", "Доля"),
    "status_year": ("Year of status", "Год статуса"),
    "change": ("Change", "Изменение"),
}


def column_label(name: str, lang: str) -> str:
    """A table column's display name in `lang` (unknown names are shown as they are)."""
    pair = COLUMN_LABELS.get(name)
    return (pair[1] if lang == "ru" else pair[0]) if pair else name


def name_col(lang: str) -> str:
    """The data column that holds names in `lang`."""
    return "name_ru" if lang == "ru" else "name_en"
