"""Blind split, tourism and hospitality technology: sibling needs sharing "guests", "hotel",
"booking", "visitors"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("tourism", "sibling", ("I55.10", "N79.11"), ("tourism-tech",))

niche.add(
    d("channel-o", "org-zimmerkanal", "DE-BY", "TO", "de",
      "Channel-Manager: Zimmerpreise und Verfügbarkeit auf allen Buchungsportalen synchron",
      """Unser Channel-Manager verbindet das Hotelprogramm mit über 200 Buchungsportalen. Jede
      Buchung, Stornierung und Preisänderung wird in Sekunden an alle Kanäle weitergegeben, so
      dass kein Zimmer doppelt verkauft wird. Oberfläche auf Deutsch, Englisch und
      Russisch.""",
      ["RU", "KZ", "GE", "AM", "DE", "AT"]),
    d("channel-r", "org-gostinica-altai-resort", "RU-AL", "TR", "ru",
      "Один и тот же номер продаём дважды, потому что ведём пять сайтов вручную",
      """Наша гостиница на 80 номеров продаёт номера через пять сайтов бронирования и свой
      телефон. Администратор переносит брони из одного кабинета в другой, и в сезон мы
      регулярно заселяем двух гостей в один номер. Нужна автоматическая синхронизация
      наличия мест.""",
      sectors=("I55.10",)),
    d("channel-o2", "org-roomsync-cloud", "IE-D", "TO", "en",
      "Channel manager that keeps rates and availability in sync across booking sites",
      """Our cloud channel manager pushes every booking, cancellation and rate change from the
      hotel system to all connected booking sites instantly to prevent overbookings.""",
      role="same-kind"),
    d("keyless-o", "org-bez-klyucha", "RU-SPE", "TO", "ru",
      "Онлайн-регистрация и цифровой ключ для гостиниц без круглосуточного ресепшн",
      """Гость заполняет анкету и загружает документ до приезда, оплачивает проживание и
      получает ключ от номера в телефон. Замки ставятся на существующие двери без проводки.
      Подходит для мини-отелей и апартаментов в Европе и Азии.""",
      ["DE", "AT", "CH", "RU", "GE"], technologies=("tourism-tech", "iot")),
    d("keyless-r", "org-landhotel-mosel", "DE-RP", "TR", "de",
      "Späte Gäste stehen vor verschlossener Tür, weil wir keinen Nachtportier haben",
      """Unser Landhotel hat 18 Zimmer und wird von der Familie geführt. Nach 21 Uhr ist niemand
      an der Rezeption, und Gäste, die spät anreisen, müssen uns anrufen und warten. Wir
      suchen eine Lösung, damit Gäste jederzeit selbst einchecken und ins Zimmer kommen.""",
      sectors=("I55.10",)),
    d("pricing-o", "org-ratepilot", "GB-LND", "TO", "en",
      "Automated dynamic pricing for independent hotels",
      """Our revenue management system watches demand, competitor rates, events and booking
      pace and sets the price of every room type for every night of the next year, several
      times a day. Independent hotels gain 10-20% revenue per room.""",
      ["IT", "ES", "GR", "PT", "GB"], technologies=("tourism-tech", "machine-learning")),
    d("pricing-r", "org-hotel-riviera-cesenatico", "IT-45", "TR", "it",
      "Pieni ad agosto a prezzi bassi, vuoti a novembre: i prezzi li decidiamo a occhio",
      """Gestiamo tre hotel sulla Riviera romagnola. I prezzi delle camere li fissiamo a inizio
      stagione sul listino dell'anno prima. In alta stagione finiamo le camere mesi prima e
      scopriamo che i concorrenti vendevano al doppio; in bassa stagione restiamo vuoti.""",
      sectors=("I55.10",)),
    d("audioguide-o", "org-audioguida-borghi", "IT-55", "TO", "it",
      "Audioguide multilingue sullo smartphone per musei e borghi",
      """Il visitatore inquadra un codice QR e ascolta racconti registrati da attori in dodici
      lingue, con mappa e percorsi, senza scaricare app. Realizziamo testi, traduzioni e
      registrazioni per musei, siti archeologici e centri storici.""",
      technologies=("tourism-tech", "mobile-apps")),
    d("audioguide-r", "org-mtskheta-heritage", "GE-MM", "TR", "en",
      "Foreign visitors leave our heritage site after ten minutes",
      """Our monastery complex and old town receive 300,000 visitors a year, more and more from
      abroad. Signs are only in Georgian, there are few guides who speak other languages, and
      people walk around without understanding what they see. We want to tell our story to
      every visitor in their language.""",
      sectors=("R91.03",)),
    d("beach-o", "org-spiaggia-digitale", "IT-57", "TO", "it",
      "Software per stabilimenti balneari: prenotazione di ombrelloni e lettini",
      """I clienti scelgono la fila e il posto sulla mappa della spiaggia, prenotano e pagano
      dall'app; il gestore vede l'occupazione in tempo reale e vende i posti liberi della
      giornata. Lavoriamo con 900 stabilimenti.""",
      ["RU", "KZ", "IT", "HR", "GR"]),
    d("beach-r", "org-plyazh-zolotoi-bereg", "RU-KDA", "TR", "ru",
      "Отдыхающие с утра занимают лежаки полотенцами, и на пляже конфликты",
      """Наш пляжный комплекс в Анапе сдаёт 1500 лежаков и зонтов. Люди приходят в шесть утра,
      раскладывают полотенца и уходят, остальные ругаются с персоналом. Хотим, чтобы место
      можно было заранее выбрать и оплатить.""",
      sectors=("R93.29",)),
    d("chatbot-o", "org-guestchat-ai", "NL-NH", "TO", "en",
      "AI guest messaging that answers questions in 30 languages",
      """Our assistant answers guests on messaging apps, the website and text messages around the
      clock: parking, breakfast times, late check-out, transfers. It hands over to staff when
      needed and upsells services.""",
      technologies=("tourism-tech", "nlp")),
    d("chatbot-r", "org-sanatorii-kavminvody", "RU-STA", "TR", "ru",
      "Администраторы целый день отвечают гостям на одни и те же вопросы",
      """Наш санаторий принимает 600 гостей. В мессенджерах и по телефону постоянно спрашивают
      про трансфер, процедуры, расписание столовой и парковку. Администраторы не успевают
      заниматься заселением, гости ждут ответа часами.""",
      sectors=("I55.10",)),
    d("chatbot-same-org", "org-sanatorii-kavminvody", "RU-STA", "TO", "ru",
      "Предлагаем санаториям нашу базу готовых ответов для гостей",
      """Мы собрали и структурировали ответы на частые вопросы гостей санатория и готовы
      передать эту базу и шаблоны другим здравницам.""",
      role="same-organisation"),
    d("reviews-o", "org-avis-reputation", "FR-OCC", "TO", "fr",
      "Gestion des avis clients et de la réputation en ligne des hôtels",
      """Notre outil rassemble les avis laissés sur les cartes, les sites de réservation et les
      réseaux sociaux, propose des réponses rédigées, signale les sujets qui reviennent et
      invite les clients satisfaits à laisser un avis.""",
      ["RU", "KZ", "FR", "BE", "MA"]),
    d("reviews-r", "org-baza-otdykha-seliger", "RU-TVE", "TR", "ru",
      "Плохие отзывы на картах отпугивают гостей, а отвечать на них некому",
      """У нашей базы отдыха на озере сотни отзывов на картах и сайтах бронирования. Несколько
      злых отзывов висят наверху, мы узнаём о них через месяцы и не успеваем отвечать.
      Довольные гости отзывы не пишут. Хотим управлять тем, что о нас читают.""",
      sectors=("I55.20",)),
    d("destcard-o", "org-gaestekarte-alpin", "DE-BY", "TO", "de",
      "Digitale Gästekarte mit Nahverkehr, Museen und Bergbahnen",
      """Gäste bekommen bei der Anmeldung im Hotel eine digitale Karte aufs Handy, die Bus, Bahn,
      Museen und Bergbahnen der Region einschließt. Abrechnung mit den Partnern automatisch,
      Statistik für den Tourismusverband.""",
      ["IT", "DE", "AT", "CH"]),
    d("destcard-r", "org-consorzio-turistico-garda", "IT-34", "TR", "it",
      "Vogliamo una carta per i turisti con trasporti e musei inclusi",
      """Il nostro consorzio riunisce 300 alberghi e i comuni del lago. Vorremmo offrire agli
      ospiti una tessera che dia accesso a battelli, autobus e musei, come nelle località
      austriache, ma i sistemi dei diversi enti non dialogano.""",
      sectors=("N79.90",)),
    d("destcard-excluded", "org-gastkarte-tirol", "AT-7", "TO", "de",
      "Gästekarte für Urlaubsregionen",
      """Wir entwickeln digitale Gästekarten mit Mobilität und Freizeitangeboten für
      Tourismusregionen, ausschließlich in Österreich und der Schweiz.""",
      ["AT", "CH"], role="excluded-target"),
    d("capacity-o", "org-aforo-natural", "ES-CN", "TO", "es",
      "Control de aforo y reservas para espacios naturales",
      """Nuestra plataforma limita el número de visitantes por franja horaria en parques, playas
      y senderos, vende o regala las entradas en línea y las valida en el acceso con el móvil,
      con estadísticas para el gestor.""",
      technologies=("tourism-tech", "smart-city")),
    d("capacity-r", "org-parco-cinque-terre-mare", "IT-42", "TR", "it",
      "Il sentiero costiero è troppo affollato: vogliamo il numero chiuso",
      """In estate sul nostro sentiero a picco sul mare passano 20.000 persone al giorno, con
      code, incidenti e danni. Il parco ha deciso di limitare gli ingressi con prenotazione,
      ma non ha gli strumenti per vendere e controllare i biglietti.""",
      sectors=("O84.13",)),
    d("housekeep-o", "org-gornichnaya-online", "RU-SVE", "TO", "ru",
      "Приложение для управления уборкой номеров в гостиницах",
      """Как только гость выехал, горничная видит номер в своём телефоне, отмечает уборку и
      неисправности, а администратор сразу знает, какие номера готовы к заселению. Работает с
      популярными гостиничными программами.""",
      technologies=("tourism-tech", "mobile-apps")),
    d("housekeep-r", "org-otel-na-neve", "RU-SPE", "TR", "ru",
      "Гости ждут заселения, потому что никто не знает, какие номера уже убраны",
      """В нашем отеле 220 номеров. Горничные получают задания на бумаге и сообщают о готовности
      по рации, старшая бегает по этажам. Днём у стойки очередь гостей, хотя половина номеров
      уже чистая.""",
      sectors=("I55.10",)),
    d("skipass-o", "org-skipass-online", "IT-32", "TO", "it",
      "Vendita online di skipass con tessere ricaricabili",
      """Lo sciatore compra o ricarica lo skipass sul sito o sull'app e va direttamente ai
      tornelli: la tessera RFID si ricarica senza passare in biglietteria. Prezzi dinamici
      per giorno e canale.""",
      ["ES", "AD", "IT", "FR"]),
    d("skipass-r", "org-estacion-pirineo", "ES-AR", "TR", "es",
      "Colas de una hora en las taquillas de la estación de esquí",
      """Nuestra estación del Pirineo recibe 8.000 esquiadores los sábados y todos pasan por
      las taquillas a primera hora. Las colas llegan a una hora y muchos clientes se van a
      otras estaciones. Buscamos una forma de que compren o recarguen el forfait de los
      remontes desde casa y pasen directamente a los tornos.""",
      sectors=("R93.11",)),
)

for need in ("channel", "keyless", "pricing", "audioguide", "beach", "chatbot", "reviews",
             "destcard", "capacity", "housekeep", "skipass"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("channel-o2", "channel-r")

niche.add(
    d("laundry-o", "org-hotel-linen-service", "GB-MAN", "BO", "en",
      "Hotel laundry and linen rental",
      """We rent and wash bed linen and towels for hotels, with daily collection and delivery
      and stock tracking.""",
      sectors=("S96.01",), role="unanswered"),
    d("accessible-r", "org-rollstuhl-reisen", "DE-HH", "TR", "de",
      "Verlässliche Informationen über barrierefreie Unterkünfte fehlen",
      """Wir organisieren Reisen für Rollstuhlfahrer und brauchen geprüfte Angaben zu Türen,
      Bädern und Aufzügen von Hotels in ganz Europa.""",
      sectors=("N79.12",), role="unanswered"),
    d("booking-site", "org-sait-gostinicy", "RU-NVS", "TO", "ru",
      "Создание сайта гостиницы с модулем бронирования",
      """Делаем сайты для гостиниц и баз отдыха с модулем онлайн-бронирования и оплаты, чтобы
      гости бронировали напрямую, без комиссии.""",
      role="near-miss"),
    d("social-hotel", "org-social-hotel-marketing", "IT-62", "TO", "it",
      "Campagne sui social per hotel",
      """Curiamo profili social e campagne pubblicitarie per hotel e agriturismi, con foto,
      video e promozioni stagionali per riempire le camere.""",
      technologies=("digital-marketing",), role="near-miss"),
    d("shuttle-park", "org-navette-elettriche", "IT-42", "TO", "it",
      "Navette elettriche per parchi e località turistiche",
      """Noleggiamo e gestiamo navette elettriche che collegano parcheggi, paesi e sentieri
      nelle aree protette, per ridurre il traffico dei turisti.""",
      technologies=("electric-vehicles",), role="near-miss"),
    d("music-booking", "org-bandbooker", "GB-LND", "BO", "en",
      "Booking agency for bands and DJs",
      """Our booking agency books bands, DJs and tribute acts for festivals, clubs and private
      events, handling contracts and travel.""",
      sectors=("R90.01",), technologies=(), role="two-meanings"),
    d("insect-hotel", "org-insektenhotel-werkstatt", "DE-TH", "BO", "de",
      "Insektenhotels für Gärten, Schulen und Parks",
      """Wir bauen Insektenhotels und Nisthilfen für Wildbienen aus heimischem Holz, für
      Gartencenter, Schulen und Kommunen.""",
      sectors=("C16.29",), technologies=(), role="two-meanings"),
)
