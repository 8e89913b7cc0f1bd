package news.credibility.api;

import news.credibility.text.Utf8;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the API as an RFC 9457 problem: Spring MVC's own (404, 405, 415, 406...) through
 * {@link ResponseEntityExceptionHandler}, unreadable JSON explained with the field or position at
 * fault, and anything unexpected as a generic 500 whose details go to the log, never to the caller.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(Utf8.MalformedUtf8Exception.class)
    ProblemDetail notUtf8(Utf8.MalformedUtf8Exception e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is " + e.getMessage() + ". Send the text encoded as UTF-8.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error, incident {}", incident, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged as incident " + incident + ".");
        problem.setProperty("incident", incident);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, explain(e));
        JacksonException cause = jacksonCause(e);
        if (cause != null && !cause.getPath().isEmpty()) {
            problem.setProperty("field", path(cause));
        }
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        String supported = e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Content-Type '%s' is not accepted here; send %s."
                .formatted(e.getContentType() == null ? "(none)" : e.getContentType(), supported));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private static String explain(HttpMessageNotReadableException e) {
        JacksonException cause = jacksonCause(e);
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field \"%s\" at %s; known fields: %s.".formatted(unknown.getPropertyName(), parent(unknown),
                    names(unknown.getKnownPropertyIds()));
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && mismatch.getTargetType().isEnum()) {
            return "%s has a value that is not allowed; allowed values: %s.".formatted(path(mismatch),
                    names(java.util.Arrays.asList(mismatch.getTargetType().getEnumConstants())));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "%s has the wrong shape: %s.".formatted(path(mismatch), mismatch.getOriginalMessage());
        }
        if (cause != null) {
            return "Malformed JSON%s: %s. Check the body is one JSON object.".formatted(where(cause.getLocation()),
                    cause.getOriginalMessage());
        }
        return "The request body is missing or unreadable: send the content described in the API (see /v3/api-docs).";
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
    }

    /** The JSON path of the value at fault, written as a reader would: claims[0].kind. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the body" : path.toString();
    }

    private static String parent(UnrecognizedPropertyException e) {
        String full = path(e);
        int cut = full.lastIndexOf('.');
        return cut < 0 ? "the top level" : full.substring(0, cut);
    }

    private static String names(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}
