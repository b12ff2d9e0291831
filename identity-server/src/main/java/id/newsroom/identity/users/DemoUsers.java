package id.newsroom.identity.users;

import java.util.List;
import java.util.Optional;

import id.newsroom.identity.IdentityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The configured staff members (bcrypt hashes only) and their display names for the tokens. */
@Configuration(proxyBeanMethods = false)
public class DemoUsers {

    private final List<IdentityProperties.User> users;

    public DemoUsers(IdentityProperties props) {
        this.users = props.users();
    }

    @Bean
    static PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService() {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users.stream()
                .map(u -> User.withUsername(u.username()).password(u.passwordHash()).roles(u.role()).build())
                .toList());
        return manager::loadUserByUsername; // not a password-updating service: no re-hash on login
    }

    /** The display name of a user name, if configured. */
    public Optional<String> displayName(String username) {
        return users.stream().filter(u -> u.username().equals(username)).map(IdentityProperties.User::name)
                .findFirst();
    }
}
