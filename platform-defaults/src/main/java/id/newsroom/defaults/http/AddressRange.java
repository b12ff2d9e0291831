package id.newsroom.defaults.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** An address or CIDR range (IPv4 or IPv6), e.g. {@code 10.0.0.0/8}, {@code ::1}, {@code 192.168.1.7}. */
public record AddressRange(byte[] network, int prefix) {

    public static AddressRange parse(String text) {
        String[] parts = text.trim().split("/", 2);
        byte[] address = literal(parts[0]);
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("Bad prefix length in '" + text + "'");
        }
        return new AddressRange(address, prefix);
    }

    public static List<AddressRange> parseAll(List<String> texts) {
        return texts.stream().filter(t -> !t.isBlank()).map(AddressRange::parse).toList();
    }

    public static boolean anyContains(List<AddressRange> ranges, String address) {
        byte[] bytes = literalOrNull(address);
        return bytes != null && ranges.stream().anyMatch(r -> r.contains(bytes));
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }

    /** Bytes of an IP literal, or null when the text is not one (never a DNS lookup). */
    static byte[] literalOrNull(String text) {
        if (text == null || text.isBlank() || !text.matches("[0-9A-Fa-f:.]+|\\[[0-9A-Fa-f:.]+]")) {
            return null;
        }
        try {
            return InetAddress.getByName(text.replace("[", "").replace("]", "")).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] literal(String text) {
        byte[] bytes = literalOrNull(text);
        if (bytes == null) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address");
        }
        return bytes;
    }
}
