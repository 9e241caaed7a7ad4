package app.atrium.members.demo;

import java.util.Map;

/** Names, companies, tags and notes the demo's people are made of. */
final class DemoPeople {

  private DemoPeople() {}

  /** First names, in Cyrillic and as they are written in an email address. */
  static final String[][] WOMEN = {
    {"Айгуль", "aigul"}, {"Дана", "dana"}, {"Жанна", "zhanna"}, {"Алия", "aliya"},
    {"Мадина", "madina"}, {"Камила", "kamila"}, {"Аружан", "aruzhan"}, {"Динара", "dinara"},
    {"Сауле", "saule"}, {"Гульмира", "gulmira"}, {"Томирис", "tomiris"}, {"Айдана", "aidana"},
    {"Балжан", "balzhan"}, {"Меруерт", "meruert"}, {"Индира", "indira"}, {"Салтанат", "saltanat"},
    {"Анна", "anna"}, {"Екатерина", "ekaterina"}, {"Ольга", "olga"}, {"Мария", "maria"},
    {"Наталья", "natalya"}, {"Ирина", "irina"}, {"Юлия", "yulia"}, {"Светлана", "svetlana"}
  };

  static final String[][] MEN = {
    {"Айдар", "aidar"}, {"Ерлан", "erlan"}, {"Нурлан", "nurlan"}, {"Даурен", "dauren"},
    {"Бауыржан", "baurzhan"}, {"Асхат", "askhat"}, {"Тимур", "timur"}, {"Арман", "arman"},
    {"Ержан", "erzhan"}, {"Санжар", "sanzhar"}, {"Марат", "marat"}, {"Азамат", "azamat"},
    {"Ильяс", "ilyas"}, {"Алмас", "almas"}, {"Руслан", "ruslan"}, {"Бекзат", "bekzat"},
    {"Алексей", "alexey"}, {"Дмитрий", "dmitry"}, {"Сергей", "sergey"}, {"Андрей", "andrey"},
    {"Максим", "maxim"}, {"Игорь", "igor"}, {"Павел", "pavel"}, {"Виктор", "viktor"}
  };

  /** Surnames for a man and for a woman. */
  static final String[][] SURNAMES = {
    {"Сейткали", "Сейткали"},
    {"Нурланов", "Нурланова"},
    {"Жумабаев", "Жумабаева"},
    {"Ахметов", "Ахметова"},
    {"Касымов", "Касымова"},
    {"Омаров", "Омарова"},
    {"Абдрахманов", "Абдрахманова"},
    {"Байжанов", "Байжанова"},
    {"Тулегенов", "Тулегенова"},
    {"Искаков", "Искакова"},
    {"Сулейменов", "Сулейменова"},
    {"Мухамеджанов", "Мухамеджанова"},
    {"Есенов", "Есенова"},
    {"Оспанов", "Оспанова"},
    {"Кенжебаев", "Кенжебаева"},
    {"Садыков", "Садыкова"},
    {"Иванов", "Иванова"},
    {"Смирнов", "Смирнова"},
    {"Ким", "Ким"},
    {"Петров", "Петрова"},
    {"Соколов", "Соколова"},
    {"Ли", "Ли"},
    {"Попов", "Попова"}
  };

  /** Mobile operator codes after "+7 7". */
  static final int[] OPERATORS = {1, 2, 5, 7, 8, 47, 71, 75, 77, 78};

  static final String[] TAGS = {
    "it", "дизайн", "стартап", "фриланс", "маркетинг", "юрист", "финансы"
  };

  /** Name, legal name, BIN, email, phone, address, notes. */
  static final String[][] COMPANIES = {
    {
      "Шанырак Дизайн",
      "ТОО «Шанырак Дизайн»",
      "190440012345",
      "hello@shanyrak.example.kz",
      "+7 727 355 10 20",
      "г. Алматы, ул. Фурманова 50",
      "Дизайн-бюро, интерьеры и брендинг."
    },
    {
      "Алатау Софт",
      "ТОО «Алатау Софт»",
      "180340023456",
      "office@alatausoft.example.kz",
      "+7 727 311 22 33",
      "г. Алматы, пр. Аль-Фараби 77",
      "Платят за сотрудников одним счётом в начале месяца."
    },
    {
      "Qazaq Analytics",
      "ТОО «Qazaq Analytics»",
      "200540034567",
      "info@qazaqanalytics.example.kz",
      "+7 717 255 44 11",
      "г. Астана, ул. Кунаева 12",
      "Головной офис в Астане, в Алматы трое аналитиков."
    },
    {
      "Номад Логистик",
      "ТОО «Номад Логистик»",
      "170240045678",
      "buh@nomadlogistic.example.kz",
      "+7 727 390 00 15",
      "г. Алматы, ул. Толе би 101",
      "Счета — на бухгалтерию, копию руководителю."
    },
    {
      "Тау Архитектс",
      "ТОО «Тау Архитектс»",
      "210640056789",
      "studio@tauarch.example.kz",
      "+7 727 244 18 18",
      "г. Алматы, ул. Жибек Жолы 135",
      ""
    },
    {
      "Медиа Көк",
      "ТОО «Медиа Көк»",
      "160140067890",
      "team@mediakok.example.kz",
      "+7 727 277 35 35",
      "г. Алматы, ул. Панфилова 98",
      "Иногда бронируют подкаст-студию на весь день."
    },
    {
      "Бірлік Консалтинг",
      "ТОО «Бірлік Консалтинг»",
      "150940078901",
      "mail@birlik.example.kz",
      "+7 727 259 60 60",
      "г. Алматы, пр. Достык 43",
      ""
    },
    {
      "Жанна Дизайн",
      "ИП Жумабаева Жанна",
      "880512400123",
      "zhanna@zdesign.example.kz",
      "+7 701 700 70 70",
      "г. Алматы, мкр. Самал-2, 58",
      "Индивидуальный предприниматель."
    }
  };

  static final String[] NOTES = {
    "Попросил(а) счёт на компанию со следующего месяца.",
    "Интересуется переходом на тариф «Офис», перезвонить в понедельник.",
    "Забыл(а) пропуск, выдали гостевой на день.",
    "Оставил(а) зарядку в переговорной «Алатау», лежит на ресепшене.",
    "Хочет провести митап в ивент-зоне, ждём дату.",
    "Жаловался(ась) на шум у окна, предложили место в тихой зоне.",
    "Получили посылку на имя участника, хранится на ресепшене.",
    "Оплата прошла с опозданием, договорились на автоплатёж.",
    "Привёл(а) двух гостей, оформили гостевые дни.",
    "Просит парковочное место на следующий месяц."
  };

  private static final Map<Character, String> LATIN =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('ё', "e"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "i"),
          Map.entry('й', "y"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "sch"),
          Map.entry('ъ', ""),
          Map.entry('ы', "y"),
          Map.entry('ь', ""),
          Map.entry('э', "e"),
          Map.entry('ю', "yu"),
          Map.entry('я', "ya"),
          Map.entry('ә', "a"),
          Map.entry('ғ', "g"),
          Map.entry('қ', "q"),
          Map.entry('ң', "n"),
          Map.entry('ө', "o"),
          Map.entry('ұ', "u"),
          Map.entry('ү', "u"),
          Map.entry('һ', "h"),
          Map.entry('і', "i"));

  /** A Cyrillic surname as it would be spelt in an email address. */
  static String latin(String cyrillic) {
    var sb = new StringBuilder();
    for (char c : cyrillic.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      sb.append(LATIN.getOrDefault(c, String.valueOf(c)));
    }
    return sb.toString();
  }
}
