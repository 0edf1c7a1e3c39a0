"""Dev split, logistics: ten sibling needs sharing "cargo", "delivery", "warehouse", "terminal"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("logistics", "sibling", ("H52.29", "H49.41"), ("logistics",))

niche.add(
    d("cold-o", "org-frigotrack", "IT-34", "TO", "it",
      "Registratori di temperatura per spedizioni di farmaci",
      """Produciamo sensori monouso che registrano temperatura e umidità durante il trasporto di
      farmaci e vaccini e inviano un allarme quando si esce dall'intervallo 2-8 °C. Il rapporto
      per il controllo qualità si scarica in un clic alla consegna.""",
      ["RU", "KZ", "AM"], technologies=("logistics", "iot")),
    d("cold-r", "org-pharmdistrib-sib", "RU-NVS", "TR", "ru",
      "Как доказать аптекам, что вакцины не перегрелись в дороге",
      """Наш дистрибьютор везёт лекарства и вакцины из Москвы в Сибирь фурами по пять суток.
      Аптеки и больницы всё чаще требуют подтверждения, что холодовая цепь не нарушалась, а
      обычные термометры в кузове этого не показывают. Ищем оборудование для контроля груза в
      пути.""",
      sectors=("G46.46",)),
    d("cold-excluded", "org-kuehlfracht", "DE-HH", "TO", "de",
      "Temperaturlogger für Pharmatransporte",
      """Unsere Datenlogger zeichnen die Temperatur von Arzneimitteln während des Transports auf
      und melden Abweichungen in Echtzeit an den Versender. Wir liefern nur innerhalb der
      Europäischen Union.""",
      ["DE", "FR", "IT", "ES", "PL", "AT"], technologies=("logistics", "iot"),
      role="excluded-target"),
    d("lastmile-o", "org-routevo", "RU-SPE", "TO", "ru",
      "Планирование маршрутов курьеров для доставки продуктов",
      """Наш сервис за минуту строит маршруты для сотен курьеров с учётом окон доставки,
      пробок, веса заказов и холодильных сумок. Курьер видит порядок адресов в приложении,
      покупатель — время прибытия. Средний пробег сокращается на 18%."""),
    d("lastmile-r", "org-spesa-a-casa", "IT-62", "TR", "it",
      "I nostri fattorini fanno troppi chilometri",
      """Consegniamo la spesa online a Roma con 120 furgoni e ogni mattina un impiegato assegna
      gli ordini a mano. I clienti si lamentano di ritardi e i costi del carburante crescono.
      Cerchiamo un sistema che decida chi porta cosa e in che ordine, rispettando le fasce orarie
      scelte dai clienti.""",
      sectors=("G47.91",)),
    d("customs-o", "org-tamozhnya-expert", "KZ-75", "BO", "ru",
      "Таможенное оформление грузов из ЕС в Казахстан и Центральную Азию",
      """Лицензированный таможенный представитель: классифицируем товары, готовим декларации и
      сертификаты, сопровождаем растаможку оборудования и запчастей на границе и в Алматы. Берём
      на себя переписку с органами и расчёт платежей.""",
      sectors=("H52.29", "M69.10")),
    d("customs-r", "org-macchine-brescia", "IT-25", "BR", "en",
      "Our machines get stuck at the Kazakh border",
      """We export packaging machines to Central Asia, and every shipment waits weeks at the
      border because documents or product codes are questioned. We are looking for a local
      partner who knows the procedures and takes care of the paperwork for our customers.""",
      sectors=("C28.29",)),
    d("wms-o", "org-magazzino-smart", "IT-45", "TO", "it",
      "Software WMS per operatori logistici conto terzi",
      """Il nostro sistema di gestione del magazzino segue ogni collo dall'arrivo alla spedizione,
      con radiofrequenza, ondate di prelievo e fatturazione per cliente. Nato per la logistica
      conto terzi, gestisce più committenti nello stesso deposito.""",
      technologies=("logistics", "business-process-management")),
    d("wms-r", "org-skladservis", "RU-MOS", "TR", "ru",
      "Склад на 40 000 паллет работает на таблицах",
      """Мы оказываем услуги ответственного хранения для двенадцати клиентов на складе класса А в
      Подмосковье. Приёмка, адресное хранение и сборка заказов ведутся в таблицах и на бумаге,
      ошибки отгрузки дорого обходятся. Нужна система, которая разделит учёт по клиентам и
      будет выставлять им счета.""",
      sectors=("H52.10",)),
    d("wms-o2", "org-lagerlogik", "DE-NW", "TO", "en",
      "Multi-client warehouse management system",
      """Our warehouse management software runs third-party logistics sites with many clients
      under one roof: goods receipt, bin locations, pick waves with handheld scanners and
      per-client billing. Available in Russian and English.""",
      technologies=("logistics", "business-process-management"), role="same-kind"),
    d("rail-o", "org-steppe-rail", "KZ-71", "BO", "en",
      "Groupage rail freight China-Europe through Kazakhstan",
      """We consolidate part loads into weekly container trains between Xi'an, Almaty and
      Central Europe; transit takes 16 days, half the time of sea freight at a fraction of the
      air price. We look for European exporters and importers who ship a few pallets at a
      time.""",
      ["IT", "DE", "PL", "FR", "ES"], sectors=("H49.20", "H52.29")),
    d("rail-r", "org-mobili-livenza", "IT-34", "BR", "it",
      "Spedire pochi bancali di mobili in Asia senza aspettare la nave",
      """Esportiamo arredamento in Cina e Asia centrale, ma i nostri ordini sono di pochi bancali:
      il container via mare impiega due mesi e l'aereo costa troppo. Cerchiamo uno spedizioniere
      che raggruppi la merce e offra un tempo di resa intermedio.""",
      sectors=("C31.09",)),
    d("gate-o", "org-portvision", "RU-KGD", "TO", "ru",
      "Автоматизация въездных ворот контейнерного терминала",
      """Наши камеры и программное обеспечение распознают номера контейнеров, пломбы и номера
      тягачей на въезде в порт за 4 секунды, сверяют их с заявкой и открывают шлагбаум. Проверка
      повреждений контейнера фиксируется на фото.""",
      technologies=("logistics", "ai")),
    d("gate-r", "org-porto-adriatico", "IT-57", "TR", "it",
      "Code di camion all'ingresso del terminal container",
      """Il nostro terminal movimenta 600.000 container l'anno e all'ingresso i camion aspettano
      fino a due ore perché gli addetti controllano a mano sigle, sigilli e documenti. Cerchiamo
      una tecnologia che renda i varchi automatici e documenti lo stato dei container.""",
      sectors=("H52.22",)),
    d("fleet-o", "org-telematix-baltic", "RU-SPE", "TO", "en",
      "Fleet telematics that cut truck fuel use",
      """Our on-board units read fuel level, engine data and driving style from trucks of any
      brand and show the fleet manager where fuel is lost: idling, detours, drain theft. Customers
      save 8-12% on diesel in the first year.""",
      technologies=("logistics", "iot")),
    d("fleet-r", "org-transalpi", "IT-21", "TR", "en",
      "Diesel is eating our margins",
      """We are a haulier with 250 trucks on Italy-Germany routes. Fuel is our largest cost and
      we suspect theft and bad driving habits, but we have no data to prove it. We need devices
      and software that show consumption truck by truck and driver by driver.""",
      sectors=("H49.41",)),
    d("returns-o", "org-retourpro", "FR-IDF", "TO", "fr",
      "Gestion des retours pour le commerce en ligne",
      """Notre plateforme gère les retours des clients des boutiques en ligne: étiquette de
      retour, point de dépôt, contrôle à l'entrepôt, remise en stock ou revente, et remboursement
      automatique. Les marchands suivent le coût de chaque retour.""",
      technologies=("logistics", "business-process-management")),
    d("returns-r", "org-obuv-online", "RU-MOW", "TR", "ru",
      "Треть заказов обуви возвращается, и мы теряем на этом деньги",
      """Интернет-магазин обуви получает обратно около трети заказов: товар долго едет назад,
      лежит непроверенным и не возвращается в продажу. Покупатели жалуются на долгий возврат
      денег. Ищем систему, которая наведёт порядок в обратном потоке.""",
      sectors=("G47.91",)),
    d("heavy-o", "org-trasporti-eccezionali", "IT-75", "BO", "it",
      "Trasporti eccezionali di impianti industriali",
      """Trasportiamo macchinari, trasformatori e componenti di impianti fino a 400 tonnellate,
      con rimorchi modulari, scorte tecniche, permessi e studio del percorso. Organizziamo anche
      l'imbarco su nave nei porti pugliesi.""",
      ["KZ", "UZ", "AZ", "RU"], sectors=("H49.41",)),
    d("heavy-r", "org-energomash-volga", "RU-SAM", "BR", "ru",
      "Доставка негабаритной турбины из Италии",
      """Мы закупили в Италии газовую турбину и генератор весом 180 тонн для новой станции. Нужен
      перевозчик, который возьмёт на себя маршрут от завода до порта, морскую часть и разрешения
      на перевозку тяжеловесного груза.""",
      sectors=("D35.11",)),
    d("loads-o", "org-gruzobirzha", "KZ-75", "TO", "ru",
      "Онлайн-биржа грузов и свободных машин",
      """На нашей бирже грузовладельцы публикуют заявки, а перевозчики находят попутный груз и
      не едут обратно пустыми. Рейтинги, проверка перевозчиков и электронные документы внутри.
      Работаем в Казахстане и соседних странах."""),
    d("loads-r", "org-karavan-avto", "KZ-79", "TR", "ru",
      "Наши фуры возвращаются из России пустыми",
      """Небольшая транспортная компания из Шымкента: 35 тягачей возят овощи в Россию, но
      обратно почти всегда едут без груза. Диспетчер ищет грузы по телефону и знакомым. Нужен
      способ быстро находить обратную загрузку.""",
      sectors=("H49.41",)),
    d("loads-same-org", "org-karavan-avto", "KZ-79", "TO", "ru",
      "Предлагаем перевозчикам нашу программу диспетчеризации рейсов",
      """Мы написали для себя программу, в которой диспетчер планирует рейсы, водителей и
      загрузку фур. Готовы предложить её другим перевозчикам.""",
      role="same-organisation"),
    d("pipeline-data", "org-datafluss", "DE-BE", "TO", "de",
      "Daten-Pipelines für Analyseteams",
      """Wir bauen und betreiben Datenpipelines, die Rohdaten aus ERP, Webshop und CRM täglich
      in ein Data Warehouse laden und bereinigen. Transport, Lieferung und Monitoring der Daten
      laufen automatisch.""",
      sectors=("J62.02",), technologies=("big-data",), role="two-meanings"),
)

