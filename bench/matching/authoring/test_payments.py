"""Test split, payments: ten needs not in the dev split, sharing "payment", "card", "app"."""

from bench.matching.authoring.model import Niche, d

niche = Niche("payments", "sibling", ("K66.19", "J62.01"), ("digital-payments",))

niche.add(
    d("parking-o", "org-sosta-facile", "IT-25", "TO", "it",
      "App per pagare la sosta senza parchimetro",
      """Con la nostra app l'automobilista paga il parcheggio sulle strisce blu al minuto, lo
      prolunga dal telefono e non prende multe; gli ausiliari verificano la targa con uno
      smartphone. Il comune riceve gli incassi e i dati di occupazione.""",
      ["RU", "KZ", "RS", "AL"], technologies=("digital-payments", "smart-city")),
    d("parking-r", "org-mosparking-region", "RU-MOS", "TR", "ru",
      "Паркоматы ломаются, а водители не могут оплатить стоянку",
      """Город Подмосковья ввёл платные парковки в центре, но паркоматы часто не работают, а
      очереди к ним раздражают водителей. Мы хотим, чтобы оплата занимала секунды и
      контролёры сразу видели, кто заплатил.""",
      sectors=("O84.11",)),
    d("taxfree-o", "org-devolucion-iva", "ES-MD", "TO", "es",
      "Devolución del IVA a turistas extranjeros, digital",
      """Nuestra plataforma emite el formulario tax free electrónico en la tienda, lo valida en
      la aduana del aeropuerto y devuelve el IVA a la tarjeta del turista. Las tiendas venden
      más a viajeros de fuera de la UE.""",
      ["IT", "PT", "FR"], technologies=("digital-payments", "tourism-tech")),
    d("taxfree-r", "org-confcommercio-venezia", "IT-34", "TR", "it",
      "I turisti extracomunitari rinunciano al rimborso dell'IVA",
      """I negozi del centro storico vendono molto a visitatori di fuori Europa, ma le pratiche
      cartacee per il rimborso dell'imposta sono così lente che molti rinunciano o comprano
      altrove. L'associazione cerca un servizio semplice da offrire ai propri associati.""",
      sectors=("S94.11",)),
    d("sdd-o", "org-lastschrift-pro", "DE-HH", "TO", "de",
      "SEPA-Lastschrift für Abo-Unternehmen",
      """Unsere Plattform zieht wiederkehrende Beiträge per SEPA-Lastschrift ein, verwaltet
      Mandate online, wiederholt fehlgeschlagene Einzüge und mahnt automatisch. Ideal für
      Fitnessstudios, Vereine und Abonnements.""",
      ["DE", "AT", "IT", "ES", "FR"]),
    d("sdd-r", "org-palestre-fit", "IT-62", "TR", "it",
      "Le quote mensili delle palestre incassate a mano",
      """Gestiamo 25 palestre e ogni mese il personale insegue i soci per le quote: bonifici
      dimenticati, carte scadute, contanti. Vogliamo addebitare automaticamente la quota sul
      conto del socio e recuperare gli insoluti.""",
      sectors=("R93.13",)),
    d("remit-o", "org-dengi-domoi", "RU-MOW", "TO", "ru",
      "Переводы мигрантов на родину по номеру телефона",
      """Наше приложение позволяет работнику отправить деньги семье в Узбекистан, Таджикистан
      или Киргизию по номеру телефона за минуту, с прозрачной комиссией и зачислением на
      карту или кошелёк получателя.""",
      ["UZ", "TJ", "KG", "RU"]),
    d("remit-r", "org-migrant-help-uz", "UZ-TK", "TR", "en",
      "Families of migrant workers wait days for money from abroad",
      """Our agency supports families of workers abroad. Transfers through banks and money
      couriers are slow and expensive, and fees eat a tenth of the amount. We look for a
      partner offering cheap and fast transfers to phones and cards.""",
      sectors=("S94.99",)),
    d("factoring-o", "org-fatture-subito", "IT-45", "BO", "it",
      "Anticipo delle fatture per le piccole imprese, online",
      """Le PMI caricano le fatture verso i grandi clienti sulla nostra piattaforma e ricevono
      l'anticipo entro 48 ore, senza garanzie, a un costo noto in anticipo.""",
      ["IT", "RS", "AL", "RU"], sectors=("K64.99",)),
    d("factoring-r", "org-mebel-postavka", "RU-KRS", "BR", "ru",
      "Крупные сети платят нам через 120 дней, а деньги нужны сейчас",
      """Мы поставляем мебель в федеральные торговые сети, которые рассчитываются через четыре
      месяца. Оборотных средств не хватает, банковский кредит требует залога. Ищем способ
      получать деньги по отгрузкам сразу.""",
      sectors=("C31.09",)),
    d("safe-o", "org-cashsafe-systems", "DE-NW", "TO", "de",
      "Intelligente Tresore für die Bargeldentsorgung im Handel",
      """Unsere Smart-Safes zählen die Scheine bei der Einzahlung, melden den Betrag an die
      Bank, die ihn am selben Tag gutschreibt, und werden von Geldtransporten nur noch selten
      geleert.""",
      ["KZ", "UZ", "PL", "AT"], sectors=("C25.99", "K66.19")),
    d("safe-r", "org-magnum-retail", "KZ-75", "TR", "ru",
      "Инкассация съедает время кассиров и деньги магазина",
      """В нашей сети 300 магазинов, где по-прежнему много наличных. Кассиры вечером
      пересчитывают выручку, ошибаются, инкассация приезжает каждый день и стоит дорого, а
      деньги попадают на счёт только через два дня.""",
      sectors=("G47.11",)),
    d("ev-o", "org-chargepay", "NL-NH", "TO", "en",
      "Ad-hoc payment for EV charging stations",
      """Our payment module lets any driver start charging by tapping a card or scanning a QR
      code, without an app or subscription, and settles revenue with the station operator
      daily.""",
      technologies=("digital-payments", "electric-vehicles")),
    d("ev-r", "org-ricarica-strade", "IT-21", "TR", "en",
      "Drivers cannot use our chargers without our app",
      """We operate 900 charging points on Italian motorways and towns. Foreign drivers complain
      that they must download our app to charge. We need a simple way for anyone to pay at the
      charger.""",
      sectors=("D35.14",)),
    d("canteen-o", "org-mensa-pay", "IT-52", "TO", "ru",
      "Оплата школьного питания через приложение для родителей",
      """Родители пополняют счёт ребёнка в приложении, видят, что он ел, и ставят лимиты;
      столовая списывает оплату по карте ученика. Школа больше не собирает наличные.""",
      ["RU", "KZ", "BY"]),
    d("canteen-r", "org-uo-kazan", "RU-TA", "TR", "ru",
      "Классные руководители собирают деньги на питание наличными",
      """В 80 школах города учителя каждую неделю собирают с родителей деньги на обеды и
      ведут учёт в тетрадях. Родители не знают, чем питается ребёнок. Ищем безналичную систему
      для школьных столовых.""",
      sectors=("P85.31",)),
    d("tips-o", "org-chaevye", "RU-SPE", "TO", "ru",
      "Безналичные чаевые по QR-коду",
      """Гость сканирует QR-код на чеке или бейдже и оставляет чаевые официанту, курьеру или
      мастеру с любой карты. Деньги сразу приходят сотруднику, ресторан видит отзывы.""",
      ["RU", "IT", "KZ", "AM"]),
    d("tips-r", "org-trattorie-bologna", "IT-45", "TR", "it",
      "I clienti non hanno contanti per la mancia ai camerieri",
      """Nei nostri sei ristoranti quasi tutti pagano con la carta e le mance ai camerieri sono
      sparite. Il personale è scontento e cambia lavoro. Vorremmo che i clienti potessero
      lasciare una mancia elettronica direttamente al cameriere.""",
      sectors=("I56.10",)),
    d("issuing-o", "org-cardforge", "LT-VL", "TO", "en",
      "Card issuing platform for fintech start-ups",
      """Our platform lets a fintech launch its own branded debit and virtual cards in weeks:
      card programme, processing, tokenisation for mobile wallets and a dashboard, under our
      e-money licence.""",
      sectors=("K66.19", "K64.19")),
    d("issuing-r", "org-neobank-kz", "KZ-75", "TR", "en",
      "Our app needs its own payment cards",
      """We are a young expense-management app for freelancers. Users want a card to spend from
      their balance, but building processing and certification ourselves would take years. We
      look for a partner to issue cards under our brand.""",
      sectors=("J62.01",)),
)

