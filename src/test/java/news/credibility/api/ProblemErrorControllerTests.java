package news.credibility.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** Errors raised outside Spring MVC are answered as problems, and a 500 never says more than that it was logged. */
class ProblemErrorControllerTests {

    final ProblemErrorController controller = new ProblemErrorController();

    @Test
    void aContainerErrorBecomesAProblemWithItsStatusAndPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 400);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/assessments");
        ResponseEntity<ProblemDetail> response = controller.error(request);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getInstance()).hasToString("/api/assessments");
    }

    @Test
    void anUnknownFailureIsAGeneric500() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret"));
        ResponseEntity<ProblemDetail> response = controller.error(request);
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getBody().getDetail()).isEqualTo("Something went wrong on our side; it has been logged.")
                .doesNotContain("secret");
    }
}
