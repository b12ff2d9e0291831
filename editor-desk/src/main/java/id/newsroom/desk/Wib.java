package id.newsroom.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Times as the newsroom reads them: Western Indonesian Time (UTC+7), Indonesian words. */
public final class Wib {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm 'WIB'",
            Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm 'WIB'");

    private Wib() {}

    /** "14.05 WIB" for today, "3 Des 2026, 14.05 WIB" otherwise; "" for null or garbage. */
    public static String format(String isoInstant, LocalDate today) {
        Instant instant = parse(isoInstant);
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(ZONE);
        return local.toLocalDate().equals(today) ? TIME.format(local) : DAY_TIME.format(local);
    }

    public static boolean isToday(String isoInstant, LocalDate today) {
        Instant instant = parse(isoInstant);
        return instant != null && instant.atZone(ZONE).toLocalDate().equals(today);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static Instant parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
