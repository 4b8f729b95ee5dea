package dev.opcon.limiter.http;

/** A request the API refuses, with the HTTP status that says why. Its message goes to the client. */
final class ApiException extends RuntimeException {

    private final int status;

    private ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException methodNotAllowed(String message) {
        return new ApiException(405, message);
    }

    int status() {
        return status;
    }
}