niche.add(
    d("parking-o2", "org-parkomat-online", "KZ-71", "TO", "en",
      "Pay-by-phone parking for cities",
      """Drivers pay street parking by the minute in our app and extend it remotely; wardens
      check plates with a phone. Running in four cities.""",
      technologies=("digital-payments", "smart-city"), role="same-kind"),
    d("sdd-excluded-r", "org-fitness-almaty", "KZ-75", "TR", "ru",
      "Автоматическое списание абонентской платы в фитнес-клубах",
      """Сеть фитнес-клубов хочет ежемесячно списывать оплату абонементов со счетов клиентов
      автоматически.""",
      sectors=("R93.13",), role="excluded-target"),
    d("tips-same-org", "org-trattorie-bologna", "IT-45", "TO", "it",
      "Il nostro gestionale per sale e mance dei ristoranti",
      """Offriamo ad altri ristoratori il software di sala che usiamo, con divisione delle mance
      tra il personale.""",
      role="same-organisation"),
    d("crypto-o", "org-cryptobox", "AM-ER", "TO", "en",
      "Crypto ATMs for shopping centres",
      """We install ATMs that buy and sell cryptocurrencies for cash in malls and airports.""",
      role="unanswered"),
    d("tollroad-r", "org-avtodor-kz", "KZ-71", "TR", "ru",
      "Оплата проезда по платным дорогам без остановки",
      """Ищем систему оплаты проезда по платным трассам без шлагбаумов, по номеру
      автомобиля.""",
      sectors=("H52.21",), role="unanswered"),
    d("token-arcade", "org-gettoni-giochi", "IT-75", "BO", "it",
      "Gettoni e macchine cambiamonete per sale giochi",
      """Produciamo gettoni in ottone e macchine cambiamonete per sale giochi, autolavaggi e
      lavanderie.""",
      sectors=("C32.40",), technologies=(), role="two-meanings"),
)