for need in ("cold", "lastmile", "customs", "wms", "rail", "gate", "fleet", "returns", "heavy",
             "loads"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("wms-o2", "wms-r")

niche.add(
    d("lastmile-r2", "org-comida-rapida-madrid", "ES-MD", "TR", "es",
      "Nuestros repartidores llegan tarde y recorren demasiados kilómetros",
      """Repartimos pedidos de supermercado en Madrid con 60 furgonetas y las rutas se preparan a
      mano cada mañana. Buscamos un sistema que asigne los pedidos y ordene las paradas respetando
      las franjas horarias de los clientes.""",
      sectors=("G47.91",), role="same-kind"),
    d("drone-o", "org-volo-campioni", "IT-52", "TO", "it",
      "Consegna con droni di campioni biologici tra ospedali",
      """I nostri droni trasportano provette e sacche di sangue tra ospedali e laboratori in
      contenitori refrigerati, evitando il traffico cittadino.""",
      technologies=("logistics", "drones"), role="unanswered"),
    d("pallet-r", "org-getraenke-sued", "DE-BY", "TR", "de",
      "Unsere Mehrwegpaletten verschwinden beim Kunden",
      """Als Getränkehersteller verlieren wir jedes Jahr tausende Paletten und Kisten bei Händlern.
      Wir suchen eine Lösung, um Ladungsträger zu verfolgen und Rückgaben abzurechnen.""",
      sectors=("C11.07",), role="unanswered"),
    d("crossdock-r", "org-salumi-export", "IT-45", "BR", "it",
      "Magazzino di transito vicino a Mosca per i nostri salumi",
      """Esportiamo salumi in Russia e ci serve un operatore con magazzino refrigerato vicino a
      Mosca che riceva i camion, sdogani e smisti la merce verso i clienti.""",
      sectors=("C10.13",), role="unanswered"),
    d("crane-birds", "org-ptitsy-tours", "RU-AMU", "BO", "en",
      "Birdwatching tours to see cranes in the Amur region",
      """We guide small groups to watch the spring migration of red-crowned and hooded cranes in
      the wetlands of the Amur region, with naturalist guides and eco-lodges.""",
      sectors=("N79.90",), technologies=(), role="two-meanings"),
)
niche.pair("lastmile-o", "lastmile-r2")

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("reefer-o", "org-reefer-watch", "DE-HB", "TO", "en",
      "Monitoring of refrigerated containers in terminals",
      """Our modems on reefer containers report temperature, power and alarms to the terminal
      control room, so that staff no longer walk the reefer stacks to check each unit.""",
      technologies=("logistics", "iot"), role="near-miss"),
    d("tacho-o", "org-tachograf", "PL-30", "TO", "it",
      "Scarico remoto dei tachigrafi e controllo dei tempi di guida",
      """Scarichiamo a distanza i dati dei tachigrafi digitali e dei conducenti e segnaliamo le
      infrazioni ai tempi di guida e di riposo prima dei controlli su strada.""",
      technologies=("logistics", "iot"), role="near-miss"),
    d("crane-rental", "org-gru-sollevamenti", "IT-75", "BO", "ru",
      "Аренда автокранов грузоподъёмностью до 500 тонн",
      """Сдаём в аренду автокраны и гусеничные краны с операторами для монтажа тяжёлого
      оборудования на площадке заказчика.""",
      ["RU", "KZ"], sectors=("N77.32",), role="near-miss"),
)

