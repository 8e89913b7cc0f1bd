package news.credibility.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;

@ExtendWith(OutputCaptureExtension.class)
class ConfiguredUsersTests {

    final ConfiguredUsers configuration = new ConfiguredUsers();
    final PasswordEncoder encoder = configuration.passwordEncoder();

    private UserDetailsService users(Map<String, CredibilityProperties.User> users) {
        return configuration.userDetailsService(new CredibilityProperties(Path.of("rules"), DataSize.ofMegabytes(5), users), encoder);
    }

    @Test
    void usersComeFromPropertiesWithTheirRoles() {
        UserDetails author = users(Map.of("author", new CredibilityProperties.User(encoder.encode("s3cret"), List.of("RULE_AUTHOR", "ANALYST"))))
                .loadUserByUsername("author");
        assertThat(author.getAuthorities()).extracting(Object::toString).containsExactlyInAnyOrder("ROLE_RULE_AUTHOR", "ROLE_ANALYST");
        assertThat(encoder.matches("s3cret", author.getPassword())).isTrue();
    }

    @Test
    void aDefaultPasswordLeftInPlaceIsWarnedAbout(CapturedOutput output) {
        users(Map.of("analyst", new CredibilityProperties.User(encoder.encode("analyst"), List.of("ANALYST")),
                "auditor", new CredibilityProperties.User(encoder.encode("changed"), List.of("AUDITOR"))));
        assertThat(output.getAll()).contains("WARN", "User 'analyst' still has its default password")
                .doesNotContain("User 'auditor' still has");
    }

    @Test
    void aUserWithoutPasswordStopsTheStartUpNamingTheProperty() {
        assertThatThrownBy(() -> users(Map.of("bob", new CredibilityProperties.User(" ", List.of("ANALYST")))))
                .hasMessageContaining("credibility.users.bob.password is missing");
    }
}
