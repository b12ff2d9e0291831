package id.newsroom.web.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Newsroom time: every date a reader sees is in WIB (Asia/Jakarta, UTC+7), written the Indonesian way. */
public final class Wib {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter
            .ofPattern("EEEE, d MMMM yyyy | HH:mm 'WIB'", INDONESIAN).withZone(ZONE);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

    private Wib() {}

    /** "Minggu, 29 November 2026 | 10:57 WIB". */
    public static String display(Instant instant) {
        return instant == null ? "" : DISPLAY.format(instant);
    }

    /** "2026-11-29T10:57:00+07:00": for datetime attributes, JSON-LD and sitemaps. */
    public static String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant);
    }
}
