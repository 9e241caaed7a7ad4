package app.atrium.spaces.demo;

import static app.atrium.spaces.BookedBy.MEMBERS;
import static app.atrium.spaces.BookedBy.STAFF_ONLY;
import static app.atrium.spaces.ResourceKind.CAPACITY;
import static app.atrium.spaces.ResourceKind.COMPOSITE;
import static app.atrium.spaces.ResourceKind.EXCLUSIVE;

import app.atrium.platform.demo.DemoContributor;
import app.atrium.spaces.BookedBy;
import app.atrium.spaces.ResourceDraft;
import app.atrium.spaces.ResourceKind;
import app.atrium.spaces.ResourceTypeDraft;
import app.atrium.spaces.ResourceTypes;
import app.atrium.spaces.Resources;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The spaces of the reference coworking in Almaty (PRODUCT.md, "Resources"): fourteen kinds, from
 * the open space of 20 hot desks to the event zone made of halls A and B.
 */
@Component
@Order(10)
class SpacesDemo implements DemoContributor {

  private static final int DAY = 24 * 60;

  private final ResourceTypes types;
  private final Resources resources;

  SpacesDemo(ResourceTypes types, Resources resources) {
    this.types = types;
    this.resources = resources;
  }

  @Override
  public void seed(DemoTenant tenant) {
    var hotDesk = type("hot-desk", "Горячие места", CAPACITY, true, 60, 60, null, MEMBERS);
    var fixedDesk =
        type("fixed-desk", "Фиксированные места", CAPACITY, true, DAY, DAY, null, STAFF_ONLY);
    var office = type("private-office", "Офисы", EXCLUSIVE, true, DAY, DAY, null, STAFF_ONLY);
    // Meeting rooms draw on the plan's included hours and are free to cancel until 2 h before.
    var meetingRoom =
        types
            .create(
                new ResourceTypeDraft(
                    "Переговорные",
                    "meeting-room",
                    EXCLUSIVE,
                    true,
                    30,
                    30,
                    8 * 60,
                    MEMBERS,
                    true,
                    120))
            .id();
    var hall = type("hall", "Залы", EXCLUSIVE, true, 30, 60, null, MEMBERS);
    var eventZone = type("event-zone", "Ивент-зона", COMPOSITE, true, 60, 60, null, STAFF_ONLY);
    var booth = type("phone-booth", "Телефонные кабинки", EXCLUSIVE, true, 15, 15, 60, MEMBERS);
    var locker = type("locker", "Шкафчики", CAPACITY, true, DAY, DAY, null, STAFF_ONLY);
    var printer = type("printer", "Принтеры", EXCLUSIVE, false, 30, 30, null, MEMBERS);
    var parking = type("parking", "Парковка", CAPACITY, true, DAY, DAY, DAY, MEMBERS);
    var studio = type("studio", "Студии", EXCLUSIVE, true, 60, 60, null, MEMBERS);
    var equipment = type("equipment", "Оборудование", EXCLUSIVE, true, 30, 30, null, MEMBERS);
    var mailbox = type("mailbox", "Почтовые ящики", CAPACITY, true, DAY, DAY, null, STAFF_ONLY);
    var kitchen = type("kitchen", "Кухня и лаунж", EXCLUSIVE, true, 60, 60, 4 * 60, STAFF_ONLY);

    UUID here = tenant.locationId();
    var floor1 = "1 этаж";
    var floor2 = "2 этаж";
    capacity(
        here,
        hotDesk,
        "Опен-спейс",
        floor1,
        20,
        "Стол",
        List.of("Wi-Fi", "Розетки у каждого места", "Кофе"));
    capacity(
        here,
        fixedDesk,
        "Фиксированные места",
        floor1,
        10,
        "Место",
        List.of("Wi-Fi", "Монитор", "Тумба с замком"));
    room(here, office, "Офис 1", floor2, 4, List.of("Wi-Fi", "Кондиционер", "Доступ 24/7"));
    room(
        here,
        office,
        "Офис 2",
        floor2,
        6,
        List.of("Wi-Fi", "Кондиционер", "Доступ 24/7", "Окно во двор"));
    room(here, office, "Офис 3", floor2, 2, List.of("Wi-Fi", "Доступ 24/7"));
    room(here, meetingRoom, "Переговорная S", floor1, 4, List.of("Телевизор", "Маркерная доска"));
    room(
        here,
        meetingRoom,
        "Переговорная M",
        floor1,
        8,
        List.of("Телевизор", "Маркерная доска", "Видеоконференции"));
    room(
        here,
        meetingRoom,
        "Переговорная L",
        floor2,
        12,
        List.of("Телевизор", "Маркерная доска", "Видеоконференции", "Кондиционер"));
    UUID hallA = room(here, hall, "Зал А", floor1, 30, List.of("Проектор", "Звук", "Микрофоны"));
    UUID hallB = room(here, hall, "Зал Б", floor1, 30, List.of("Экран", "Звук"));
    resources.create(
        new ResourceDraft(
            here,
            eventZone,
            "Ивент-зона (А+Б)",
            "Залы А и Б вместе: мероприятия до 60 человек. Бронирует администратор.",
            60,
            floor1,
            List.of("Проектор", "Звук", "Микрофоны", "Сцена"),
            null,
            null,
            List.of(hallA, hallB)));
    room(here, booth, "Кабинка 1", floor1, 1, List.of("Звукоизоляция"));
    room(here, booth, "Кабинка 2", floor2, 1, List.of("Звукоизоляция"));
    capacity(here, locker, "Шкафчики", floor1, 30, "Шкафчик", List.of("Кодовый замок"));
    room(here, printer, "Принтер", floor1, null, List.of("Цветная печать", "Сканер", "A3"));
    capacity(
        here, parking, "Парковка", "Двор", 10, "Место", List.of("Шлагбаум", "Видеонаблюдение"));
    room(
        here,
        studio,
        "Подкаст-студия",
        floor2,
        4,
        List.of("Микрофоны", "Звукоизоляция", "Свет", "Камера"));
    room(here, equipment, "Проектор", floor1, null, List.of("Full HD", "HDMI"));
    capacity(
        here,
        mailbox,
        "Почтовые ящики",
        floor1,
        50,
        "Ящик",
        List.of("Юридический адрес", "Приём корреспонденции"));
    room(
        here,
        kitchen,
        "Кухня-лаунж",
        floor1,
        20,
        List.of("Кофемашина", "Холодильник", "Микроволновка"));
  }

  private UUID type(
      String code,
      String name,
      ResourceKind kind,
      boolean bookable,
      int slot,
      int min,
      Integer max,
      BookedBy bookedBy) {
    return types
        .create(new ResourceTypeDraft(name, code, kind, bookable, slot, min, max, bookedBy))
        .id();
  }

  private UUID room(
      UUID location, UUID type, String name, String zone, Integer seats, List<String> amenities) {
    return resources
        .create(
            new ResourceDraft(location, type, name, "", seats, zone, amenities, null, null, null))
        .id();
  }

  private void capacity(
      UUID location,
      UUID type,
      String name,
      String zone,
      int units,
      String unitLabel,
      List<String> amenities) {
    resources.create(
        new ResourceDraft(location, type, name, "", null, zone, amenities, units, unitLabel, null));
  }
}
