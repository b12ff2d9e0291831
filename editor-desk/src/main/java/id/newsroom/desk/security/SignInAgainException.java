package id.newsroom.desk.security;

/** The session's tokens are gone (refresh token expired or the provider restarted): the user must sign in again. */
public class SignInAgainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignInAgainException() {
        super("Sign in again: the session holds no usable token");
    }
}
