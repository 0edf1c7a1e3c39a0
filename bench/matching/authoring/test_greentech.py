"""Test split, green tech: sibling needs sharing "energy", "emissions", "waste", "solar"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("greentech", "sibling", ("D35.11", "M71.12"), ("green-tech",))

niche.add(
    d("pv-o", "org-sole-industria", "IT-75", "BO", "it",
      "Fotovoltaico sui tetti delle fabbriche senza investimento",
      """Progettiamo, finanziamo e gestiamo impianti fotovoltaici sui capannoni industriali:
      l'azienda non paga l'impianto ma compra l'energia prodotta a un prezzo fisso per 15 anni,
      più basso di quello della rete.""",
      ["KZ", "UZ", "AZ", "GE"], sectors=("D35.11", "F43.21")),
    d("pv-r", "org-tekstil-shymkent", "KZ-79", "BR", "ru",
      "Крыши цехов пустуют, а электричество дорожает",
      """Текстильная фабрика с крышами площадью 40 000 м² платит за электроэнергию всё больше.
      Вкладывать собственные деньги в энергетику мы не готовы, но хотели бы покупать более
      дешёвую энергию, выработанную прямо на месте, по долгосрочному договору.""",
      sectors=("C13.10",)),
    d("biogas-o", "org-biogas-anlagenbau", "DE-NI", "TO", "de",
      "Biogasanlagen für Rinder- und Geflügelbetriebe",
      """Wir planen und bauen Biogasanlagen, die Gülle, Mist und Ernterückstände in Strom, Wärme
      und Dünger verwandeln. Die Anlage wird auf die Tierzahl des Betriebs zugeschnitten.""",
      ["KZ", "UZ", "RU", "UA"], sectors=("C28.29", "D35.21")),
    d("biogas-r", "org-agrofirma-ptica", "KZ-35", "TR", "ru",
      "Куда девать помёт с птицефабрики",
      """Наша птицефабрика на 2 миллиона кур производит сотни тонн помёта в неделю. Хранилища
      переполнены, соседи жалуются на запах, а проверяющие грозят штрафами. Хотим превратить
      отходы в энергию для собственных нужд.""",
      sectors=("A01.47",)),
    d("membrane-o", "org-membrana-tech", "RU-VLA", "TO", "ru",
      "Мембранная очистка сточных вод пищевых предприятий",
      """Наши мембранные биореакторы очищают стоки молочных, мясных и пивоваренных заводов до
      норм сброса и повторного использования воды. Установка контейнерная, запуск за месяц.""",
      ["IT", "KZ", "BY", "RS"], technologies=("green-tech", "water-treatment")),
    d("membrane-r", "org-caseificio-lodigiano", "IT-25", "TR", "it",
      "Il depuratore del caseificio non regge più il siero e le acque di lavaggio",
      """Il nostro caseificio produce 300 metri cubi al giorno di acque di lavaggio e siero. Il
      vecchio impianto non rispetta più i limiti allo scarico e l'ARPA ci ha diffidato.
      Cerchiamo una tecnologia compatta, magari per riusare parte dell'acqua.""",
      sectors=("C10.51",)),
    d("pet-o", "org-riciclo-pet", "IT-45", "TO", "en",
      "Bottle-to-bottle PET recycling lines",
      """We build recycling lines that turn collected PET bottles into food-grade flakes and
      pellets approved for new bottles, with sorting, washing and decontamination.""",
      ["UZ", "KZ", "AZ", "GE", "AM"], technologies=("green-tech", "circular-economy")),
    d("pet-r", "org-suv-ichimliklar", "UZ-TK", "TR", "en",
      "Our soft drink bottles must contain recycled plastic",
      """We bottle soft drinks and water, and our export customers now require a share of
      recycled material in every bottle. There is no local supply of food-grade recycled
      plastic. We consider building our own processing plant for used bottles.""",
      sectors=("C11.07",)),
    d("orc-o", "org-calore-recuperato", "IT-21", "TO", "it",
      "Recupero del calore di scarto con turbine ORC",
      """I nostri turbogeneratori a ciclo Rankine organico trasformano in elettricità il calore
      dei fumi di forni, motori e processi industriali da 200 °C in su, senza combustibile
      aggiuntivo.""",
      ["RU", "KZ", "TR"]),
    d("orc-r", "org-stal-ural", "RU-CHE", "TR", "ru",
      "Горячие газы от печей уходят в трубу",
      """На нашем металлургическом заводе дымовые газы нагревательных печей выбрасываются при 450
      градусах. Это огромные потери, а цены на электроэнергию растут. Ищем технологию, чтобы
      вырабатывать из этого тепла электроэнергию.""",
      sectors=("C24.10",)),
    d("led-o", "org-luminaria-smart", "ES-VC", "TO", "es",
      "Renovación del alumbrado público con LED y telegestión",
      """Sustituimos luminarias de sodio por LED con control punto a punto: cada farola regula
      su intensidad por la noche y avisa de averías. Los ayuntamientos ahorran hasta el 70% de
      la energía.""",
      ["KZ", "MA", "CL", "IT"], technologies=("green-tech", "smart-city")),
    d("led-r", "org-akimat-pavlodar", "KZ-55", "TR", "ru",
      "Уличное освещение съедает бюджет города",
      """Город содержит 25 000 уличных фонарей со старыми натриевыми лампами. Счета за энергию
      огромные, а о сгоревших фонарях мы узнаём из жалоб жителей. Ищем решение для
      модернизации освещения.""",
      sectors=("O84.11",)),
    d("cbam-o", "org-carbonledger", "NL-NH", "TO", "en",
      "Carbon footprint accounting for exporters to the EU",
      """Our software calculates product carbon footprints and embedded emissions from energy and
      supplier data and produces the reports that EU importers need under the carbon border
      adjustment mechanism.""",
      sectors=("J62.01",)),
    d("cbam-r", "org-azot-udobrenia", "RU-NGR", "TR", "ru",
      "Европейские покупатели требуют отчёт о выбросах по каждой партии удобрений",
      """Мы экспортируем азотные удобрения в ЕС, и импортёры запрашивают данные о выбросах
      парниковых газов на тонну продукции. Считать это вручную по всем цехам мы не успеваем.
      Нужна система учёта выбросов.""",
      sectors=("C20.15",)),
    d("h2-o", "org-wasserstoff-kompakt", "DE-SN", "TO", "de",
      "Kompakte Elektrolyseure für grünen Wasserstoff vor Ort",
      """Unsere modularen Elektrolyseure erzeugen Wasserstoff aus Solar- oder Windstrom direkt am
      Werk, 50 bis 500 kg pro Tag, für Hochtemperaturprozesse und Fahrzeuge.""",
      technologies=("green-tech", "hydrogen")),
    d("h2-r", "org-ceramica-faenza", "IT-45", "TR", "it",
      "Decarbonizzare i forni della ceramica senza metano",
      """I nostri forni per piastrelle bruciano metano a 1.200 °C e il costo della CO2 cresce
      ogni anno. Vogliamo sperimentare un combustibile pulito prodotto in stabilimento con
      l'energia del nostro fotovoltaico.""",
      sectors=("C23.31",)),
    d("heatpump-o", "org-pompe-calore-tn", "IT-32", "TO", "en",
      "Heat pumps for deep energy retrofits of schools",
      """We design and install large air and ground source heat pumps, with insulation and
      ventilation, to take schools and public buildings off gas boilers.""",
      ["AM", "GE", "MD", "RS"], technologies=("green-tech", "energy-efficiency")),
    d("heatpump-r", "org-yerevan-schools", "AM-ER", "TR", "en",
      "Schools freezing in winter with old gas boilers",
      """The city's school department runs 60 school buildings heated by worn-out gas boilers.
      Classrooms are cold and bills keep rising. We are preparing a retrofit programme and look
      for an experienced technology partner.""",
      sectors=("O84.12",)),
    d("microgrid-o", "org-mikroset", "RU-NVS", "TO", "ru",
      "Гибридные микросети с накопителями для удалённых посёлков",
      """Строим солнечно-дизельные микросети с литий-ионными накопителями для посёлков без
      централизованного электроснабжения. Расход дизеля снижается на 60%, управление
      автоматическое.""",
      ["UZ", "KZ", "KG", "MN"], technologies=("green-tech", "energy-storage")),
    d("microgrid-r", "org-tog-qishloq", "UZ-SA", "TR", "en",
      "Mountain villages powered by diesel generators",
      """Our regional development agency supports 30 mountain villages that get power from
      diesel generators a few hours a day. Fuel is trucked in at great cost. We want reliable
      round-the-clock electricity from local sources.""",
      sectors=("O84.13",)),
)

