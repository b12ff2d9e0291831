package id.newsroom.media.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import id.newsroom.media.web.MediaProblem;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    @Test
    void onlyPublicAddressesArePublic() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "127.9.9.9", "10.0.0.1", "172.16.5.5", "192.168.0.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.251", "255.255.255.255", "::1", "::",
                "fe80::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1")) {
            assertThat(AddressPolicy.publicAddress(InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : List.of("8.8.8.8", "203.0.114.1", "2606:4700:4700::1111", "1.1.1.1")) {
            assertThat(AddressPolicy.publicAddress(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void theAllowListLetsThroughItsHostsAndRangesOnly() {
        AddressPolicy policy = new AddressPolicy(List.of("127.0.0.2/32", "10.20.0.0/16"));
        assertThat(policy.check(URI.create("http://127.0.0.2:8080/a.jpg")).getHostAddress()).isEqualTo("127.0.0.2");
        assertThat(policy.check(URI.create("https://10.20.1.1/a.jpg")).getHostAddress()).isEqualTo("10.20.1.1");
        assertThatThrownBy(() -> policy.check(URI.create("http://127.0.0.1/a.jpg")))
                .isInstanceOfSatisfying(MediaProblem.class, p -> assertThat(p.reason()).isEqualTo("import_refused"));
        assertThatThrownBy(() -> policy.check(URI.create("http://10.21.0.1/a.jpg"))).isInstanceOf(MediaProblem.class);
        assertThatThrownBy(() -> new AddressPolicy(List.of()).check(URI.create("gopher://8.8.8.8/")))
                .isInstanceOf(MediaProblem.class);
    }
}