for need in ("parking", "taxfree", "sdd", "remit", "factoring", "safe", "ev", "canteen", "tips",
             "issuing"):
    niche.pair(f"{need}-o", f"{need}-r")
niche.pair("parking-o2", "parking-r")

niche.add(
    d("payout-gig-r", "org-kuryer-servis", "RU-MOW", "TR", "ru",
      "Ежедневные выплаты курьерам-самозанятым",
      """Служба доставки работает с 3000 самозанятыми курьерами и хочет выплачивать им заработок
      каждый день и автоматически формировать чеки.""",
      sectors=("H53.20",), role="unanswered"),
)

# Near misses: allowed partners of a request, in its words, that answer a different need.
niche.add(
    d("parking-gates", "org-varchi-park", "IT-34", "TO", "ru",
      "Шлагбаумы и автоматические кассы для многоуровневых парковок",
      """Поставляем шлагбаумы, распознавание номеров на въезде и кассы самообслуживания для
      многоуровневых и торговых парковок. Водитель берёт талон и оплачивает стоянку на выезде
      картой или наличными.""",
      role="near-miss"),
    d("dcc-o", "org-valuta-cassa", "IT-62", "TO", "it",
      "Conversione valutaria alla cassa per i turisti con carte estere",
      """Il nostro servizio propone al turista con carta straniera di pagare nella propria valuta
      direttamente al terminale del negozio, con il cambio mostrato prima del pagamento. Il
      negozio riceve una commissione su ogni conversione.""",
      role="near-miss"),
    d("gym-access", "org-fit-access", "ES-CT", "TO", "de",
      "Zutrittskontrolle und Mitglieder-App für Fitnessstudios",
      """Unsere Drehkreuze und die Mitglieder-App lassen nur Mitglieder mit gültigem Vertrag
      ein, buchen Kurse und zählen die Auslastung des Studios in Echtzeit.""",
      role="near-miss"),
    d("cashcount-o", "org-schetmash", "RU-SPE", "TO", "en",
      "Banknote counting and sorting machines for bank branches",
      """Our machines count, authenticate and sort banknotes of several currencies at 1,200
      notes a minute for bank branches and cash centres.""",
      ["KZ", "UZ", "RU"], sectors=("C28.23",), role="near-miss"),
    d("gradebook-o", "org-dnevnik-plus", "BY-HM", "TO", "ru",
      "Электронный дневник и уведомления для родителей школьников",
      """Родители в приложении видят оценки, расписание и посещаемость ребёнка и получают
      сообщения от классного руководителя. Школа ведёт журнал онлайн.""",
      technologies=("edtech",), role="near-miss"),
)