niche.add(
    d("membrane-o2", "org-acqua-pulita-mbr", "IT-34", "TO", "en",
      "Membrane bioreactors for food industry wastewater",
      """We build membrane bioreactors that treat dairy and brewery wastewater to discharge or
      reuse quality, delivered in containers.""",
      technologies=("green-tech", "water-treatment"), role="same-kind"),
    d("led-excluded", "org-lumilux-fr", "FR-HDF", "TO", "fr",
      "Éclairage public LED connecté",
      """Nous remplaçons l'éclairage public par des luminaires LED pilotés à distance. Nous
      intervenons uniquement en France, en Belgique et au Luxembourg.""",
      ["FR", "BE", "LU"], technologies=("green-tech", "smart-city"), role="excluded-target"),
    d("pv-same-org", "org-tekstil-shymkent", "KZ-79", "BO", "ru",
      "Предлагаем аренду крыш наших цехов под солнечные станции",
      """Текстильная фабрика предлагает инвесторам крыши площадью 40 000 м² для солнечных
      станций.""",
      role="same-organisation"),
    d("windblade-r", "org-vetropark-ul", "RU-ULY", "TR", "ru",
      "Что делать со старыми лопастями ветряков",
      """Через несколько лет мы будем менять лопасти ветроустановок и не знаем, как их
      утилизировать: стеклопластик не принимают полигоны.""",
      sectors=("D35.11",), role="unanswered"),
    d("compost-o", "org-compost-citta", "IT-52", "TO", "it",
      "Compostiere elettromeccaniche per mense e quartieri",
      """Le nostre compostiere trasformano in compost gli scarti di mense, mercati e condomini in
      otto settimane, senza odori.""",
      technologies=("green-tech", "circular-economy"), role="unanswered"),
    d("carbon-bike", "org-telai-carbonio", "IT-34", "BO", "en",
      "Carbon fibre bicycle frames",
      """We hand-build carbon fibre road and gravel bicycle frames to measure and look for bike
      shops abroad.""",
      sectors=("C30.92",), technologies=(), role="two-meanings"),
    d("solarium", "org-solar-beauty", "DE-NW", "BO", "de",
      "Solarien und Bräunungsgeräte für Sonnenstudios",
      """Wir liefern Solarien, Kollagengeräte und Ersatzröhren an Sonnenstudios und
      Fitnesscenter.""",
      sectors=("G46.69",), technologies=(), role="two-meanings"),
)