# More German-Russian and English-Italian pairs (added for the per-language-pair check).
niche.add(
    d("slot-o", "org-rampenplan", "DE-NI", "TO", "de",
      "Zeitfenstermanagement für Laderampen in Verteilzentren",
      """Spediteure buchen über unser Portal ein Zeitfenster an der Rampe, das Lager plant
      Personal und Tore danach, und der Fahrer wird per SMS zum freien Tor gerufen. Wartezeiten
      vor dem Lager sinken so um zwei Drittel. Wir suchen Handelsketten und Logistiker in
      Osteuropa.""",
      ["RU", "KZ", "PL"]),
    d("slot-r", "org-raspredcentr-yug", "RU-ROS", "TR", "ru",
      "Очереди фур у нашего распределительного центра",
      """Каждое утро у ворот нашего склада под Ростовом стоят по тридцать грузовиков, водители
      ждут выгрузки по пять часов, а днём кладовщики простаивают. Хотим, чтобы перевозчики
      заранее договаривались о времени приезда, а склад знал, когда и сколько машин будет.""",
      sectors=("H52.10",)),
    d("audit-o", "org-freightcheck", "GB-MAN", "TO", "en",
      "Automatic audit of carrier invoices against agreed rates",
      """Our software reads every invoice from couriers and hauliers, compares each line with
      the contracted tariffs, fuel surcharges and delivered weights, and flags overcharges before
      payment. Customers recover 3 to 6% of their freight spend. We seek shippers in Italy.""",
      ["IT", "ES"]),
    d("audit-r", "org-arredi-murge", "IT-75", "TR", "it",
      "Paghiamo ai corrieri più di quanto pattuito e non sappiamo quanto",
      """Spediamo ogni mese migliaia di colli di mobili con cinque corrieri diversi. Le fatture
      arrivano con supplementi, pesi e zone che non tornano con i contratti, ma nessuno in
      amministrazione ha il tempo di controllarle riga per riga.""",
      sectors=("C31.09",)),
)
niche.pair("slot-o", "slot-r")
niche.pair("audit-o", "audit-r")

