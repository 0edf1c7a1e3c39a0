"""Dev split, payments: ten sibling needs that share the words "payment", "card", "terminal"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("payments", "sibling", ("K66.19", "J62.01"), ("digital-payments",))

niche.add(
    d("pos-o", "org-cassalieve", "IT-45", "TO", "it",
      "Terminali POS Android a basso costo per piccoli negozi",
      """Progettiamo e produciamo terminali di pagamento Android compatti, con stampante integrata
      e lettore contactless, pensati per botteghe, bar ed edicole. Il terminale costa meno di 150
      euro e si configura in dieci minuti senza tecnico. Cerchiamo distributori e catene di negozi
      di prossimità all'estero.""",
      ["RU", "KZ", "UZ"], sectors=("C26.20", "K66.19")),
    d("pos-r", "org-ugolok-torg", "RU-SAM", "TR", "ru",
      "Нужны недорогие устройства для приёма карт в магазинах у дома",
      """Мы управляем сетью из 140 небольших продуктовых магазинов и павильонов в Самарской
      области. Многие точки до сих пор принимают только наличные, потому что банковское
      оборудование дорогое и сложное для продавцов. Ищем производителя простых устройств, которые
      можно поставить на прилавок и за час обучить персонал.""",
      sectors=("G47.11",)),
    d("pos-o2", "org-zahlfix", "DE-BY", "TO", "de",
      "Kompakte Kartenterminals für den kleinen Einzelhandel",
      """Wir entwickeln robuste Kartenzahlungsterminals mit Kontaktlos-Leser und Belegdrucker für
      kleine Geschäfte, Kioske und Bäckereien. Die Geräte werden per Fernwartung aktualisiert und
      brauchen keine Schulung. Wir suchen Vertriebspartner und Händlerketten in Osteuropa und
      Zentralasien.""",
      ["RU", "KZ", "UZ", "PL"], sectors=("C26.20",), role="same-kind"),
    d("pos-same-org", "org-ugolok-torg", "RU-SAM", "TO", "ru",
      "Кассовая программа для небольших магазинов с подключением платёжного терминала",
      """Для своих магазинов мы разработали кассовую программу: учёт товаров, продажи и приём
      оплаты картой через подключённый терминал. Готовы передать её другим небольшим розничным
      сетям по подписке.""",
      role="same-organisation"),
    d("ecom-o", "org-platiplus", "RU-MOW", "TO", "ru",
      "Платёжный шлюз для интернет-магазинов",
      """Наш шлюз позволяет интернет-магазину принимать оплату картами, переводами по QR и
      электронными кошельками через одну интеграцию. Есть готовые модули для популярных CMS,
      3-D Secure и рекуррентные списания для подписок. Ищем интернет-магазины и веб-студии,
      которые продают покупателям из России и Казахстана."""),
    d("ecom-r", "org-moda-bianchi", "IT-25", "TR", "it",
      "Far pagare online i clienti russi e kazaki del nostro negozio",
      """Siamo un negozio online di abbigliamento con molti ordini da Russia e Kazakistan, ma al
      checkout metà di questi clienti abbandona perché le loro carte vengono rifiutate. Ci serve
      un partner tecnico che aggiunga al nostro sito Magento i metodi di pagamento che usano a
      casa loro.""",
      sectors=("G47.91",)),
    d("ecom-excluded", "org-boutique-lyon", "FR-ARA", "TR", "fr",
      "Solution de paiement pour notre boutique en ligne",
      """Notre boutique de cosmétiques naturels vend en ligne en France et en Belgique. Nous
      cherchons une passerelle de paiement qui gère cartes, portefeuilles mobiles et abonnements,
      fournie par un prestataire établi dans l'Union européenne.""",
      ["FR", "BE", "DE", "IT", "ES"], sectors=("G47.91",), role="excluded-target"),
    d("pa-o", "org-tributo-digitale", "IT-62", "TO", "it",
      "Piattaforma di pagamento istantaneo per enti pubblici",
      """La nostra piattaforma collega comuni e agenzie pubbliche ai circuiti di pagamento
      istantaneo: il cittadino riceve un avviso con codice QR e paga tributi, multe e rette in
      pochi secondi, l'ente vede l'incasso già riconciliato. È usata da 300 comuni italiani.
      Cerchiamo partner per adattarla alle amministrazioni di altri paesi.""",
      ["KZ", "UZ", "AM"]),
    d("pa-r", "org-astana-cifra", "KZ-71", "TR", "ru",
      "Мгновенная оплата пошлин и штрафов жителями города",
      """Городское цифровое агентство хочет, чтобы жители оплачивали сборы, штрафы и пошлины за
      секунды с телефона, а бюджетные учреждения сразу видели поступления. Сейчас платёж идёт до
      трёх дней и сверяется вручную. Ищем готовое решение и опыт внедрения в муниципалитетах.""",
      sectors=("O84.11",)),
    d("pa-o2", "org-govpay-labs", "AM-ER", "TO", "en",
      "Real-time payment rails for municipalities",
      """We build a service that lets city halls and tax offices issue payment requests and
      receive instant transfers from citizens' banking apps, with automatic matching to the
      budget classification. It runs in two national capitals.""",
      role="same-kind"),
    d("payroll-o", "org-kaspian-pay", "KZ-75", "BO", "en",
      "Prepaid payroll cards for workers without bank accounts",
      """We issue reloadable prepaid cards on which employers pay wages, with a mobile app for
      balance, transfers home and cash withdrawal. The employer uploads one payroll file and
      every card is funded the same day. We look for employers and staffing agencies with
      seasonal or migrant workers.""",
      ["RU", "KZ", "UZ", "KG"], sectors=("K64.19",)),
    d("payroll-r", "org-stroymontazh-ural", "RU-SVE", "BR", "ru",
      "Выплата зарплаты сезонным рабочим без банковских счетов",
      """Строительная компания нанимает до 800 сезонных рабочих, многие без счёта в банке, и мы
      до сих пор выдаём зарплату наличными на объектах. Это риск и много ручной работы для
      бухгалтерии. Ищем того, кто быстро выпустит работникам карты и будет зачислять на них
      деньги.""",
      sectors=("F41.20",)),
    d("payroll-excluded", "org-lohnkarte", "DE-NW", "BO", "de",
      "Lohnkarten für Saisonkräfte in der Landwirtschaft",
      """Wir geben aufladbare Lohnkarten für Erntehelfer und Saisonkräfte aus; der Arbeitgeber
      überweist die Löhne gesammelt, die Arbeitskräfte zahlen und heben Bargeld ab. Angebot nur
      für Arbeitgeber in Deutschland, Österreich und Polen.""",
      ["DE", "AT", "PL"], sectors=("K64.19",), role="excluded-target"),
    d("fraud-o", "org-antifrod-lab", "RU-SPE", "TO", "ru",
      "Скоринг мошеннических операций по картам в реальном времени",
      """Наша система машинного обучения оценивает каждую карточную операцию за 30 миллисекунд и
      отклоняет подозрительные платежи до авторизации. Модели учитывают поведение устройства и
      историю покупателя. Предлагаем лицензию и совместные пилоты эквайерам и платёжным
      организациям.""",
      technologies=("digital-payments", "ai")),
    d("fraud-r", "org-pagasicuro", "IT-21", "TR", "it",
      "Troppi chargeback: cerchiamo un motore antifrode",
      """Siamo un istituto di pagamento che serve 4.000 esercenti online. Negli ultimi mesi gli
      storni per frode sono triplicati e le nostre regole statiche bloccano anche clienti onesti.
      Vogliamo provare un sistema che stimi il rischio di ogni transazione prima di
      autorizzarla."""),
    d("qr-o", "org-qazqr", "KZ-75", "TO", "en",
      "QR-code payment app for tourists and merchants",
      """Our app lets visitors pay in shops, museums and taxis by scanning a QR code with the
      wallet app of their home country, while the merchant receives local currency. Merchants
      need no hardware, only a printed code. We want to expand to European tourist
      destinations.""",
      ["IT", "ES", "FR", "DE", "KZ"]),
    d("qr-r", "org-consorzio-langhe", "IT-21", "TR", "en",
      "Letting foreign visitors pay with their phones in our wine villages",
      """Our consortium brings together 90 wineries, farm stays and shops in the hills. Many
      visitors from Asia and Eastern Europe would rather pay with the apps they use at home than
      with a card, and we lose sales. We need something simple that does not require new devices
      at the till.""",
      sectors=("N79.90",)),
    d("wallet-leather", "org-pelletteria-arno", "IT-52", "BO", "it",
      "Portafogli in pelle artigianali per negozi di souvenir",
      """Produciamo portafogli, portamonete e porta carte in pelle conciata al vegetale, con
      incisione personalizzata per musei e negozi turistici. Cerchiamo importatori e catene di
      negozi di souvenir.""",
      sectors=("C15.12",), technologies=(), role="two-meanings"),
    d("bank-river", "org-argini-po", "IT-45", "TO", "en",
      "Riverbank protection with gabions and willow mats",
      """We stabilise river banks against floods and erosion with gabions, rock armour and
      living willow mats, and we monitor bank movement after every flood season.""",
      sectors=("F42.91",), technologies=("green-tech",), role="two-meanings"),
    d("split-o", "org-splitwerk", "DE-BE", "TO", "de",
      "Auszahlungs-API für Online-Marktplätze",
      """Unsere Schnittstelle teilt jede Zahlung eines Käufers automatisch auf die beteiligten
      Verkäufer auf, behält die Provision des Marktplatzes ein und zahlt die Händler in mehreren
      Währungen aus. Die Identitätsprüfung der Verkäufer ist integriert. Wir suchen
      Marktplatzbetreiber als Pilotkunden."""),
    d("split-r", "org-remeslo-market", "RU-TA", "TR", "ru",
      "Распределение оплаты между мастерами на нашей площадке",
      """Мы запускаем онлайн-площадку, где 2000 мастеров продают изделия ручной работы.
      Покупатель оплачивает корзину с товарами нескольких мастеров, и нам нужно автоматически
      делить деньги, удерживать нашу комиссию и переводить каждому его долю. Ищем технологического
      партнёра.""",
      sectors=("G47.91",)),
    d("recon-o", "org-quadra-soft", "IT-34", "TO", "it",
      "Riconciliazione automatica degli incassi",
      """Il nostro software legge gli estratti conto di tutte le banche e li abbina da solo a
      fatture e ordini, anche quando la causale è incompleta. Le eccezioni restano in una coda per
      l'operatore. Riduce dell'80% il lavoro manuale della contabilità clienti."""),
    d("recon-r", "org-ferramenta-nord", "IT-25", "TR", "it",
      "Ufficio contabile sommerso dai bonifici da abbinare",
      """Riceviamo ogni giorno centinaia di bonifici e pagamenti con carta dai clienti e tre
      persone passano le giornate a capire a quale fattura corrispondono. Spesso il cliente paga
      più fatture insieme o scrive una causale sbagliata. Cerchiamo uno strumento che faccia
      questo lavoro al posto nostro.""",
      sectors=("G46.74",)),
    d("transit-o", "org-transkarta", "RU-NIZ", "TO", "ru",
      "Валидаторы для оплаты проезда банковской картой",
      """Производим валидаторы для автобусов и трамваев, которые принимают бесконтактные
      банковские карты и смартфоны без покупки билета. Система сама рассчитывает выгодный тариф
      за день и передаёт данные перевозчику. Установлено более 20 000 устройств.""",
      ["KZ", "ES", "IT", "RS"], sectors=("C26.20", "K66.19")),
    d("transit-r", "org-autocares-sol", "ES-AN", "TR", "es",
      "Pagar el billete del autobús con tarjeta, a bordo",
      """Nuestra empresa de transporte interurbano opera 400 autobuses en Andalucía. Los
      viajeros ocasionales no encuentran dónde comprar billetes en los pueblos. Queremos que
      puedan subir y pagar acercando la tarjeta o el móvil, con la tarifa calculada
      automáticamente.""",
      sectors=("H49.31",)),
    d("vend-o", "org-vendimatic", "IT-45", "TO", "it",
      "Moduli cashless per distributori automatici",
      """Produciamo lettori contactless e QR da montare su distributori di snack, bevande e caffè,
      anche di vecchia generazione. Il modulo trasmette vendite e allarmi al gestore via rete
      mobile.""",
      ["RU", "KZ"], sectors=("C28.29", "K66.19"), technologies=("digital-payments", "iot")),
    d("vend-r", "org-vend-service-kz", "KZ-79", "TR", "en",
      "Card and phone payments for our vending machines",
      """We run 600 coffee and snack machines in universities and business centres in
      Shymkent, and almost all of them still take only coins and notes. Students no longer carry
      cash and sales are falling. We need add-on readers that fit our existing machines.""",
      sectors=("G47.99",)),
)

