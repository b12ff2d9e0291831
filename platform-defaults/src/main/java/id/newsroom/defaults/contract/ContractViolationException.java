package id.newsroom.defaults.contract;

/** A value that its contract rejects: retrying cannot change it, so the consumer treats it as poison. */
public class ContractViolationException extends RuntimeException {

    public ContractViolationException(String message) {
        super(message);
    }

    public ContractViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
