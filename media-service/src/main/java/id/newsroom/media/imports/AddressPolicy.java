package id.newsroom.media.imports;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import id.newsroom.defaults.http.AddressRange;
import id.newsroom.media.web.MediaProblem;

/**
 * Where an import may go: http(s) to public addresses only, checked on the addresses the name resolves to (and
 * again on every redirect), so a URL cannot make the service read the cloud metadata endpoint, the admin ports of
 * the network or itself. Hosts and ranges in {@code media.imports.allowed} are let through.
 */
public class AddressPolicy {

    private static final List<AddressRange> NON_PUBLIC = AddressRange.parseAll(List.of("0.0.0.0/8", "10.0.0.0/8",
            "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10",
            "ff00::/8"));

    private final List<String> allowedHosts;
    private final List<AddressRange> allowedRanges;

    public AddressPolicy(List<String> allowed) {
        this.allowedHosts = allowed.stream().filter(a -> !isRange(a)).map(a -> a.toLowerCase(Locale.ROOT)).toList();
        this.allowedRanges = AddressRange.parseAll(allowed.stream().filter(AddressPolicy::isRange).toList());
    }

    /** The address to connect to for {@code uri}, or a 422 problem saying why not. */
    public InetAddress check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused("Only http and https URLs can be imported, not '" + uri + "'.");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw refused("The URL '" + uri + "' names no host.");
        }
        String bare = host.replace("[", "").replace("]", "");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw MediaProblem.unprocessable("import_failed", "Import failed",
                    "The host '" + host + "' cannot be resolved.");
        }
        boolean hostAllowed = allowedHosts.contains(bare.toLowerCase(Locale.ROOT));
        for (InetAddress address : addresses) {
            if (!hostAllowed && !publicAddress(address)
                    && !AddressRange.anyContains(allowedRanges, address.getHostAddress())) {
                throw refused("The URL '" + uri + "' leads to " + address.getHostAddress()
                        + ", a loopback, private, link-local, multicast or unspecified address: imports fetch "
                        + "public addresses only.");
            }
        }
        return addresses[0];
    }

    /** Neither loopback, private, link-local, multicast, unspecified nor reserved (IPv4-mapped IPv6 included). */
    static boolean publicAddress(InetAddress address) {
        InetAddress a = unmapped(address);
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        return !AddressRange.anyContains(NON_PUBLIC, a.getHostAddress());
    }

    private static InetAddress unmapped(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address && b.length == 16) {
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return a;
    }

    private static boolean isRange(String text) {
        return text.contains("/") || text.matches("[0-9.]+|.*:.*");
    }

    static MediaProblem refused(String detail) {
        return MediaProblem.unprocessable("import_refused", "Import refused", detail);
    }
}
