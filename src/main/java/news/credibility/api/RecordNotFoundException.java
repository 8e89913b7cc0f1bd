package news.credibility.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/** No stored assessment by that number, or none the caller may read. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class RecordNotFoundException extends ResponseStatusException {

    RecordNotFoundException(long seq) {
        super(HttpStatus.NOT_FOUND, "There is no stored assessment %d that you may read: list them with GET /api/audit/assessments.".formatted(seq));
    }
}