for need in ("pos", "ecom", "pa", "payroll", "fraud", "qr", "split", "recon", "transit", "vend"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("pos-o2", "pos-r")
niche.pair("pa-o2", "pa-r")

# Needs of the niche that nobody here answers: siblings that must rank below the real partner.
niche.add(
    d("bnpl-o", "org-rateizza", "IT-25", "TO", "it",
      "Pagamento a rate alla cassa per negozi di arredamento",
      """Il cliente del negozio di mobili o elettrodomestici sceglie di pagare in tre o dieci rate
      direttamente alla cassa o sul sito; il negozio riceve subito l'intero importo e noi ci
      assumiamo il rischio di credito.""",
      ["IT", "ES", "DE"], role="unanswered"),
    d("yuan-r", "org-stanki-import", "RU-NVS", "BR", "ru",
      "Как быстро оплачивать поставщикам в Китае",
      """Мы импортируем станки из Китая, и каждый платёж поставщику в юанях идёт неделю через
      несколько банков, а иногда возвращается. Ищем надёжный способ международных расчётов для
      импортёра.""",
      sectors=("G46.62",), role="unanswered"),
    d("giftcard-o", "org-giftloop", "GB-LND", "TO", "en",
      "Digital gift cards and loyalty points for shopping malls",
      """Shopping centres sell our digital gift cards, valid in every shop of the mall, and reward
      visitors with points that they spend at any till. The mall sees where the money goes.""",
      role="unanswered"),
    d("cards-print", "org-tipografia-auguri", "IT-72", "BO", "en",
      "Printed greeting cards and business cards",
      """Our print shop produces greeting cards, invitations and business cards on cotton paper
      with letterpress and gold foil, for stationery shops abroad.""",
      sectors=("C18.12",), technologies=(), role="two-meanings"),
)

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("fiscal-o", "org-kassa-fiscal", "RU-MOW", "TO", "en",
      "Fiscal cash registers for small shops",
      """Our cash registers print fiscal receipts and send every sale to the tax service as the
      law requires, with a simple stock list for small shops and kiosks.""",
      role="near-miss"),
    d("booking-pa", "org-prenota-comune", "IT-25", "TO", "ru",
      "Онлайн-запись граждан на приём в городские службы",
      """Жители выбирают в приложении услугу и время визита в ЗАГС, паспортный стол или
      налоговую, получают напоминание и электронную очередь.""",
      technologies=("govtech",), role="near-miss"),
    d("payroll-outsourcing", "org-zarplata-servis", "KZ-75", "BO", "ru",
      "Расчёт заработной платы и кадровый учёт на аутсорсинге",
      """Рассчитываем зарплату, налоги и отпускные, ведём кадровые документы и сдаём отчётность
      за работодателя. Подходит компаниям с сезонным персоналом.""",
      sectors=("M69.20",), role="near-miss"),
    d("einvoice-o", "org-fattura-rapida", "IT-52", "TO", "it",
      "Fatturazione elettronica verso clienti e pubblica amministrazione",
      """Il nostro servizio crea, firma e invia le fatture elettroniche al sistema di
      interscambio e le conserva a norma per dieci anni.""",
      role="near-miss"),
)