# Russian offers for German requests (added for the per-language-pair check).
niche.add(
    d("yard-o", "org-dvor-kontrol", "RU-TA", "TO", "ru",
      "Управление площадкой отстоя прицепов: где стоит каждый полуприцеп",
      """Ставим на полуприцепы и контейнеры трекеры, а диспетчер видит на карте площадки, где
      стоит каждый прицеп, загружен он или пуст и сколько он уже ждёт. Водителю тягача
      приходит задание с номером места. Работаем с заводами и складами в России и Европе.""",
      ["DE", "PL", "RU", "KZ"]),
    d("yard-r", "org-karosseriewerk-saar", "DE-SL", "TR", "de",
      "Unsere Auflieger gehen auf dem Werksgelände verloren",
      """Auf unserem Werkshof stehen täglich achtzig Sattelauflieger mit Teilen und
      Leergut. Die Rangierfahrer suchen oft eine halbe Stunde nach dem richtigen Auflieger,
      und niemand weiß, welche schon entladen sind. Wir brauchen einen Überblick in Echtzeit.""",
      sectors=("C29.20",)),
)
niche.pair("yard-o", "yard-r")

# German-Russian in both directions and French-Russian (second addition).
niche.add(
    d("loadplan-o", "org-stauplan", "DE-BW", "TO", "de",
      "3D-Ladeplanung für Lkw und Container",
      """Unsere Software berechnet aus der Auftragsliste, wie Kisten, Paletten und Rollen in Lkw,
      Wechselbrücke oder Container gestaut werden, beachtet Achslasten und Stapelbarkeit und
      gibt dem Lader eine Schritt-für-Schritt-Ansicht. Wir suchen Speditionen und Verlader in
      Osteuropa.""",
      ["RU", "KZ", "PL", "CZ"]),
    d("loadplan-r", "org-mebel-export-kaluga", "RU-KLU", "TR", "ru",
      "Фуры уходят наполовину пустыми, а часть мебели приезжает повреждённой",
      """Мы отгружаем мебель в упаковке разного размера, и кладовщики грузят машины на глаз.
      В одних рейсах остаётся много пустого места, в других коробки давят друг друга. Нам нужно
      заранее знать, как уложить каждый заказ.""",
      sectors=("C31.09",)),
    d("locker-o", "org-paketbox-system", "DE-NI", "TO", "de",
      "Paketstationen für Wohnanlagen und Bürogebäude",
      """Wir liefern und betreiben Paketstationen mit beheizten Fächern, die jeder Zusteller
      nutzen kann; der Empfänger öffnet sein Fach per Code. Wohnungsunternehmen zahlen eine
      Monatsgebühr. Wir suchen Partner in Russland und Kasachstan.""",
      ["RU", "KZ", "DE"]),
    d("locker-r", "org-uk-novyi-kvartal", "RU-KDA", "TR", "ru",
      "Курьеры не застают жильцов дома, и посылки ездят туда-сюда",
      """Наша управляющая компания обслуживает жилой комплекс на 4000 квартир. Курьеры приезжают
      днём, жильцы на работе, заказы возвращают на склад или оставляют у консьержа, который
      уже не справляется. Ищем решение, чтобы жильцы забирали покупки сами в любое время.""",
      sectors=("L68.32",)),
    d("ecmr-o", "org-e-nakladnaya", "RU-SPE", "TO", "ru",
      "Электронные транспортные накладные и e-CMR",
      """Наш сервис заменяет бумажные накладные и CMR электронными документами: водитель и
      получатель подписывают их в телефоне, отправитель видит подпись сразу, а счёт выставляется
      в день доставки. Работаем с перевозчиками в ЕАЭС и ЕС.""",
      ["RU", "KZ", "DE", "PL", "BY"]),
    d("ecmr-r", "org-spedition-oderland", "DE-BB", "TR", "de",
      "Frachtbriefe aus Papier kommen Wochen später zurück oder gar nicht",
      """Unsere 120 Lkw fahren nach Polen, ins Baltikum und nach Kasachstan. Die unterschriebenen
      Frachtbriefe müssen wir einsammeln, bevor wir abrechnen dürfen; manche gehen verloren,
      und wir warten wochenlang auf unser Geld. Wir wollen ohne Papier auskommen.""",
      sectors=("H49.41",)),
    d("fulfil-o", "org-fulfilment-step", "KZ-75", "BO", "ru",
      "Фулфилмент для продавцов на маркетплейсах",
      """Принимаем товар продавца на наш склад в Алматы, храним, комплектуем и упаковываем
      заказы и отвозим их на склады маркетплейсов по их требованиям. Продавец видит остатки в
      личном кабинете. Ищем иностранных производителей, которые выходят на рынки Центральной
      Азии.""",
      sectors=("H52.10",)),
    d("fulfil-r", "org-naturkosmetik-allgaeu", "DE-BY", "BR", "de",
      "Unsere Naturkosmetik verkauft sich online in Kasachstan, aber der Versand überfordert uns",
      """Wir sind eine kleine Manufaktur und bekommen immer mehr Bestellungen über Online-
      Marktplätze in Zentralasien. Jede Plattform hat eigene Regeln für Etiketten, Verpackung
      und Anlieferung, und wir packen alles selbst. Wir brauchen jemanden vor Ort, der Lager
      und Versand übernimmt.""",
      sectors=("C20.42",)),
    d("coldlocker-o", "org-casiers-frais", "FR-HDF", "TO", "fr",
      "Consignes réfrigérées pour le retrait des courses en ligne",
      """Nos consignes automatiques à trois températures (ambiant, frais, surgelé) s'installent
      devant un magasin ou dans une gare. Le client retire ses courses commandées en ligne à
      toute heure avec un code. Nous cherchons des enseignes de distribution à l'étranger.""",
      ["RU", "KZ", "BE", "FR"]),
    d("coldlocker-r", "org-supermarket-sibir", "RU-OMS", "TR", "ru",
      "Покупатели не успевают забрать заказ продуктов до закрытия магазина",
      """Наша сеть супермаркетов собирает заказы из интернет-магазина, но выдаёт их только на
      кассе в рабочее время. Молочка и заморозка ждут на складе, многие заказы так и не
      забирают. Ищем способ выдавать продукты круглосуточно, сохраняя холод.""",
      sectors=("G47.11",)),
)
for need in ("loadplan", "locker", "ecmr", "fulfil", "coldlocker"):
    niche.pair(f"{need}-o", f"{need}-r")
