package id.newsroom.article.security;

/** The authenticated newsroom member making a request. */
public record StaffMember(String id, String name, Role role) {

    public boolean isEditor() {
        return role == Role.EDITOR;
    }
}
