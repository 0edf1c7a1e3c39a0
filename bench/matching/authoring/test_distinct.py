"""Test split, distinct topics: one partnership per topic, as a control."""

from bench.matching.authoring.model import Niche, d

niche = Niche("distinct", "distinct", (), ())

niche.add(
    d("shoes-o", "org-calzaturificio-marche", "IT-57", "BO", "ru",
      "Итальянская кожаная обувь ручной работы для бутиков",
      """Фабрика из региона Марке шьёт мужскую и женскую обувь из натуральной кожи и ищет
      бутики и дистрибьюторов.""",
      ["RU", "KZ", "AZ"], sectors=("C15.20",)),
    d("shoes-r", "org-obuvnoy-butik", "KZ-75", "BR", "ru",
      "Ищем производителей итальянской обуви",
      """Сеть обувных бутиков в Алматы хочет закупать кожаную обувь напрямую у итальянских
      фабрик.""",
      sectors=("G47.72",)),
    d("marble-o", "org-marmi-carrara", "IT-52", "BO", "en",
      "Carrara marble slabs and custom cutting",
      """We quarry and cut Carrara marble into slabs, tiles and custom pieces for hotels,
      villas and architects.""",
      sectors=("B08.11", "C23.70")),
    d("marble-r", "org-baku-residence", "AZ-BA", "BR", "en",
      "White marble for a luxury residence",
      """We are building a residential tower in Baku and need white Italian marble for lobbies,
      bathrooms and staircases.""",
      sectors=("F41.20",)),
    d("roast-o", "org-tostatrici", "IT-34", "BO", "it",
      "Tostatrici per caffè",
      """Costruiamo tostatrici per caffè da 5 a 120 kg per ciclo, con controllo del profilo di
      tostatura.""",
      sectors=("C28.93",)),
    d("roast-r", "org-kofeinya-set", "RU-SPE", "BR", "it",
      "Cerchiamo una tostatrice per la nostra torrefazione",
      """La nostra catena di caffetterie vuole tostare il proprio caffè e cerca una tostatrice
      professionale da 15 kg.""",
      sectors=("I56.30",)),
    d("glass-o", "org-vetreria-murano", "IT-34", "BO", "en",
      "Murano glass chandeliers",
      """Our furnace makes hand-blown Murano glass chandeliers and lamps for hotels and interior
      designers.""",
      sectors=("C23.19",)),
    d("glass-r", "org-interior-studio-msk", "RU-MOW", "BR", "ru",
      "Нужны люстры из муранского стекла для гостиницы",
      """Дизайн-студия оформляет бутик-отель и ищет мастерскую, которая изготовит люстры из
      муранского стекла по эскизам.""",
      sectors=("M74.10",)),
    d("bike-o", "org-velo-fabrik", "DE-SN", "BO", "de",
      "Trekking- und Stadträder für Händler",
      """Wir bauen Trekking- und Stadträder in Sachsen und suchen Fahrradhändler im
      Ausland.""",
      sectors=("C30.92",)),
    d("bike-r", "org-velo-shop-almaty", "KZ-75", "BR", "de",
      "Wir suchen europäische Fahrradhersteller",
      """Unsere Fahrradgeschäfte in Almaty möchten hochwertige Stadt- und Trekkingräder aus
      Europa anbieten.""",
      sectors=("G47.64",)),
    d("perfume-o", "org-profumi-firenze", "IT-52", "BO", "it",
      "Profumi artistici per profumerie di nicchia",
      """Creiamo profumi artistici in piccole serie e cerchiamo profumerie di nicchia e
      concept store.""",
      sectors=("C20.42",)),
    d("perfume-r", "org-parfum-boutique", "AM-ER", "BR", "ru",
      "Ищем нишевые парфюмерные бренды",
      """Наш парфюмерный бутик в Ереване ищет небольшие европейские нишевые марки духов.""",
      sectors=("G47.75",)),
    d("saffron-o", "org-zafferano-abruzzo", "IT-65", "BO", "en",
      "Saffron from Abruzzo",
      """Our cooperative grows and dries saffron on the Navelli plateau and sells it to chefs
      and delicatessen importers.""",
      sectors=("A01.28",)),
    d("saffron-r", "org-spice-trader-dubai", "AE-DU", "BR", "en",
      "Importer seeking premium European saffron",
      """We import spices for gourmet shops in the Gulf and look for a European saffron
      producer with certified origin.""",
      sectors=("G46.37",)),
    d("toys-o", "org-derevyannye-igrushki", "RU-KOS", "BO", "ru",
      "Деревянные развивающие игрушки",
      """Мастерская делает деревянные развивающие игрушки и сортеры из берёзы и ищет магазины
      детских товаров.""",
      sectors=("C32.40",)),
    d("toys-r", "org-giocattoli-eco", "IT-21", "BR", "it",
      "Cerchiamo produttori di giocattoli in legno",
      """Il nostro negozio online di giocattoli ecologici cerca nuovi fornitori di giochi
      educativi in legno naturale.""",
      sectors=("G47.65",)),
    d("carpet-o", "org-kilim-samarkand", "UZ-SA", "BO", "en",
      "Hand-woven silk carpets from Samarkand",
      """Our workshop weaves silk and wool carpets with traditional patterns and looks for
      galleries and interior shops in Europe.""",
      sectors=("C13.93",)),
    d("carpet-r", "org-galleria-tappeti", "IT-25", "BR", "en",
      "Gallery looking for Central Asian hand-made carpets",
      """Our gallery in Milan sells antique and new hand-made carpets and wants direct supply
      from Central Asian weavers.""",
      sectors=("G47.53",)),
    d("water-o", "org-acqua-dolomiti", "IT-32", "BO", "ru",
      "Итальянская минеральная вода для ресторанов",
      """Источник в Доломитовых Альпах поставляет минеральную воду в стеклянных бутылках для
      ресторанов и гостиниц.""",
      ["RU", "KZ", "AE"], sectors=("C11.07",)),
    d("water-r", "org-horeca-distrib-kz", "KZ-71", "BR", "ru",
      "Ищем поставщика премиальной воды в стекле",
      """Дистрибьютор для ресторанов Астаны ищет европейскую минеральную воду в стеклянной
      бутылке.""",
      sectors=("G46.34",)),
    d("marathon-o", "org-maratona-eventi", "IT-62", "RC", "en",
      "Twinning of city marathons",
      """The organisers of a city marathon in Rome propose a twinning with a marathon abroad:
      exchange of runners, volunteers and know-how.""",
      sectors=("R93.19",)),
    d("marathon-r", "org-almaty-marathon", "KZ-75", "RC", "en",
      "Our marathon looks for a twin race in Europe",
      """The Almaty marathon wants a partnership with a European city marathon to exchange
      athletes, volunteers and organisational experience.""",
      sectors=("R93.19",)),
    d("archi-o", "org-studio-architettura", "IT-45", "BO", "it",
      "Progettazione di edifici scolastici",
      """Il nostro studio progetta scuole luminose ed efficienti e cerca committenti
      pubblici e privati all'estero.""",
      sectors=("M71.11",)),
    d("archi-r", "org-school-developer-ge", "GE-TB", "BR", "it",
      "Cerchiamo architetti per una scuola internazionale",
      """Costruiamo una scuola internazionale a Tbilisi e cerchiamo uno studio di architettura
      con esperienza in edifici scolastici.""",
      sectors=("F41.10",)),
)

