package id.newsroom.defaults.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who the client is: the remote address, or, when that is a trusted proxy, the rightmost {@code X-Forwarded-For}
 * entry no trusted proxy added. Anyone can send the header, so it is believed from configured proxies only.
 */
public final class ClientAddresses {

    private final List<AddressRange> trustedProxies;

    public ClientAddresses(List<AddressRange> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (trustedProxies.isEmpty() || !AddressRange.anyContains(trustedProxies, remote)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (AddressRange.literalOrNull(hop) == null) {
                return remote; // a trusted proxy appends a valid address: garbage here came from the client
            }
            if (!AddressRange.anyContains(trustedProxies, hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? remote : hops.get(0);
    }
}
