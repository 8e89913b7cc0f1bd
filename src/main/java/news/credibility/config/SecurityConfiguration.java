package news.credibility.config;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may do what. HTTP Basic against the users of {@code credibility.users.*}
 * ({@link ConfiguredUsers}); analysts assess and score, rule authors also reload the rules,
 * auditors read, verify, replay and export the stored assessments (and cannot assess or change rules);
 * health, the API description and the index page are public; everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    static final String REALM = "credibility";
    static final String ANALYST = "ANALYST";
    static final String RULE_AUTHOR = "RULE_AUTHOR";
    static final String AUDITOR = "AUDITOR";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        http
                // CSRF protection defends cookie-based sessions against forged cross-site requests. This
                // API keeps no session and no cookie: every request carries its own Basic credentials,
                // which a browser on another site cannot attach, so there is no token to forge against.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthorized()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .authorizeHttpRequests(requests -> requests
                        // error dispatches render problems of requests already authorised (or refused)
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/rules/reload").hasRole(RULE_AUTHOR)
                        .requestMatchers(HttpMethod.GET, "/api/rules/check", "/api/rules/diff").hasRole(RULE_AUTHOR)
                        .requestMatchers(HttpMethod.POST, "/api/assessments", "/api/claims/score").hasAnyRole(ANALYST, RULE_AUTHOR)
                        .requestMatchers(HttpMethod.GET, "/api/criteria").hasAnyRole(ANALYST, RULE_AUTHOR)
                        // the auditors' record: analysts read the records of their own requests (the controller
                        // narrows them); auditors read everything, verify, replay and export, and nothing else
                        .requestMatchers(HttpMethod.GET, "/api/audit/assessments", "/api/audit/assessments/{seq}")
                                .hasAnyRole(ANALYST, AUDITOR)
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasRole(AUDITOR)
                        // a correction is a new assessment (a new record pointing at the old one): assessors only
                        .requestMatchers(HttpMethod.POST, "/api/assessments/{seq}/corrections").hasAnyRole(ANALYST, RULE_AUTHOR)
                        // other methods and paths under /api: any signed-in user learns 404 or 405, not more
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
            ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Sign in with HTTP Basic as a configured user (see credibility.users.* in application.properties).");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> ProblemWriter.write(request, response, HttpStatus.FORBIDDEN,
                "Your role does not allow %s %s.".formatted(request.getMethod(), request.getRequestURI()),
                Map.of());
    }
}
