"""Test split, aerospace: sibling needs sharing "satellite", "aircraft", "drone", "flight"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("aerospace", "sibling", ("C30.30", "M72.19"), ("aerospace",))

niche.add(
    d("eo-o", "org-orbita-dati", "IT-62", "TO", "it",
      "Immagini satellitari per scoprire l'edilizia abusiva",
      """Confrontiamo immagini satellitari ad altissima risoluzione di date diverse e segnaliamo
      ai comuni nuovi edifici, ampliamenti e piscine non presenti in catasto, con una mappa
      pronta per i controlli.""",
      ["KZ", "UZ", "AL", "RS"], technologies=("aerospace", "earth-observation")),
    d("eo-r", "org-akimat-almaty-zem", "KZ-75", "TR", "ru",
      "Самовольные постройки в пригородах растут быстрее, чем мы успеваем проверять",
      """Земельная инспекция города не успевает объезжать пригородные посёлки, где каждый месяц
      появляются незаконные дома и пристройки. Ищем способ находить изменения на территории
      дистанционно и направлять инспекторов точно по адресам.""",
      sectors=("O84.13",)),
    d("wheel-o", "org-kosmo-privod", "RU-MOW", "TO", "ru",
      "Маховики и магнитометры для малых спутников",
      """Производим маховики, магнитные катушки и магнитометры для ориентации кубсатов и
      микроспутников массой до 50 кг. Есть лётная история на 14 аппаратах.""",
      ["IT", "KZ", "IN", "BR"], technologies=("aerospace", "space-technology")),
    d("wheel-r", "org-uni-torino-space", "IT-21", "TR", "it",
      "Il nostro CubeSat universitario deve puntare la fotocamera con precisione",
      """Il team di studenti del politecnico sta costruendo un satellite 6U per osservare le
      Alpi. Ci mancano i componenti per controllare l'assetto e orientare la fotocamera a
      terra. Cerchiamo un fornitore con esperienza di volo.""",
      sectors=("P85.42",)),
    d("powerline-o", "org-dron-inspekt", "KZ-71", "TO", "en",
      "Drone inspection of power lines",
      """Our drones fly along high-voltage lines with thermal and zoom cameras; software finds
      damaged insulators, hot joints and vegetation too close to wires, and reports each defect
      with coordinates.""",
      ["IT", "KZ", "UZ", "GE"], technologies=("aerospace", "drones")),
    d("powerline-r", "org-rete-elettrica-sud", "IT-78", "TR", "it",
      "Ispezionare 8.000 km di linee elettriche in montagna",
      """La nostra società di distribuzione ha migliaia di chilometri di linee in zone impervie,
      controllate a piedi o con l'elicottero. I guasti per alberi e isolatori rotti sono
      frequenti. Cerchiamo un metodo più rapido ed economico di controllo.""",
      sectors=("D35.13",)),
    d("mro-o", "org-aviaremont", "RU-ULY", "BO", "ru",
      "Техническое обслуживание региональных самолётов",
      """Сертифицированная организация по ТО выполняет формы периодического обслуживания,
      ремонт планера и двигателей региональных турбовинтовых самолётов. Свой ангар на три
      борта.""",
      ["KZ", "UZ", "KG", "AM"], sectors=("C33.16",)),
    d("mro-r", "org-steppe-airways", "KZ-75", "BR", "en",
      "Regional airline looking for a maintenance partner",
      """We fly six turboprop aircraft on domestic routes, and heavy checks abroad keep our
      planes grounded for weeks. We want a maintenance organisation closer to home with hangar
      slots for our fleet.""",
      sectors=("H51.10",)),
    d("composite-o", "org-compositi-aero", "IT-72", "TO", "it",
      "Pannelli in composito per interni di aerei",
      """Progettiamo e produciamo pannelli sandwich, cappelliere e rivestimenti in fibra di
      carbonio e vetro per cabine di aerei, certificati per la resistenza al fuoco.""",
      ["RU", "TR", "BR"], sectors=("C30.30", "C22.29"), technologies=("aerospace", "composites")),
    d("composite-r", "org-aerosalon", "RU-TA", "TR", "ru",
      "Нужно облегчить интерьер салона самолёта",
      """Мы переоборудуем салоны региональных самолётов. Алюминиевые панели и багажные полки
      слишком тяжёлые, авиакомпании просят снизить массу. Ищем производителя лёгких панелей,
      прошедших испытания на пожаробезопасность.""",
      sectors=("C33.16",)),
    d("do178-o", "org-certif-avionique", "FR-OCC", "BO", "fr",
      "Accompagnement à la certification des logiciels avioniques",
      """Nos ingénieurs accompagnent les équipementiers dans la certification DO-178C et DO-254:
      plans, exigences, traçabilité, vérification et dossiers pour les autorités.""",
      sectors=("M71.12",), technologies=("aerospace", "avionics")),
    d("do178-r", "org-avionix-start", "RU-SPE", "BR", "fr",
      "Notre calculateur de vol doit passer la certification",
      """Notre jeune entreprise a développé un calculateur de gestion de vol pour avions légers.
      Nous n'avons aucune expérience des normes logicielles aéronautiques et l'autorité demande
      un dossier complet. Nous cherchons des experts.""",
      sectors=("C26.51",)),
    d("bird-o", "org-radar-aves", "ES-MD", "TO", "es",
      "Radar de aves para aeropuertos",
      """Nuestro radar detecta bandadas de aves alrededor del aeropuerto en tiempo real, predice
      su trayectoria y avisa a la torre para reducir los impactos con aviones.""",
      ["KZ", "MA", "IT", "PT"]),
    d("bird-r", "org-aeroport-aktau", "KZ-47", "TR", "ru",
      "Столкновения самолётов с птицами у моря",
      """Наш аэропорт на берегу моря находится на пути миграции птиц. За год было 14
      столкновений, один двигатель пришлось менять. Нынешние методы отпугивания не помогают,
      нужно вовремя видеть стаи.""",
      sectors=("H52.23",)),
    d("satiot-o", "org-orbital-link", "GB-SCT", "TO", "en",
      "Satellite IoT connectivity for remote assets",
      """Our nanosatellite constellation collects readings from low-power sensors anywhere on
      Earth, without mobile coverage: tank levels, pipeline pressure, animal trackers.""",
      technologies=("aerospace", "space-technology", "iot")),
    d("satiot-r", "org-neftetrans-sever", "RU-KO", "TR", "ru",
      "Данные с датчиков на трубопроводе в тундре не доходят",
      """Наш трубопровод проходит сотни километров по тундре, где нет сотовой связи. Датчики
      давления и коррозии приходится считывать вертолётными облётами. Нужна связь для датчиков
      без наземной инфраструктуры.""",
      sectors=("H49.50",)),
    d("sim-o", "org-flugsimulator", "DE-BY", "TO", "de",
      "Flugsimulatoren für Flugschulen",
      """Wir bauen zertifizierte Flugsimulatoren für die Pilotenausbildung, von Einmotorigen bis
      zu Turboprops, mit Bewegungsplattform und Lehrerstation.""",
      ["UZ", "KZ", "AZ", "IN"], sectors=("C30.30",)),
    d("sim-r", "org-aviashkola-tashkent", "UZ-TK", "TR", "ru",
      "Курсантам не хватает тренажёров для подготовки пилотов",
      """Лётная школа готовит 120 курсантов в год и имеет один устаревший тренажёр. Учебные
      полёты на самолётах дороги и зависят от погоды. Ищем современные сертифицированные
      тренажёры.""",
      sectors=("P85.53",)),
    d("reentry-o", "org-cira-materials", "IT-72", "RC", "en",
      "Thermal protection materials for re-entry: joint plasma tests",
      """Our research centre develops ceramic and ablative materials for capsules re-entering the
      atmosphere and runs a plasma wind tunnel. We seek a partner lab with complementary
      modelling of aerothermal loads.""",
      sectors=("M72.19",), technologies=("aerospace", "materials")),
    d("reentry-r", "org-tsniimash-lab", "RU-MOS", "RC", "ru",
      "Совместные испытания теплозащиты спускаемых аппаратов",
      """Наша лаборатория моделирует тепловые потоки при входе аппаратов в атмосферу и ищет
      партнёра с установкой для испытаний образцов теплозащитных материалов в потоке
      плазмы.""",
      sectors=("M72.19",), technologies=("aerospace", "materials")),
)

niche.add(
    d("eo-o2", "org-geosat-analytics", "DE-BE", "TO", "en",
      "Change detection from satellite images for municipalities",
      """We compare satellite images over time and map new buildings and land-use changes for
      city planning and land inspection offices.""",
      technologies=("aerospace", "earth-observation"), role="same-kind"),
    d("mro-excluded", "org-avio-maintenance", "IT-25", "BO", "it",
      "Manutenzione di aerei turboelica",
      """Eseguiamo manutenzione e revisione di aerei turboelica regionali. Lavoriamo solo con
      compagnie dell'Unione europea.""",
      ["IT", "FR", "DE", "ES", "GR"], sectors=("C33.16",), role="excluded-target"),
    d("bird-same-org", "org-aeroport-aktau", "KZ-47", "TO", "ru",
      "Предлагаем другим аэропортам нашу методику орнитологического контроля",
      """Служба аэропорта делится методикой отпугивания птиц и обучением персонала.""",
      role="same-organisation"),
    d("parachute-r", "org-desant-sport", "RU-RYA", "TR", "ru",
      "Ищем производителя систем автоматического раскрытия парашюта",
      """Наш парашютный клуб ищет надёжные страхующие приборы для учебных куполов.""",
      sectors=("N77.21",), role="unanswered"),
    d("spaceport-o", "org-launch-services", "GB-SCT", "BO", "en",
      "Launch services for small satellites",
      """We sell rideshare places on small launch vehicles for satellites up to 150 kg, with
      integration and licensing.""",
      technologies=("aerospace", "space-technology"), role="unanswered"),
    d("launch-marketing", "org-lancio-brand", "IT-25", "BO", "en",
      "Product launch campaigns for consumer brands",
      """Our agency plans the launch of new products: events, influencers and press, from the
      countdown to the first month on shelves.""",
      sectors=("M73.11",), technologies=("digital-marketing",), role="two-meanings"),
    d("satellite-tv", "org-sputnik-tv", "KZ-75", "BO", "ru",
      "Спутниковое телевидение: установка антенн для гостиниц",
      """Устанавливаем спутниковые антенны и ресиверы в гостиницах и жилых комплексах,
      подключаем пакеты каналов.""",
      sectors=("J61.30",), technologies=(), role="two-meanings"),
)

