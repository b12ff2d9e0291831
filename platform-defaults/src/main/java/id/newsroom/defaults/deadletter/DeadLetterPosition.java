package id.newsroom.defaults.deadletter;

/** A record of the dead-letter topic: {@code partition-offset}. */
public record DeadLetterPosition(int partition, long offset) {

    public static DeadLetterPosition parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a record id: expected <partition>-<offset>, e.g. 0-42");
        }
        try {
            return new DeadLetterPosition(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a record id: expected <partition>-<offset>, e.g. 0-42");
        }
    }

    boolean isBefore(int partition, long offset) {
        return this.partition < partition || (this.partition == partition && this.offset < offset);
    }
}
