"""Dev split, distinct topics: one partnership per topic, easy to tell apart from each other."""

from bench.matching.authoring.model import Niche, d

niche = Niche("distinct", "distinct", (), ())

niche.add(
    d("wine-o", "org-cantina-colli", "IT-34", "BO", "it",
      "Vini del Veneto cercano importatori",
      """Siamo una cantina familiare che produce Prosecco, Valpolicella e Amarone, 400.000
      bottiglie l'anno. Cerchiamo importatori e distributori per ristoranti ed enoteche.""",
      ["RU", "KZ", "AM"], sectors=("C11.02",)),
    d("wine-r", "org-vinoteka-almaty", "KZ-75", "BR", "ru",
      "Ищем итальянских виноделов для поставок в рестораны",
      """Импортёр и сеть винных бутиков в Алматы расширяет ассортимент итальянских вин,
      особенно игристых и красных из северной Италии. Интересуют прямые контракты с хозяйствами.""",
      sectors=("G46.34",)),
    d("furn-o", "org-design-brianza", "IT-25", "BO", "en",
      "Contract furniture for hotels and restaurants",
      """We design and make furniture for hotel rooms, lobbies and restaurants, from drawings to
      installation, in solid wood and upholstery. We look for general contractors and hotel
      developers abroad.""",
      sectors=("C31.01",)),
    d("furn-r", "org-hotel-group-tbilisi", "GE-TB", "BR", "en",
      "Furnishing 300 rooms of a new hotel",
      """We are building a 300-room hotel in Tbilisi, opening next year, and need a supplier who
      designs, produces and installs room and lobby furniture to our brand standards.""",
      sectors=("I55.10",)),
    d("tour-o", "org-sicilia-incoming", "IT-82", "BO", "ru",
      "Групповые туры по Сицилии для туроператоров",
      """Принимающая компания на Сицилии организует групповые и индивидуальные туры: отели,
      гиды на русском языке, трансферы, гастрономические и винные программы. Ищем
      туроператоров.""",
      ["RU", "KZ", "BY", "UZ"], sectors=("N79.90",)),
    d("tour-r", "org-tur-mir", "RU-SPE", "BR", "ru",
      "Туроператор ищет принимающую сторону в Италии",
      """Мы отправляем туристов в Европу и хотим запустить программы по югу Италии с русскоязычными
      экскурсиями и гастрономией. Нужен надёжный местный партнёр.""",
      sectors=("N79.12",)),
    d("linen-o", "org-tessiture-lino", "IT-21", "BO", "it",
      "Tessuti di lino per abbigliamento e casa",
      """Tessiamo lino e misti lino per camicie, tovaglie e lenzuola, anche in piccoli lotti e con
      finissaggi personalizzati. Cerchiamo marchi di moda e produttori di biancheria.""",
      sectors=("C13.20",)),
    d("linen-r", "org-bekleidung-nord", "DE-HH", "BR", "de",
      "Leinenstoffe für unsere Sommerkollektion gesucht",
      """Unser Modelabel sucht einen Weber, der Leinen in kleinen Mengen für Hemden und Kleider
      liefert, mit Färbungen nach Wunsch.""",
      sectors=("C14.13",)),
    d("lang-o", "org-scuola-dante", "IT-52", "BO", "en",
      "Italian language courses for company staff",
      """Our school in Florence runs Italian courses for employees of foreign companies, online
      or in Italy, with business Italian and cultural immersion.""",
      sectors=("P85.59",)),
    d("lang-r", "org-armprom", "AM-ER", "BR", "en",
      "Our managers need to learn Italian",
      """We are opening a joint venture with an Italian partner and ten managers need to reach
      a working level of Italian within a year.""",
      sectors=("C28.92",)),
    d("house-o", "org-derevo-dom", "RU-ARK", "BO", "ru",
      "Каркасные и клеёные деревянные дома под ключ",
      """Производим деревянные дома из клеёного бруса и каркасные панели на заводе, собираем на
      участке за три недели. Экспортируем в Скандинавию и Центральную Азию.""",
      sectors=("C16.23",)),
    d("house-r", "org-eco-villaggio", "IT-32", "BR", "ru",
      "Ищем поставщика деревянных домов для эко-деревни в Альпах",
      """Строим эко-деревню из 40 домов в Трентино и ищем производителя готовых деревянных домов
      с быстрой сборкой и хорошей теплоизоляцией.""",
      sectors=("F41.10",)),
    d("cosm-o", "org-cosmetica-contoterzi", "IT-25", "BO", "it",
      "Produzione conto terzi di cosmetici con marchio del cliente",
      """Formuliamo e produciamo creme, sieri e shampoo con il marchio del cliente, dalla ricetta
      al confezionamento, con lotti minimi di 2.000 pezzi.""",
      sectors=("C20.42",)),
    d("cosm-r", "org-beauty-brand-kz", "KZ-75", "BR", "it",
      "Cerchiamo un laboratorio italiano per la nostra linea di creme",
      """Siamo un marchio di cosmetici del Kazakistan e vogliamo una linea di creme prodotte in
      Italia con il nostro marchio. Cerchiamo un produttore conto terzi.""",
      sectors=("G46.45",)),
    d("tiles-o", "org-ceramiche-sassuolo", "IT-45", "BO", "en",
      "Porcelain stoneware tiles for distributors",
      """We produce porcelain stoneware tiles and large slabs for floors and facades, and look
      for distributors and building material retailers.""",
      ["RU", "KZ", "UZ", "AZ"], sectors=("C23.31",)),
    d("tiles-r", "org-stroymarket-tashkent", "UZ-TK", "BR", "ru",
      "Ищем производителя керамогранита",
      """Сеть строительных магазинов в Ташкенте ищет поставщика керамогранита и крупноформатной
      плитки для полов и фасадов.""",
      sectors=("G46.73",)),
    d("game-o", "org-localize-play", "ES-CT", "BO", "en",
      "Video game localisation and voice-over",
      """We translate and voice video games into 20 languages, with native testers who check
      every string in the game.""",
      sectors=("J58.21", "M74.30")),
    d("game-r", "org-pixel-studio-msk", "RU-MOW", "BR", "en",
      "Our indie game needs Spanish, Italian and German versions",
      """Our studio is releasing a role-playing game on Steam and needs translation, voice
      acting and language testing for European markets.""",
      sectors=("J58.21",)),
    d("yacht-o", "org-cantiere-liguria", "IT-42", "BO", "it",
      "Refit e manutenzione di yacht",
      """Il nostro cantiere esegue refit, verniciatura, motori ed elettronica di yacht fino a 40
      metri, con posti barca per l'inverno.""",
      sectors=("C33.15",)),
    d("yacht-r", "org-yacht-owner-mgmt", "RU-MOW", "BR", "it",
      "Cerchiamo un cantiere per il refit di un motoryacht",
      """Gestiamo un motoryacht di 32 metri che ha bisogno di nuova vernice, revisione dei motori e
      rinnovo degli interni durante l'inverno nel Mediterraneo.""",
      sectors=("N77.34",)),
    d("accord-o", "org-fisarmoniche-castelfidardo", "IT-57", "BO", "ru",
      "Аккордеоны ручной работы из Кастельфидардо",
      """Мастерская производит концертные и учебные аккордеоны ручной работы. Ищем магазины
      музыкальных инструментов и музыкальные школы.""",
      ["RU", "KZ", "BY"], sectors=("C32.20",)),
    d("accord-r", "org-muzshkola-minsk", "BY-HM", "BR", "ru",
      "Нужны качественные аккордеоны для музыкальной школы",
      """Наша школа обновляет инструменты для класса баяна и аккордеона и хочет закупить
      итальянские аккордеоны напрямую у мастеров.""",
      sectors=("P85.52",)),
    d("film-o", "org-film-roma", "IT-62", "RC", "en",
      "Documentary co-production on the Silk Road",
      """Our production company is developing a documentary series on the Silk Road and looks
      for a co-producer in Central Asia to share filming, archives and public funding.""",
      sectors=("J59.11",)),
    d("film-r", "org-kino-uzbek", "UZ-TK", "RC", "en",
      "Co-producing documentaries about our cities for European television",
      """Our studio in Tashkent wants to co-produce a documentary about Samarkand and Bukhara
      with a European partner who can bring funds and distribution.""",
      sectors=("J59.11",)),
)

