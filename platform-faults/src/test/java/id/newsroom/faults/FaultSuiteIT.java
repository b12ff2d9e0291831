package id.newsroom.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The CI subset of ./faults.sh: one drill of each kind during 150 acknowledged editor writes, on the real processes.
 * The run passes only with zero lost, ghost and stale articles, all 100 poison records dead-lettered by both consumers
 * and the read models converged.
 */
class FaultSuiteIT {

    @Test
    void everyReadModelConvergesAfterOneDrillOfEachKind() throws Exception {
        FaultRun.Result result = FaultRun.run(SharedPlatform.get(), 150, 1, 11, Set.copyOf(SharedPlatform.articleIds),
                System.out);
        SharedPlatform.articleIds.addAll(result.tokens().keySet());

        System.out.println(FaultRun.table(result, 1, 1, 150));
        assertThat(result.injected()).hasSize(Faults.Kind.values().length)
                .allSatisfy((kind, n) -> assertThat(n).isEqualTo(1));
        assertThat(result.acknowledged()).isGreaterThanOrEqualTo(150);
        assertThat(result.check().examples()).isEmpty();
        assertThat(result.check().lost() + result.check().ghost() + result.check().stale()).isZero();
        assertThat(result.deadLetteredFeed()).isEqualTo(Faults.POISON_RECORDS);
        assertThat(result.deadLetteredSearch()).isEqualTo(Faults.POISON_RECORDS);
        assertThat(result.convergedAfterHealthy()).isBetween(0.0, (double) FaultRun.CONVERGE_LIMIT.toSeconds());
        assertThat(result.passed()).isTrue();
    }
}