for need in ("eo", "wheel", "powerline", "mro", "composite", "do178", "bird", "satiot", "sim",
             "reentry"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("eo-o2", "eo-r")

niche.add(
    d("icing-o", "org-antighiaccio-aero", "IT-21", "TO", "it",
      "Sistemi antighiaccio elettrotermici per ali di droni",
      """Sviluppiamo rivestimenti riscaldanti leggeri che impediscono la formazione di ghiaccio
      sulle ali e sulle eliche di droni e piccoli aerei.""",
      role="unanswered"),
    d("pilot-project", "org-pilota-scuole", "IT-62", "BO", "en",
      "Pilot project in digital schools",
      """Our foundation funds a pilot project that brings tablets and coding classes to rural
      schools, and looks for partners to replicate the pilot.""",
      sectors=("P85.20",), technologies=("edtech",), role="two-meanings"),
)

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("site-mapping", "org-drone-cantieri", "IT-25", "TO", "ru",
      "Съёмка строительных площадок с дронов для застройщиков",
      """Снимаем строительные площадки с дронов каждую неделю и строим 3D-модели, чтобы
      застройщик видел объёмы работ и сравнивал их с проектом.""",
      technologies=("aerospace", "drones"), role="near-miss"),
    d("spares-o", "org-aero-spares", "DE-HH", "BO", "en",
      "Spare parts for turboprop aircraft",
      """We stock and trade certified spare parts, landing gear and propellers for regional
      turboprop aircraft, with 24-hour shipping worldwide.""",
      sectors=("G46.69",), role="near-miss"),
)
