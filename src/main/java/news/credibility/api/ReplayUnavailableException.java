package news.credibility.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A replay that cannot be made as asked (the rules of its version were not archived, or do not compile); 409 with what to do. */
class ReplayUnavailableException extends ResponseStatusException {

    ReplayUnavailableException(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }
}
