"""Blind split, water services: sibling needs sharing "water", "pipes", "treatment", "network"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("water", "sibling", ("E36.00", "E37.00"), ("water-treatment",))

niche.add(
    d("leak-o", "org-leckortung-akustik", "DE-NI", "TO", "de",
      "Akustische Dauerüberwachung von Trinkwassernetzen auf Leckagen",
      """Unsere Geräuschlogger werden an Schiebern und Hydranten montiert, hören jede Nacht das
      Rohrnetz ab und melden per Mobilfunk, wo ein Leck rauscht. Die Korrelation zweier
      Logger grenzt die Stelle auf wenige Meter ein. Wir suchen Wasserversorger in Osteuropa
      und Zentralasien.""",
      ["RU", "KZ", "UZ", "DE", "RS"], technologies=("water-treatment", "sensors")),
    d("leak-r", "org-vodokanal-tver", "RU-TVE", "TR", "ru",
      "Водоканал теряет в сетях почти половину поданной воды",
      """Городской водоканал подаёт в сеть в два раза больше воды, чем оплачивают абоненты.
      Часть утечек выходит на поверхность, но большинство уходит в грунт, и мы годами не
      знаем о них. Ищем способ находить скрытые порывы на 900 км трубопроводов.""",
      sectors=("E36.00",)),
    d("leak-o2", "org-aquaphone-systems", "GB-BIR", "TO", "en",
      "Acoustic leak detection for water distribution networks",
      """Our network of acoustic sensors listens to pipes every night and pinpoints hidden leaks
      for repair crews, with a web map of every suspected leak.""",
      technologies=("water-treatment", "sensors"), role="same-kind"),
    d("reline-o", "org-bestransheya", "RU-NIZ", "BO", "ru",
      "Бестраншейная санация труб водопровода и канализации",
      """Восстанавливаем старые трубы изнутри полимерным рукавом, который затягивается через
      колодцы и отверждается на месте. Улицу не раскапываем, участок в 200 метров готов за
      один день. Срок службы новой трубы 50 лет.""",
      ["DE", "AT", "RU", "KZ", "PL"], sectors=("F42.21",)),
    d("reline-r", "org-gemeinde-eifelbach", "DE-RP", "BR", "de",
      "Unsere Abwasserkanäle aus den sechziger Jahren sind undicht",
      """Die Kamerabefahrung hat gezeigt, dass viele Kanäle der Gemeinde Risse und undichte
      Muffen haben. Alle Straßen aufzureißen können wir uns nicht leisten, und die Anwohner
      wollen keine monatelangen Baustellen. Wir suchen eine Sanierung ohne offene Bauweise.""",
      sectors=("O84.11",)),
    d("meter-o", "org-flowread-iot", "GB-MAN", "TO", "en",
      "Smart water meters with remote reading over NB-IoT",
      """Our ultrasonic meters send the reading every hour over the mobile network and raise an
      alarm on leaks behind the meter, tampering and backflow. Utilities bill real
      consumption and stop sending meter readers.""",
      ["IT", "ES", "GB", "GR", "MT"], technologies=("water-treatment", "iot")),
    d("meter-r", "org-acque-sannite", "IT-72", "TR", "it",
      "Leggiamo i contatori dell'acqua a mano e mandiamo bollette stimate",
      """Il nostro gestore serve 60.000 utenze in paesi di collina. I letturisti passano due
      volte l'anno e spesso non trovano nessuno in casa, così fatturiamo consumi stimati e i
      conguagli scatenano reclami. Vogliamo conoscere i consumi reali senza andare sul posto.""",
      sectors=("E36.00",)),
    d("sludge-o", "org-essiccatori-solari", "IT-45", "TO", "it",
      "Essiccamento solare dei fanghi di depurazione",
      """Le nostre serre di essiccamento con rivoltatore automatico riducono il peso dei fanghi
      di depurazione del 70-80% usando il sole, senza combustibile. Il fango secco può andare
      a recupero energetico.""",
      ["GE", "AM", "IT", "AL", "TR"]),
    d("sludge-r", "org-batumi-wastewater", "GE-AJ", "TR", "en",
      "We pay a fortune to truck wet sludge to a distant landfill",
      """Our wastewater treatment plant produces 40 tonnes of dewatered sludge a day, still four
      fifths water. Every tonne is trucked 150 km to a landfill that will soon refuse it. We
      have sun and space, and we want to reduce the volume before it leaves the plant.""",
      sectors=("E37.00",)),
    d("desal-o", "org-dissalatori-isole", "IT-82", "TO", "it",
      "Dissalatori compatti a osmosi inversa per hotel, isole e villaggi",
      """Progettiamo impianti di dissalazione containerizzati da 50 a 2.000 metri cubi al giorno
      con recupero di energia, pronti per acqua di mare o di pozzo salmastro, con assistenza da
      remoto. Abbiamo impianti in Sicilia e nel Mediterraneo.""",
      ["KZ", "UZ", "AZ", "IT", "TN"]),
    d("desal-r", "org-kurort-kaspiy", "KZ-47", "TR", "ru",
      "У курорта на Каспии нет своей пресной воды",
      """Наш курортный комплекс на берегу Каспийского моря летом принимает 3000 гостей. Пресную
      воду привозят цистернами за 100 км, она дорогая, и её не хватает. Морская вода рядом, и
      мы хотим получать питьевую воду на месте.""",
      sectors=("I55.10",)),
    d("desal-excluded", "org-acqua-dal-mare", "IT-88", "TO", "it",
      "Impianti di dissalazione per strutture turistiche",
      """Forniamo piccoli dissalatori a osmosi inversa per hotel e campeggi. Operiamo soltanto in
      Italia, Grecia e Croazia.""",
      ["IT", "GR", "HR"], role="excluded-target"),
    d("pumps-o", "org-pumpwise-energy", "NL-NH", "TO", "en",
      "Software that cuts the energy use of water pumping stations",
      """Our optimiser schedules the pumps of a water network by tariff, reservoir levels and
      forecast demand, and runs each pump at its best efficiency point. Utilities save 15-25%
      of pumping energy without new pumps.""",
      technologies=("water-treatment", "energy-efficiency")),
    d("pumps-r", "org-vodokanal-omsk-sever", "RU-OMS", "TR", "ru",
      "Электроэнергия насосных станций съедает 40 % наших затрат",
      """У водоканала 30 насосных станций, и насосы круглосуточно работают в одном режиме,
      независимо от ночного спада потребления и тарифа. Счета за электроэнергию растут каждый
      год. Хотим управлять насосами так, чтобы платить меньше.""",
      sectors=("E36.00",)),
    d("pumps-same-org", "org-vodokanal-omsk-sever", "RU-OMS", "TO", "ru",
      "Предлагаем водоканалам нашу систему диспетчеризации насосных станций",
      """Мы сами разработали систему сбора данных с насосных станций и предлагаем её другим
      водоканалам с внедрением и обучением.""",
      role="same-organisation"),
    d("storm-o", "org-eaux-pluviales-conseil", "FR-NAQ", "BO", "fr",
      "Gestion des eaux pluviales en ville : noues, bassins et chaussées drainantes",
      """Nous concevons des aménagements qui retiennent et infiltrent la pluie là où elle tombe :
      noues plantées, bassins paysagers, parkings perméables. Nos études hydrauliques
      accompagnent les villes de la conception au chantier.""",
      ["RU", "KZ", "FR", "MA"], sectors=("M71.12",)),
    d("storm-r", "org-gorod-krasnodar-blago", "RU-KDA", "BR", "ru",
      "После каждого ливня улицы города превращаются в реки",
      """Ливневая канализация города рассчитана на другой климат и на меньшую застройку. После
      сильных дождей затапливает перекрёстки и подвалы, а новая труба большего диаметра стоит
      миллиарды. Ищем другие решения для отвода дождевой воды.""",
      sectors=("O84.11",)),
    d("iron-o", "org-enteisenung-technik", "DE-SN", "TO", "de",
      "Enteisenung und Entmanganung von Brunnenwasser",
      """Unsere kompakten Filteranlagen entfernen Eisen und Mangan aus Brunnenwasser ohne
      Chemikalien, durch Belüftung und biologische Filtration. Geeignet für kleine
      Gemeinden, Hotels und Betriebe mit eigenem Brunnen.""",
      ["IT", "DE", "AT", "SI"]),
    d("iron-r", "org-comune-monte-amiata", "IT-52", "TR", "it",
      "L'acqua del pozzo comunale esce rossiccia e macchia i sanitari",
      """Il nostro piccolo comune montano prende l'acqua da due pozzi. Da qualche anno l'acqua
      è torbida, lascia macchie color ruggine e ha un sapore metallico; le analisi mostrano
      ferro e manganese oltre i limiti. Cerchiamo un impianto semplice da gestire.""",
      sectors=("O84.11",)),
    d("reuse-o", "org-agua-regenerada", "ES-MC", "TO", "es",
      "Regeneración de aguas depuradas para riego agrícola",
      """Diseñamos tratamientos terciarios con filtración y desinfección que convierten el agua
      de las depuradoras en agua apta para el riego de frutales y hortalizas, según la norma
      europea de reutilización.""",
      technologies=("water-treatment", "agritech")),
    d("reuse-r", "org-consorzio-bonifica-capitanata", "IT-75", "TR", "it",
      "Con la siccità vorremmo irrigare con le acque dei depuratori",
      """Il nostro consorzio di bonifica distribuisce acqua a migliaia di aziende agricole, ma le
      dighe sono mezze vuote. I depuratori dei comuni scaricano ogni giorno acqua che potremmo
      usare, se fosse abbastanza pulita per i campi.""",
      sectors=("A01.61",)),
    d("septic-o", "org-klaeranlagen-fernblick", "DE-MV", "TO", "de",
      "Fernüberwachung von Kleinkläranlagen",
      """Ein Modul in der Steuerung meldet Störungen, Stromausfall und hohe Wasserstände der
      Kleinkläranlage per Mobilfunk an den Wartungsbetrieb und den Zweckverband. Wartungen
      werden nach Bedarf statt nach Kalender geplant.""",
      technologies=("water-treatment", "iot")),
    d("septic-r", "org-zweckverband-uckermark", "DE-BB", "TR", "de",
      "2.000 Kleinkläranlagen kontrollieren wir mit dem Auto",
      """Unser Zweckverband ist für die Abwasserentsorgung in Dörfern ohne Kanal zuständig. Ob
      die Kleinkläranlagen funktionieren, erfahren wir nur bei Kontrollbesuchen oder wenn es
      stinkt. Wir wollen Störungen sofort bemerken und weniger fahren.""",
      sectors=("E37.00",)),
    d("hypo-o", "org-elektroliz-voda", "RU-YAR", "TO", "ru",
      "Электролизные установки для получения гипохлорита на месте",
      """Наши установки производят дезинфицирующий раствор гипохлорита натрия из поваренной
      соли и электричества прямо на водозаборе. Больше не нужно возить и хранить опасный
      жидкий хлор.""",
      ["FR", "BE", "RU", "KZ", "MA"]),
    d("hypo-r", "org-syndicat-eaux-vercors", "FR-ARA", "TR", "fr",
      "Nous ne voulons plus stocker de chlore gazeux à côté de l'école",
      """Notre syndicat des eaux désinfecte l'eau potable avec du chlore gazeux livré en
      bouteilles. La station est à deux cents mètres d'une école et les habitants s'inquiètent.
      Nous cherchons à produire le désinfectant sur place, sans produit dangereux.""",
      sectors=("E36.00",)),
)

for need in ("leak", "reline", "meter", "sludge", "desal", "pumps", "storm", "iron", "reuse",
             "septic", "hypo"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("leak-o2", "leak-r")

niche.add(
    d("flood-warning-o", "org-river-alert", "GB-EDH", "TO", "en",
      "River level sensors and flood early warning for towns",
      """Our radar sensors on bridges measure river levels every five minutes and send warnings
      to residents and civil protection when a flood is coming.""",
      technologies=("environmental-monitoring",), role="unanswered"),
    d("aquapark-r", "org-akvapark-volna", "RU-SAM", "TR", "ru",
      "Подогрев воды в бассейнах аквапарка обходится слишком дорого",
      """Наш крытый аквапарк круглый год держит воду в бассейнах при 29 градусах, и газовая
      котельная съедает всю прибыль. Ищем способ дешевле подогревать воду бассейнов.""",
      sectors=("R93.21",), role="unanswered"),
    d("pipe-clamps", "org-remont-mufta", "RU-CHE", "TO", "ru",
      "Ремонтные хомуты и муфты для быстрого устранения порывов",
      """Производим ремонтные хомуты и муфты для стальных, чугунных и пластиковых труб
      водопровода, чтобы аварийная бригада устраняла порыв без сварки.""",
      sectors=("C25.99",), role="near-miss"),
    d("billing-water", "org-bollette-acqua-sw", "IT-25", "TO", "it",
      "Software di fatturazione per gestori del servizio idrico",
      """Il nostro gestionale calcola le tariffe idriche, emette le bollette e gestisce
      rateizzazioni e solleciti per i gestori dell'acqua.""",
      role="near-miss"),
    d("water-tanks", "org-rezervuar-plast", "KZ-47", "TO", "ru",
      "Резервуары для хранения привозной питьевой воды",
      """Производим пластиковые и стальные резервуары от 5 до 200 кубометров для хранения
      привозной питьевой воды в гостиницах, на базах отдыха и в посёлках, с насосами подачи.""",
      sectors=("C22.29",), role="near-miss"),
    d("watercolour", "org-watercolour-retreats", "GB-CRF", "BO", "en",
      "Watercolour painting workshops in the countryside",
      """Our tutors run weekend watercolour painting courses for beginners and amateurs, with
      materials, meals and landscapes included.""",
      sectors=("P85.52",), technologies=(), role="two-meanings"),
    d("tobacco-pipes", "org-pfeifenmacher-odenwald", "DE-HE", "BO", "de",
      "Handgefertigte Tabakpfeifen aus Bruyèreholz",
      """Unsere Werkstatt fertigt Tabakpfeifen von Hand aus Bruyère und Meerschaum und sucht
      Fachhändler im Ausland.""",
      sectors=("C32.99",), technologies=(), role="two-meanings"),
)
