package io.upskillplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.upskillplanner.domain.InputRejectedException;
import io.upskillplanner.store.ServerDatabase;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A --db-url handed over by someone else cannot make the PostgreSQL driver load a class or write a file. */
class HostileServerUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext",
        "sslfactory=com.example.Evil", "sslhostnameverifier=com.example.Evil", "sslpasswordcallback=com.example.Evil",
        "authenticationPluginClassName=com.example.Evil", "loggerFile=/tmp/owned.log"})
    void aDriverParameterThatLoadsAClassOrWritesAFileIsRefused(String parameter) {
        String url = "jdbc:postgresql://db.example/team?sslmode=require&" + parameter;

        assertThatThrownBy(() -> ServerDatabase.fromEnvironment(url, Map.of(), "counselor"))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("--db-url").hasMessageContaining(parameter.substring(0, parameter.indexOf('=')).toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?sslmode=require", "?ssl=true&connectTimeout=5&ApplicationName=x"})
    void connectionSettingsStillPass(String query) {
        assertThat(ServerDatabase.fromEnvironment("jdbc:postgresql://db.example/team" + query, Map.of(), "counselor")
                .user()).isEqualTo("counselor");
    }
}
