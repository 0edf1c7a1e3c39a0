"""Blind split, property and facility management: sibling needs sharing "building", "tenants",
"maintenance", "property"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("proptech", "sibling", ("L68.32", "N81.10"), ("smart-buildings",))

niche.add(
    d("tenantapp-o", "org-mieterportal", "DE-NW", "TO", "de",
      "Mieter-App für Schadensmeldungen und Kommunikation mit der Hausverwaltung",
      """Mieter melden einen tropfenden Wasserhahn oder eine defekte Haustür mit Foto in der App,
      verfolgen den Stand der Reparatur und erhalten Aushänge und Abrechnungen digital. Die
      Verwaltung leitet Aufträge direkt an Handwerker weiter. Wir suchen Partner in Osteuropa.""",
      ["RU", "KZ", "PL", "DE", "AT"], technologies=("smart-buildings", "mobile-apps")),
    d("tenantapp-r", "org-uk-severnyi-dom", "RU-PER", "TR", "ru",
      "Заявки жильцов по телефону теряются, и люди пишут жалобы в прокуратуру",
      """Наша управляющая компания обслуживает 140 многоквартирных домов. Жильцы звонят
      диспетчеру, он записывает заявку в журнал, и половина заявок до мастеров не доходит. Люди
      не знают, когда придут чинить, и жалуются во все инстанции. Хотим принимать и
      отслеживать заявки удобно для всех.""",
      sectors=("L68.32",)),
    d("tenantapp-same-org", "org-uk-severnyi-dom", "RU-PER", "TO", "ru",
      "Предлагаем другим управляющим компаниям услуги нашей диспетчерской",
      """Наша круглосуточная диспетчерская может принимать звонки и заявки жильцов других
      управляющих компаний города по договору.""",
      role="same-organisation"),
    d("lift-o", "org-lift-monitoring", "RU-SPE", "TO", "ru",
      "Удалённый мониторинг лифтов с диагностикой неисправностей",
      """Наш блок подключается к станции управления лифта любой марки, передаёт сведения об
      остановках, ошибках и застреваниях и предупреждает о признаках износа дверей и лебёдки.
      Сервисная компания выезжает до того, как лифт встанет.""",
      ["DE", "AT", "RU", "KZ", "BY"], technologies=("smart-buildings", "iot")),
    d("lift-r", "org-wohnungsbau-leipzig-ost", "DE-SN", "TR", "de",
      "Unsere Aufzüge stehen tagelang still, und wir erfahren es von den Mietern",
      """Unsere Wohnungsbaugesellschaft betreibt 350 Aufzüge in Plattenbauten. Fällt einer aus,
      ruft irgendwann ein Mieter an, und ältere Bewohner kommen tagelang nicht aus der Wohnung.
      Wir wollen Störungen sofort kennen und Ausfälle vorhersehen.""",
      sectors=("L68.20",)),
    d("lift-o2", "org-ascensori-connessi", "IT-25", "TO", "it",
      "Telemonitoraggio degli ascensori per amministratori e manutentori",
      """Il nostro dispositivo segnala in tempo reale fermi, guasti e chiamate di allarme degli
      ascensori e prevede la manutenzione necessaria.""",
      ["DE", "IT", "AT"], role="same-kind"),
    d("desks-o", "org-deskflow-sensors", "GB-LND", "TO", "en",
      "Desk booking and occupancy sensors for hybrid offices",
      """Small sensors under desks and in meeting rooms show which spaces are really used, and
      employees book a desk from their phone. Companies learn how much office they actually
      need and often give up a floor.""",
      ["IT", "ES", "GB", "IE", "FR"]),
    d("desks-r", "org-assicurazioni-uffici-milano", "IT-25", "TR", "it",
      "Paghiamo l'affitto di scrivanie che nessuno usa",
      """Dopo il lavoro ibrido i nostri uffici di Milano sono mezzi vuoti dal lunedì al venerdì,
      tranne il martedì quando non c'è posto. Paghiamo affitto e pulizie per cinque piani. Non
      sappiamo quanti posti ci servono davvero né come organizzarli.""",
      sectors=("K65.12",)),
    d("heatcost-o", "org-ripartitori-calore", "IT-34", "TO", "it",
      "Ripartitori dei costi di riscaldamento e lettura a distanza",
      """Installiamo sui radiatori dei condomini ripartitori elettronici e valvole termostatiche;
      le letture arrivano via radio e ogni famiglia paga il calore che usa davvero. I consumi
      scendono in media del 20%.""",
      ["MD", "RS", "RO", "IT", "BA"]),
    d("heatcost-r", "org-chisinau-housing-assoc", "MD-CU", "TR", "en",
      "Residents pay for heating by floor area and argue every winter",
      """Our homeowners' association manages 40 apartment blocks connected to district heating.
      Everyone pays by square metre, whether they keep the windows open or the radiators off,
      and disputes never end. We want each flat to pay for its own use.""",
      sectors=("L68.32",)),
    d("cafm-o", "org-manutenzione-programmata", "IT-21", "TO", "it",
      "Gestione digitale della manutenzione preventiva degli impianti di edifici",
      """Il nostro software censisce impianti e componenti degli edifici, pianifica la
      manutenzione preventiva, assegna gli interventi ai tecnici sullo smartphone e conserva
      lo storico. Disponibile in italiano, inglese e russo.""",
      ["RU", "KZ", "IT", "AZ"], technologies=("smart-buildings", "predictive-maintenance")),
    d("cafm-r", "org-trc-evraziya", "RU-TYU", "TR", "ru",
      "Кондиционеры и насосы торгового центра ломаются в самый неподходящий момент",
      """Наш торговый центр площадью 80 000 м² обслуживает собственная инженерная служба. Графики
      обслуживания вентиляции, насосов и эскалаторов ведутся на бумаге, часть работ
      пропускается, и летом у нас отказывают кондиционеры. Хотим навести порядок в
      обслуживании.""",
      sectors=("L68.20",)),
    d("bms-o", "org-smartbuilding-energy", "IE-D", "TO", "en",
      "Energy optimisation of commercial buildings through the building management system",
      """Our cloud software connects to the existing building management system and retunes
      heating, ventilation and cooling schedules and setpoints every day according to
      occupancy and weather. Office buildings cut energy use by a quarter without new
      equipment.""",
      ["RU", "KZ", "IE", "GB", "GE"], technologies=("smart-buildings", "energy-efficiency")),
    d("bms-r", "org-biznes-centr-neva", "RU-SPE", "TR", "ru",
      "Счета за отопление и кондиционирование бизнес-центра растут каждый год",
      """Наш бизнес-центр класса А оборудован системой диспетчеризации, но вентиляция и
      отопление работают по расписанию, заданному при вводе здания. Зимой в офисах жарко,
      летом холодно, а счета растут. Нужно, чтобы инженерия здания работала умнее.""",
      sectors=("L68.20",)),
    d("bms-excluded", "org-building-tune-uk", "GB-BST", "TO", "en",
      "Analytics that cut energy waste in office buildings",
      """We analyse data from building management systems to find energy waste in offices.
      Service limited to buildings in the United Kingdom and Ireland.""",
      ["GB", "IE"], role="excluded-target"),
    d("cleanbot-o", "org-robots-nettoyage", "FR-ARA", "TO", "fr",
      "Robots autonomes de nettoyage des sols pour grandes surfaces",
      """Nos autolaveuses robotisées nettoient seules de nuit les halls de gares, aéroports,
      centres commerciaux et entrepôts, évitent les obstacles et rendent compte de la
      surface traitée. Un agent supervise plusieurs robots.""",
      ["RU", "KZ", "FR", "BE", "CH"], technologies=("smart-buildings", "robotics")),
    d("cleanbot-r", "org-aeroport-volga-region", "RU-SAM", "TR", "ru",
      "Нам не хватает уборщиков для ночной уборки терминала",
      """Наш аэропорт убирает 60 000 м² полов каждую ночь. Людей на ночные смены найти всё
      труднее, зарплаты растут, а качество уборки падает. Ищем способ мыть полы больших залов
      с меньшим числом сотрудников.""",
      sectors=("H52.23",)),
    d("access-o", "org-zutritt-smartphone", "DE-BE", "TO", "de",
      "Zutrittssysteme per Smartphone für Gewerbeimmobilien und Coworking",
      """Türen, Aufzüge und Schließfächer öffnen sich mit dem Smartphone; Zutrittsrechte werden
      online vergeben und entzogen, jede Öffnung wird protokolliert. Keine Schlüssel und
      Karten mehr. Wir suchen Betreiber in Italien und der Schweiz.""",
      ["IT", "CH"]),
    d("access-r", "org-coworking-navigli", "IT-25", "TR", "it",
      "Chiavi e badge persi, e nessuno sa chi entra di notte nel coworking",
      """Gestiamo quattro spazi di coworking con 700 membri. Ogni mese si perdono decine di
      badge, rifarli costa e gli ex membri a volte entrano ancora. Vorremmo gestire gli
      accessi a distanza e sapere chi entra e quando.""",
      sectors=("L68.20",)),
    d("owners-o", "org-junta-digital", "ES-CT", "TO", "es",
      "Plataforma para juntas de propietarios y votaciones en línea",
      """Los vecinos reciben la convocatoria en el móvil, asisten a la junta por
      videoconferencia, delegan su voto y votan los acuerdos en línea con validez legal. El
      administrador obtiene el acta firmada al terminar.""",
      technologies=("smart-buildings", "digital-services")),
    d("owners-r", "org-amministrazioni-condominiali-na", "IT-72", "TR", "it",
      "Le assemblee di condominio vanno deserte e non raggiungiamo il quorum",
      """Il nostro studio amministra 120 condomini. Alle assemblee si presentano pochi condomini,
      le decisioni sui lavori slittano di mesi e chi lavora o vive fuori città non può
      partecipare. Cerchiamo un modo legale per riunire e far votare tutti a distanza.""",
      sectors=("L68.32",)),
    d("squat-o", "org-vigila-vivienda", "ES-MD", "TO", "es",
      "Sensores que detectan intrusiones en viviendas vacías",
      """Nuestros sensores sin cables detectan apertura de puertas, movimiento y consumo de agua
      en viviendas vacías y avisan al propietario en segundos para actuar antes de que la
      ocupación se consolide.""",
      technologies=("smart-buildings", "iot")),
    d("squat-r", "org-fondo-vivienda-levante", "ES-VC", "TR", "es",
      "Tememos la ocupación ilegal de nuestros pisos vacíos",
      """Nuestro fondo gestiona 2.000 pisos, muchos vacíos entre un inquilino y otro. Varios
      han sido ocupados y recuperarlos nos ha costado meses y mucho dinero. Queremos enterarnos
      enseguida si alguien entra en un piso deshabitado.""",
      sectors=("L68.20",)),
    d("concierge-o", "org-portineria-virtuale", "IT-52", "TO", "it",
      "Portineria virtuale con videochiamata per condomini e residence",
      """Un portiere in videochiamata risponde a ospiti e corrieri dal citofono dell'edificio
      ventiquattro ore su ventiquattro, apre a chi è autorizzato e registra i pacchi
      ricevuti. Operiamo in Italia e in Spagna.""",
      ["ES", "IT", "PT"]),
    d("concierge-r", "org-apartamentos-malaga", "ES-AN", "TR", "es",
      "Nuestro edificio de apartamentos no tiene conserje por las noches",
      """Alquilamos 90 apartamentos en un edificio de Málaga. Por la noche no hay nadie en
      recepción: los paquetes se quedan en la calle, los huéspedes que llegan tarde no pueden
      entrar y no sabemos quién abre el portal. Un conserje las 24 horas es demasiado caro.""",
      sectors=("I55.20",)),
)

for need in ("tenantapp", "lift", "desks", "heatcost", "cafm", "bms", "cleanbot", "access",
             "owners", "squat", "concierge"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("lift-o2", "lift-r")

niche.add(
    d("winter-service-r", "org-hausverwaltung-harz", "DE-ST", "BR", "de",
      "Wir suchen einen Winterdienst für 60 Wohnanlagen",
      """Unsere Hausverwaltung braucht einen zuverlässigen Dienstleister, der Gehwege und
      Zufahrten bei Schnee und Glätte räumt und streut, mit Nachweis.""",
      sectors=("L68.32",), role="unanswered"),
    d("rooftop-bees", "org-urban-hives", "GB-LND", "BO", "en",
      "Rooftop beehives for office buildings",
      """We install and look after beehives on office roofs and run honey workshops for
      employees as part of sustainability programmes.""",
      sectors=("A01.49",), technologies=(), role="unanswered"),
    d("lift-replace", "org-aufzugsmodernisierung", "DE-SN", "TO", "de",
      "Modernisierung und Austausch alter Aufzüge",
      """Wir ersetzen alte Aufzüge in Wohngebäuden durch neue Anlagen, meist ohne Umbau des
      Schachts, in drei Wochen pro Aufzug.""",
      sectors=("F43.29",), role="near-miss"),
    d("office-furniture", "org-arredi-modulari", "IT-25", "TO", "it",
      "Arredi modulari per uffici ibridi",
      """Progettiamo e forniamo scrivanie, pareti mobili e cabine acustiche per uffici che
      cambiano disposizione in base al numero di persone presenti.""",
      sectors=("C31.01",), technologies=(), role="near-miss"),
    d("cleaning-chem", "org-moyushchie-sredstva", "RU-SAM", "TO", "ru",
      "Профессиональные моющие средства для полов больших помещений",
      """Поставляем концентраты для мытья полов в аэропортах, вокзалах и торговых центрах, с
      дозаторами и обучением уборщиков.""",
      sectors=("C20.41",), technologies=(), role="near-miss"),
    d("film-props", "org-props-studio", "GB-LND", "BO", "en",
      "Props rental for film and theatre productions",
      """Our warehouse rents period furniture, vehicles and props to film, TV and theatre
      productions, with delivery to set.""",
      sectors=("N77.29",), technologies=(), role="two-meanings"),
    d("lifting-cream", "org-lifting-kosmetika", "RU-MOW", "BO", "ru",
      "Лифтинг-кремы и сыворотки для салонов красоты",
      """Производим кремы и сыворотки с лифтинг-эффектом для ухода за кожей лица и ищем
      дистрибьюторов для салонов красоты.""",
      sectors=("C20.42",), technologies=(), role="two-meanings"),
)