# More German-Russian and English-Italian pairs (added for the per-language-pair check).
niche.add(
    d("tip-o", "org-trinkgeld-digital", "DE-NW", "TO", "de",
      "Trinkgeld per Karte direkt am Bezahlterminal",
      """Unsere Software fragt den Gast nach der Kartenzahlung am Terminal, ob er Trinkgeld geben
      möchte, und verteilt die Beträge nach festen Regeln auf Service und Küche. Die Auszahlung
      an die Mitarbeiter läuft mit der Lohnabrechnung. Wir suchen Gastronomieketten im Ausland.""",
      ["RU", "KZ", "AM", "IT"]),
    d("tip-r", "org-restorany-volga", "RU-NIZ", "TR", "ru",
      "Гости почти не оставляют чаевые, потому что не носят наличные",
      """У нас сеть из двенадцати кафе и ресторанов. Гости платят картой или телефоном, а
      официанты и повара остались без чаевых, и люди уходят к конкурентам. Нужен способ, чтобы
      гость добавлял чаевые при оплате, а деньги честно делились между сменой.""",
      sectors=("I56.10",)),
    d("evcharge-o", "org-tapcharge-uk", "GB-LND", "TO", "en",
      "Contactless card payment module for EV charging stations",
      """Our payment module fits inside public EV chargers and lets any driver start a session
      by tapping a bank card or phone, with no app, account or membership. Receipts, pre-
      authorisation and settlement to the charge point operator are included. We look for
      charge point operators and manufacturers in Southern Europe.""",
      ["IT", "ES", "PT", "GR"]),
    d("evcharge-r", "org-ricarica-valle", "IT-23", "TR", "it",
      "Le nostre colonnine di ricarica si usano solo con la nostra app",
      """Gestiamo sessanta colonnine per auto elettriche in Valle d'Aosta. I turisti stranieri non
      vogliono scaricare l'app né registrarsi, e molte ricariche non partono. Vogliamo che
      chiunque possa ricaricare e pagare sul posto in pochi secondi.""",
      sectors=("D35.13",)),
)
niche.pair("tip-o", "tip-r")
niche.pair("evcharge-o", "evcharge-r")

