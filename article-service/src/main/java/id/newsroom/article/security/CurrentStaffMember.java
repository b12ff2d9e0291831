package id.newsroom.article.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Turns the authenticated principal (Basic user or JWT) into the newsroom member who makes the change. */
@Component
public class CurrentStaffMember {

    private final SecurityProperties props;

    public CurrentStaffMember(SecurityProperties props) {
        this.props = props;
    }

    public StaffMember get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Role role = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR"))
                ? Role.EDITOR
                : Role.WRITER;
        if (auth instanceof JwtAuthenticationToken jwt) {
            Object name = jwt.getToken().getClaims().get(props.jwt().nameClaim());
            return new StaffMember(jwt.getName(), name == null ? jwt.getName() : name.toString(), role);
        }
        String username = auth.getName();
        String name = props.users().stream().filter(u -> u.username().equals(username))
                .map(SecurityProperties.User::name).findFirst().orElse(username);
        return new StaffMember(username, name, role);
    }
}