for topic in ("wine", "furn", "tour", "linen", "lang", "house", "cosm", "tiles", "game", "yacht",
              "accord", "film"):
    niche.pair(f"{topic}-o", f"{topic}-r")

niche.add(
    d("honey-o", "org-bal-altai", "RU-ALT", "BO", "ru",
      "Алтайский мёд для импортёров",
      """Пасеки предгорий Алтая поставляют гречишный, разнотравный и донниковый мёд в бочках и
      банках, с лабораторными протоколами.""",
      sectors=("A01.49",)),
    d("honey-r", "org-miele-import", "IT-21", "BR", "it",
      "Cerchiamo apicoltori per mieli monoflora",
      """Importiamo miele per i nostri marchi e cerchiamo produttori di grano saraceno e trifoglio
      con analisi di laboratorio.""",
      sectors=("G46.38",)),
    d("ski-o", "org-sci-dolomiti", "IT-32", "BO", "en",
      "Ski touring equipment from the Dolomites",
      """We make lightweight ski touring skis, bindings and skins, and look for mountain sports
      shops and rental chains.""",
      sectors=("C32.30",)),
    d("ski-r", "org-shymbulak-rent", "KZ-75", "BR", "en",
      "Ski rental chain looking for touring equipment",
      """Our rental shops at the ski resorts near Almaty need touring skis and bindings for a
      growing number of freeride guests.""",
      sectors=("N77.21",)),
    d("legal-o", "org-studio-legale-mi", "IT-25", "BO", "ru",
      "Юридическое сопровождение бизнеса в Италии",
      """Миланская юридическая фирма с русскоговорящими юристами регистрирует компании, готовит
      договоры и сопровождает покупку недвижимости в Италии.""",
      sectors=("M69.10",)),
    d("legal-r", "org-it-holding-kz", "KZ-71", "BR", "ru",
      "Открываем дочернюю компанию в Италии и ищем юристов",
      """Наш холдинг открывает офис в Милане. Нужны юристы, которые зарегистрируют компанию,
      проверят договоры аренды и помогут с наймом.""",
      sectors=("K64.20",)),
)
for topic in ("honey", "ski", "legal"):
    niche.pair(f"{topic}-o", f"{topic}-r")