# Russian offers for German requests (added for the per-language-pair check).
niche.add(
    d("taxfree-o", "org-taxfree-online", "AM-ER", "TO", "ru",
      "Электронное оформление возврата НДС для иностранных покупателей",
      """Наш сервис заменяет бумажные чеки tax free: продавец сканирует паспорт покупателя на
      кассе, документ отправляется в таможню в электронном виде, а деньги возвращаются на карту
      покупателя после вывоза товара. Работаем с магазинами в Армении и Европе.""",
      ["DE", "AT", "AM", "IT"]),
    d("taxfree-r", "org-uhren-schmuck-muc", "DE-BY", "TR", "de",
      "Mehrwertsteuer-Erstattung für Touristen ohne Papierformulare",
      """Unser Uhren- und Schmuckgeschäft in München verkauft viel an Kunden aus Drittstaaten.
      Die Ausfuhrbelege werden von Hand ausgefüllt, der Zoll stempelt sie am Flughafen, und
      viele Kunden bekommen ihr Geld nie zurück. Wir wollen das digital und schnell machen.""",
      sectors=("G47.77",)),
)
niche.pair("taxfree-o", "taxfree-r")

# German-Russian in both directions, German-Italian and French-Russian (second addition, for
# tuning on the language pairs where the matcher lost to the plain encoder on test).
niche.add(
    d("canteen-o", "org-tablettkasse", "DE-NW", "TO", "de",
      "Selbstbedienungskasse mit Tablett-Erkennung für Betriebskantinen",
      """Unsere Kasse erkennt per Kamera alle Gerichte auf dem Tablett, berechnet den Preis und
      lässt den Gast mit Karte, Smartphone oder Mitarbeiterausweis bezahlen. Eine Kasse schafft
      zwölf Gäste pro Minute. Wir suchen Kantinenbetreiber und Caterer im Ausland.""",
      ["RU", "KZ", "PL", "AT"], sectors=("C26.20", "K66.19")),
    d("canteen-r", "org-stolovaya-kamaz", "RU-TA", "TR", "ru",
      "В обеденный перерыв рабочие полчаса стоят в очереди в столовой",
      """Заводская столовая кормит 3000 человек за две смены. У раздачи всего две кассы, кассир
      вручную пробивает каждое блюдо, и люди не успевают поесть за перерыв. Хотим, чтобы
      расчёт занимал секунды и не требовал кассира.""",
      sectors=("I56.29",)),
    d("taxi-o", "org-fahrtkasse", "DE-HH", "TO", "de",
      "Kartenzahlung im Taxi über das Smartphone des Fahrers",
      """Mit unserer App wird das Smartphone des Fahrers zum Kartenlesegerät: der Fahrgast hält
      Karte oder Handy daran, der Beleg kommt per SMS. Die Taxizentrale sieht alle Umsätze.
      Keine Zusatzgeräte, keine Miete. Wir suchen Taxiunternehmen und Fahrdienste.""",
      sectors=("J62.01",)),
    d("taxi-r", "org-taksopark-volna", "RU-ROS", "TR", "ru",
      "Пассажиры отказываются от поездки, когда узнают, что нужна наличка",
      """У нашего таксопарка 180 машин в Ростове. Пассажиры всё чаще спрашивают, можно ли
      заплатить картой, и садятся в другую машину, если нельзя. Ставить в каждую машину
      отдельное устройство дорого. Ищем простое решение для водителей.""",
      sectors=("H49.32",)),
    d("donate-o", "org-dobro-platezh", "RU-MOW", "TO", "ru",
      "Бесконтактные ящики для пожертвований",
      """Наш терминал для пожертвований принимает карты и телефоны одним касанием, сумму
      выбирают кнопками. Ставится в храмах, музеях и на благотворительных мероприятиях,
      работает от батареи, деньги поступают прямо на счёт организации, отчёт о сборах
      формируется автоматически.""",
      ["DE", "AT", "CH", "RU", "KZ"], sectors=("C26.20", "K66.19")),
    d("donate-r", "org-dombauverein-koeln", "DE-NW", "TR", "de",
      "Besucher würden spenden, haben aber kein Bargeld mehr dabei",
      """Unser Verein erhält eine große Kirche, die jedes Jahr eine Million Besucher anzieht. Die
      Spenden im Opferstock sinken seit Jahren, weil kaum noch jemand Münzen trägt. Wir möchten,
      dass Besucher vor Ort mit einer Berührung spenden können.""",
      sectors=("S94.91",)),
    d("teen-o", "org-karmannye", "RU-SPE", "TO", "ru",
      "Детская карта с родительским контролем",
      """Выпускаем детские платёжные карты со своим приложением: родители переводят карманные
      деньги, задают лимиты и видят каждую покупку, ребёнок учится копить на цель. Ищем банки-
      партнёры и дистрибьюторов в Европе.""",
      ["DE", "AT", "RS", "RU"]),
    d("teen-r", "org-sparkids-verein", "DE-BW", "TR", "de",
      "Taschengeld ohne Bargeld, aber mit Überblick für Eltern",
      """Wir sind ein Elternverein und eine regionale Bank, die ein Angebot für Zehn- bis
      Fünfzehnjährige plant: Kinder sollen im Laden und online selbst bezahlen, Eltern sollen
      Grenzen setzen und sehen, wofür das Geld ausgegeben wird. Uns fehlt das passende Produkt.""",
      sectors=("K64.19",)),
    d("tablesplit-o", "org-tischrechnung", "DE-BE", "TO", "de",
      "Rechnung am Tisch per QR-Code teilen und bezahlen",
      """Der Gast scannt den QR-Code auf der Rechnung, sieht alle Positionen und zahlt seinen
      Anteil oder die einzelnen Gerichte mit dem Handy; die Kasse des Restaurants schließt den
      Tisch, wenn alles bezahlt ist. Wir suchen Restaurantketten in Italien und Spanien.""",
      ["IT", "ES", "DE"]),
    d("tablesplit-r", "org-trattorie-riunite", "IT-62", "TR", "it",
      "Le tavolate che vogliono pagare ognuno la sua parte bloccano la cassa",
      """Nelle nostre otto trattorie a Roma arrivano gruppi di colleghi e turisti che vogliono
      dividere il conto. Il cameriere fa i calcoli a mano, la fila alla cassa si allunga e
      qualcuno se ne va senza pagare la sua parte. Cerchiamo un modo più veloce.""",
      sectors=("I56.10",)),
    d("noshow-o", "org-acompte-rdv", "FR-NAQ", "TO", "fr",
      "Empreinte bancaire et acompte à la prise de rendez-vous",
      """Notre module de réservation en ligne demande une empreinte de carte ou un acompte au
      client quand il prend rendez-vous, et débite automatiquement les frais d'annulation
      tardive. Les salons de coiffure et instituts qui l'utilisent ont réduit les absences de
      70 %.""",
      ["FR", "BE", "RU", "KZ"]),
    d("noshow-r", "org-salon-barkhat", "RU-NVS", "TR", "ru",
      "Клиенты записываются к мастеру и не приходят",
      """У нас сеть из шести салонов красоты. Каждый день пять-десять клиентов не приходят на
      запись, мастера простаивают, а мы теряем деньги. Хотим, чтобы при записи клиент вносил
      небольшую сумму, которая сгорает при неявке.""",
      sectors=("S96.02",)),
)
for need in ("canteen", "taxi", "donate", "teen", "tablesplit", "noshow"):
    niche.pair(f"{need}-o", f"{need}-r")
