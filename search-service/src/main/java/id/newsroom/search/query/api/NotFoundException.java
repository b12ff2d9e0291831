package id.newsroom.search.query.api;

import org.springframework.http.HttpStatus;

import id.newsroom.defaults.problem.ClientProblem;

/** No such article in the index (the related-articles lookup); answered 404 problem+json. */
public class NotFoundException extends ClientProblem {

    public NotFoundException(String message) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", message);
    }
}
