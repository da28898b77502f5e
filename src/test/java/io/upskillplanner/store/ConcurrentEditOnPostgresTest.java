package io.upskillplanner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.upskillplanner.domain.CostParts;
import io.upskillplanner.domain.Credential;
import io.upskillplanner.domain.Provider;
import io.upskillplanner.domain.ProviderType;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two counselors, two apps with their own connections, one shared catalog entry. */
class ConcurrentEditOnPostgresTest {

    private ServerDatabase server;
    private Database first;
    private Database second;

    @BeforeEach
    void openTwoApps() {
        server = TestServer.createDatabase();
        first = Database.openPostgres(server);
        second = Database.openPostgres(server);
    }

    @AfterEach
    void close() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (server != null) {
            TestServer.dropDatabase(server);
        }
    }

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedWithAClearMessageAndTheFirstIsKept() {
        Store anna = new Store(first);
        Store ben = new Store(second);
        Provider provider = anna.catalog().saveProvider(Provider.create("Acme Academy", ProviderType.PLATFORM));
        Credential original = anna.catalog().save(StoreRoundTripTest.sampleCredential(provider.id()));

        Credential annasCopy = anna.catalog().find(original.id()).orElseThrow();
        Credential bensCopy = ben.catalog().find(original.id()).orElseThrow();
        anna.catalog().save(withTuition(annasCopy, "450"));

        assertThatThrownBy(() -> ben.catalog().save(withTuition(bensCopy, "999")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("The credential 'Applied Data Analytics' was changed or deleted by someone else since "
                        + "you opened it. Reload it to see their change, then make yours again.");
        Credential stored = ben.catalog().find(original.id()).orElseThrow();
        assertThat(stored.costs().tuition()).isEqualByComparingTo("450");
        assertThat(stored.version()).isEqualTo(original.version() + 1);

        Credential bensRetry = ben.catalog().save(withTuition(stored, "999"));
        assertThat(anna.catalog().find(original.id()).orElseThrow().costs().tuition()).isEqualByComparingTo("999");
        assertThat(bensRetry.version()).isEqualTo(original.version() + 2);
    }

    @Test
    void whenBothSaveAtTheSameMomentExactlyOneWinsAndNothingIsLost() throws Exception {
        Store anna = new Store(first);
        Store ben = new Store(second);
        Provider provider = anna.catalog().saveProvider(Provider.create("Acme Academy", ProviderType.PLATFORM));
        Credential original = anna.catalog().save(StoreRoundTripTest.sampleCredential(provider.id()));

        for (int round = 0; round < 5; round++) {
            Credential current = anna.catalog().find(original.id()).orElseThrow();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Credential>> saves = new ArrayList<>();
                saves.add(pool.submit(saveAfter(start, anna, withTuition(current, "100" + round))));
                saves.add(pool.submit(saveAfter(start, ben, withTuition(current, "200" + round))));
                start.countDown();

                List<Credential> won = new ArrayList<>();
                List<Throwable> refused = new ArrayList<>();
                for (Future<Credential> save : saves) {
                    try {
                        won.add(save.get(30, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        refused.add(e.getCause());
                    }
                }
                assertThat(won).hasSize(1);
                assertThat(refused).singleElement().isInstanceOf(ConcurrentEditException.class);
                Credential stored = ben.catalog().find(original.id()).orElseThrow();
                assertThat(stored.costs().tuition()).isEqualByComparingTo(won.get(0).costs().tuition());
                assertThat(stored.version()).isEqualTo(current.version() + 1);
                assertThat(stored.skills()).hasSameSizeAs(original.skills());
            } finally {
                pool.shutdown();
            }
        }
    }

    private static Callable<Credential> saveAfter(CountDownLatch start, Store store, Credential credential) {
        return () -> {
            start.await();
            return store.catalog().save(credential);
        };
    }

    private static Credential withTuition(Credential c, String tuition) {
        CostParts k = c.costs();
        return new Credential(c.id(), c.title(), c.providerId(), c.providerName(), c.kind(), c.description(),
                new CostParts(new BigDecimal(tuition), k.exam(), k.materials(), k.renewal(), k.renewalPeriodMonths(),
                        k.currency()),
                c.effortHours(), c.fixedDurationWeeks(), c.format(), c.pacing(), c.quality(), c.credits(),
                c.badgeStandard(), c.validityMonths(), c.eqfLevel(), c.url(), c.drawbacks(), c.provenance(),
                c.origin(), c.externalId(), c.skills(), c.recognition(), c.version());
    }
}
