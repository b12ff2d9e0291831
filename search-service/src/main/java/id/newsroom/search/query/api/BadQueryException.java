package id.newsroom.search.query.api;

import org.springframework.http.HttpStatus;

import id.newsroom.defaults.problem.ClientProblem;

/** The request cannot be answered as asked; the message is the problem's {@code detail}, written for people. */
public class BadQueryException extends ClientProblem {

    public BadQueryException(String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-search", "Invalid search request", message);
    }
}
