"""Blind split, distinct topics: one partnership per topic, easy to tell apart from each other."""

from bench.matching.authoring.model import Niche, d

niche = Niche("distinct", "distinct", (), ())

niche.add(
    d("beer-o", "org-brauerei-frankenwald", "DE-BY", "BO", "de",
      "Fränkisches Bier aus einer Familienbrauerei sucht Importeure",
      """Unsere Brauerei braut seit 1780 Kellerbier, Rauchbier und Bockbier nach dem
      Reinheitsgebot, 40.000 Hektoliter im Jahr, in Flaschen und Fässern. Wir suchen Importeure
      und Gastronomieketten im Ausland.""",
      ["RU", "KZ", "BY", "AM"], sectors=("C11.05",)),
    d("beer-r", "org-pivnoy-import-ural", "RU-SVE", "BR", "ru",
      "Ищем немецкие пивоварни для прямых поставок в наши пивные рестораны",
      """Наша сеть из пятнадцати пивных ресторанов хочет расширить ассортимент настоящего
      немецкого пива, особенно региональных сортов, которых нет у крупных дистрибьюторов.
      Интересуют прямые контракты с небольшими пивоварнями.""",
      sectors=("I56.30",)),
    d("pinenut-o", "org-kedr-sibiri", "RU-TOM", "BO", "ru",
      "Кедровые орехи и кедровое масло из Сибирской тайги",
      """Заготавливаем кедровые шишки в тайге Томской области, очищаем орех на своём
      производстве и отжимаем масло холодным способом. Продукция сертифицирована как
      органическая. Ищем оптовых покупателей в Европе.""",
      ["DE", "AT", "CH", "NL"], sectors=("A02.30", "C10.41")),
    d("pinenut-r", "org-naturkost-grosshandel-mainz", "DE-RP", "BR", "de",
      "Großhändler für Naturkost sucht Lieferanten für Pinienkerne und Zedernnussöl",
      """Wir beliefern 600 Bioläden und Reformhäuser. Die Nachfrage nach Zedernnüssen und
      kaltgepresstem Öl daraus steigt, und wir suchen direkte Erzeuger mit Biozertifikat und
      gleichbleibender Qualität.""",
      sectors=("G46.38",)),
    d("tea-o", "org-guria-highland-tea", "GE-GU", "BO", "en",
      "Hand-picked black and green tea from Georgian highland gardens",
      """Our family revived abandoned tea gardens in western Georgia. We produce small batches
      of organic black, green and yellow tea, hand-picked and rolled, and look for tea shops
      and importers in Europe.""",
      sectors=("A01.27", "C10.83")),
    d("tea-r", "org-sale-da-te-torino", "IT-21", "BR", "it",
      "Cerchiamo tè artigianali del Caucaso per le nostre sale da tè",
      """Gestiamo quattro sale da tè e un negozio online. I clienti chiedono tè nuovi e rari, e
      vorremmo proporre tè del Caucaso prodotti da piccole piantagioni, acquistando
      direttamente dai coltivatori.""",
      sectors=("I56.30",)),
    d("hats-o", "org-cappellificio-signa", "IT-52", "BO", "it",
      "Cappelli di paglia di Firenze fatti a mano",
      """Il nostro cappellificio intreccia e cuce a mano cappelli di paglia di Firenze, panama e
      feltri da quattro generazioni. Produciamo anche collezioni con il marchio del cliente e
      cerchiamo boutique e stilisti all'estero.""",
      sectors=("C14.19",)),
    d("hats-r", "org-mayfair-milliners", "GB-LND", "BR", "en",
      "Hat boutique looking for Italian straw hat makers",
      """Our boutique sells hats for weddings, the races and summer. We want a summer range of
      classic Italian straw hats, hand-made, and a workshop that can add our own label.""",
      sectors=("G47.71",)),
    d("organ-o", "org-organaria-bergamo", "IT-25", "BO", "it",
      "Restauro e costruzione di organi a canne",
      """La nostra bottega organaria restaura organi storici nel rispetto dei materiali originali
      e costruisce nuovi strumenti per chiese e sale da concerto. Abbiamo lavorato in dieci
      paesi europei.""",
      sectors=("C32.20", "S95.29")),
    d("organ-r", "org-riga-cathedral-parish", "LV-RIX", "BR", "en",
      "Our nineteenth-century church organ needs a full restoration",
      """The organ of our church, built in 1885, has not been played for years: leather is
      cracked, pipes are damaged and the wind system leaks. We have raised funds and look for
      experienced organ builders to restore it.""",
      sectors=("S94.91",)),
    d("balsamic-o", "org-acetaia-modenese", "IT-45", "BO", "it",
      "Aceto balsamico tradizionale di Modena per negozi gourmet",
      """La nostra acetaia invecchia l'aceto balsamico tradizionale in botti di legni diversi per
      12 e 25 anni. Produciamo anche condimenti e glasse. Cerchiamo importatori e negozi di
      gastronomia.""",
      ["RU", "KZ", "AM", "IT"], sectors=("C10.84",)),
    d("balsamic-r", "org-gastronom-elite", "RU-MOW", "BR", "ru",
      "Сеть магазинов деликатесов ищет итальянский бальзамический уксус",
      """У нас восемь магазинов деликатесов в Москве. Покупатели спрашивают настоящий выдержанный
      бальзамический уксус из Модены, а у дистрибьюторов только дешёвые варианты. Ищем
      производителя для прямых поставок.""",
      sectors=("G47.29",)),
    d("khokhloma-o", "org-hohloma-promysel", "RU-NIZ", "BO", "ru",
      "Расписная деревянная посуда и матрёшки ручной работы",
      """Наша мастерская делает деревянную посуду с хохломской росписью, матрёшки и шкатулки:
      точим, расписываем вручную и покрываем лаком. Ищем магазины народных промыслов и
      сувениров за рубежом.""",
      sectors=("C16.29",)),
    d("khokhloma-r", "org-bottega-etnica-bologna", "IT-45", "BR", "it",
      "Negozio di artigianato dal mondo cerca oggetti in legno dipinti a mano",
      """Il nostro negozio vende artigianato da tutto il mondo. Cerchiamo laboratori che
      producano oggetti tradizionali in legno dipinto a mano, come ciotole, scatole e bambole,
      per vendere direttamente senza intermediari.""",
      sectors=("G47.78",)),
    d("rib-o", "org-gommoni-adriatico", "IT-57", "BO", "it",
      "Gommoni e battelli pneumatici semirigidi per diporto e lavoro",
      """Costruiamo battelli pneumatici semirigidi da 4 a 12 metri per diportisti, diving,
      soccorso e turismo, con tubolari in tessuto ad alta resistenza. Cerchiamo rivenditori
      all'estero.""",
      ["RU", "KZ", "HR", "GR", "IT"], sectors=("C30.12",)),
    d("rib-r", "org-turbaza-ladoga", "RU-KR", "BR", "ru",
      "Нужны надёжные лодки для прогулок туристов по Ладожскому озеру",
      """Наша турбаза возит гостей на острова Ладоги. Старые моторные лодки тяжёлые и неудобные,
      а на озере бывают сильные волны. Ищем производителя быстрых и устойчивых надувных лодок с
      жёстким дном.""",
      sectors=("N79.90",)),
    d("kamchatka-o", "org-kamchatka-photo", "RU-KAM", "BO", "ru",
      "Фототуры на Камчатку: вулканы, гейзеры и медведи",
      """Организуем фотоэкспедиции по Камчатке для небольших групп: вертолётные облёты вулканов,
      Долина гейзеров, наблюдение за медведями на нерестовых реках. Работаем с иностранными
      туроператорами.""",
      sectors=("N79.90",)),
    d("kamchatka-r", "org-wildlens-tours", "GB-BST", "BR", "en",
      "Photo-tour operator looking for a local partner in Kamchatka",
      """We run wildlife photography holidays and our clients keep asking about the volcanoes and
      bears of Kamchatka. We need a reliable local company to handle logistics, permits,
      helicopters and guides.""",
      sectors=("N79.12",)),
    d("babyfood-o", "org-little-sprout-foods", "GB-BRD", "BO", "en",
      "Organic baby food pouches and finger foods",
      """We make organic fruit and vegetable purées in pouches and baked finger foods for babies
      from six months, without added sugar. We look for distributors and retail chains
      abroad.""",
      sectors=("C10.86",)),
    d("babyfood-r", "org-detskii-mir-almaty", "KZ-75", "BR", "ru",
      "Сеть детских магазинов ищет органическое детское питание",
      """Мы сеть из тридцати магазинов детских товаров. Родители спрашивают органические пюре и
      снеки для малышей без сахара, а на полках в основном местные марки. Ищем зарубежного
      производителя для эксклюзивных поставок.""",
      sectors=("G47.29",)),
    d("lavender-o", "org-lavande-haute-provence", "FR-PAC", "BO", "fr",
      "Huiles essentielles de lavande et lavandin de Haute-Provence",
      """Notre distillerie produit des huiles essentielles de lavande fine, de lavandin et de
      romarin à partir de nos cultures, ainsi que des eaux florales. Nous cherchons des
      distributeurs à l'étranger.""",
      ["RU", "KZ", "FR", "BE", "JP"], sectors=("C20.53",)),
    d("lavender-r", "org-aromalavka", "RU-SPE", "BR", "ru",
      "Сеть магазинов ароматерапии ищет производителей эфирных масел лаванды",
      """Наши магазины продают эфирные масла и натуральную косметику. Лавандовое масло у
      поставщиков часто разбавлено. Хотим закупать напрямую у французских производителей с
      анализом каждой партии.""",
      sectors=("G47.75",)),
    d("birchbark-o", "org-beresta-masterskaya", "RU-ARK", "BO", "ru",
      "Изделия из бересты: туески, шкатулки и светильники",
      """Наша мастерская плетёт и режет изделия из бересты по северным традициям: туески для
      хранения продуктов, шкатулки, светильники. Ищем магазины декора и подарков в Европе.""",
      ["FR", "BE", "DE", "RU"], sectors=("C16.29",)),
    d("birchbark-r", "org-boutique-deco-nordique", "FR-BRE", "BR", "fr",
      "Boutique de décoration cherche des objets artisanaux en écorce",
      """Notre boutique de décoration vend des objets naturels et artisanaux. Nos clients aiment
      le bois et les matières brutes, et nous cherchons des artisans qui travaillent l'écorce
      de bouleau pour des boîtes et des luminaires.""",
      sectors=("G47.59",)),
    d("cuckoo-o", "org-kuckucksuhren-triberg", "DE-BW", "BO", "de",
      "Kuckucksuhren aus dem Schwarzwald",
      """Wir schnitzen und bauen seit drei Generationen Kuckucksuhren mit mechanischem Werk,
      Musikspiel und tanzenden Figuren. Wir suchen Uhren- und Souvenirgeschäfte in
      Südeuropa.""",
      ["IT", "ES", "FR", "DE"], sectors=("C26.52",)),
    d("cuckoo-r", "org-orologeria-veneziana", "IT-34", "BR", "it",
      "Orologeria cerca orologi a cucù tradizionali",
      """Il nostro negozio di orologi in centro a Venezia vende anche orologi da parete
      particolari. Turisti e clienti chiedono orologi a cucù autentici con meccanismo, e
      cerchiamo un produttore che ci rifornisca.""",
      sectors=("G47.77",)),
    d("violin-o", "org-liuteria-cremonese", "IT-25", "BO", "it",
      "Violini, viole e violoncelli dalla liuteria di Cremona",
      """Costruiamo a mano strumenti ad arco secondo la tradizione cremonese, per studenti
      avanzati e professionisti, e offriamo prova e assistenza. Cerchiamo scuole di musica e
      negozi specializzati.""",
      sectors=("C32.20",)),
    d("violin-r", "org-musikschule-kassel", "DE-HE", "BR", "de",
      "Unsere Musikschule sucht gute Streichinstrumente für Fortgeschrittene",
      """Unsere Musikschule verleiht Instrumente an Schüler. Für die fortgeschrittenen Schüler
      des Jugendorchesters brauchen wir Geigen und Celli von guter handwerklicher Qualität
      direkt vom Geigenbauer.""",
      sectors=("P85.52",)),
    d("jamon-o", "org-jamones-dehesa", "ES-EX", "BO", "es",
      "Jamón ibérico de bellota de la dehesa extremeña",
      """Criamos cerdos ibéricos en libertad en la dehesa y curamos jamones y paletas durante
      tres años en bodegas naturales. Buscamos tiendas gourmet y restaurantes en Italia y
      Francia.""",
      ["IT", "FR", "ES", "PT"], sectors=("C10.13",)),
    d("jamon-r", "org-salumeria-gourmet-roma", "IT-62", "BR", "it",
      "La nostra salumeria vuole vendere jamón ibérico autentico",
      """Siamo una salumeria gastronomia di Roma. Accanto ai prosciutti italiani vorremmo offrire
      il prosciutto iberico di ghianda, acquistato direttamente da un allevatore spagnolo
      affidabile.""",
      sectors=("G47.22",)),
    d("nativity-o", "org-presepi-san-gregorio", "IT-72", "BO", "it",
      "Statuine del presepe napoletano fatte a mano",
      """Nella nostra bottega di San Gregorio Armeno modelliamo e dipingiamo a mano pastori e
      scene del presepe napoletano, in terracotta e con vestiti di stoffa. Cerchiamo negozi
      all'estero.""",
      sectors=("C32.99",)),
    d("nativity-r", "org-belenes-madrid", "ES-MD", "BR", "es",
      "Tienda de belenes busca figuras artesanales italianas",
      """Nuestra tienda en Madrid vende belenes y figuras todo el año. Queremos ampliar la
      colección con figuras napolitanas hechas a mano y buscamos un taller que nos las venda
      directamente.""",
      sectors=("G47.78",)),
)

for topic in ("beer", "pinenut", "tea", "hats", "organ", "balsamic", "khokhloma", "rib",
              "kamchatka", "babyfood", "lavender", "birchbark", "cuckoo", "violin", "jamon",
              "nativity"):
    niche.pair(f"{topic}-o", f"{topic}-r")