for need in ("pv", "biogas", "membrane", "pet", "orc", "led", "cbam", "h2", "heatpump",
             "microgrid"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("membrane-o2", "membrane-r")

niche.add(
    d("tyre-r", "org-shinny-zavod", "RU-TA", "TR", "en",
      "What to do with worn-out truck tyres",
      """Our tyre retreading plant collects thousands of tyres that cannot be retreaded. We look
      for a technology to turn them into useful products.""",
      sectors=("C22.11",), role="unanswered"),
)

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("pv-epc", "org-solar-epc-tr", "TR-06", "BO", "en",
      "Turnkey rooftop solar plants for factories",
      """We design and build rooftop photovoltaic plants for industrial buildings; the factory
      buys the plant and owns the energy from day one. Fast installation and bank-ready
      documents.""",
      sectors=("F43.21",), role="near-miss"),
    d("recuperator-o", "org-teploobmen", "RU-SAM", "TO", "it",
      "Recuperatori per preriscaldare l'aria di combustione con i fumi",
      """I nostri scambiatori recuperano il calore dei fumi dei forni industriali per
      preriscaldare l'aria di combustione e ridurre il consumo di gas fino al 20%.""",
      sectors=("C28.25",), technologies=("green-tech", "energy-efficiency"), role="near-miss"),
    d("cod-analyser", "org-aqualyse", "FR-ARA", "TO", "fr",
      "Analyseurs en ligne de DCO et d'ammonium pour les rejets",
      """Nos analyseurs mesurent en continu la DCO, l'ammonium et le phosphore des eaux rejetées
      par les usines et transmettent les valeurs à l'autorité de contrôle.""",
      technologies=("green-tech", "environmental-monitoring"), role="near-miss"),
    d("iso50001-o", "org-energy-mgmt", "DE-BY", "TO", "ru",
      "Система энергоменеджмента по ISO 50001",
      """Наше программное обеспечение собирает данные счётчиков энергии по цехам, строит
      энергобалансы и готовит документы для сертификации по ISO 50001.""",
      technologies=("green-tech", "energy-efficiency"), role="near-miss"),
)
