package news.credibility.api;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The audit store failing: 503, and the assessment is not given, because an answer that is not on
 * record must not go out. Ahead of {@link ProblemHandler}, whose catch-all would make it a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditProblems {

    private static final Logger log = LoggerFactory.getLogger(AuditProblems.class);

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ProblemDetail storeUnavailable(RuntimeException e) {
        String incident = UUID.randomUUID().toString();
        log.error("Audit store unavailable, incident {}", incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The audit store cannot be reached, so nothing was recorded and no assessment is given; try again shortly (incident "
                        + incident + ").");
        problem.setProperty("incident", incident);
        return problem;
    }
}