for topic in ("shoes", "marble", "roast", "glass", "bike", "perfume", "saffron", "toys",
              "carpet", "water", "marathon", "archi"):
    niche.pair(f"{topic}-o", f"{topic}-r")

niche.add(
    d("ceramic-o", "org-ceramiche-deruta", "IT-55", "BO", "en",
      "Hand-painted majolica from Deruta",
      """Our workshop hand-paints majolica plates, vases and tiles and looks for interior and gift
      shops abroad.""",
      sectors=("C23.41",)),
    d("ceramic-r", "org-gift-gallery-yerevan", "AM-ER", "BR", "en",
      "Gift gallery seeking Italian hand-painted ceramics",
      """Our gallery in Yerevan sells European crafts and wants to add hand-painted Italian
      ceramics.""",
      sectors=("G47.78",)),
    d("opera-o", "org-teatro-lirico", "IT-82", "RC", "it",
      "Coproduzioni d'opera con teatri stranieri",
      """Il nostro teatro lirico propone coproduzioni di allestimenti d'opera, con scene e costumi
      condivisi e tournée.""",
      sectors=("R90.01",)),
    d("opera-r", "org-opera-novosibirsk", "RU-NVS", "RC", "ru",
      "Ищем итальянский театр для совместной оперной постановки",
      """Театр оперы и балета хочет поставить итальянскую оперу совместно с театром в Италии:
      общие декорации, солисты и гастроли.""",
      sectors=("R90.01",)),
    d("ice-o", "org-gelato-macchine", "IT-45", "BO", "ru",
      "Оборудование и обучение для джелатерий",
      """Производим фризеры и витрины для итальянского мороженого и обучаем мастеров в нашей
      школе в Болонье.""",
      ["RU", "KZ", "UZ"], sectors=("C28.93",)),
    d("ice-r", "org-morozhenoe-tashkent", "UZ-TK", "BR", "ru",
      "Открываем джелатерию и ищем оборудование",
      """Мы открываем сеть кафе итальянского мороженого в Ташкенте и ищем оборудование с
      обучением.""",
      sectors=("I56.10",)),
)
for topic in ("ceramic", "opera", "ice"):
    niche.pair(f"{topic}-o", f"{topic}-r")
