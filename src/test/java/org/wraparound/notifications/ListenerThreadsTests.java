package org.wraparound.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.wraparound.WraparoundTest;

/**
 * Event listeners (mail, matching, impact) run on a pool of threads of their own, never queued one by one on the
 * scheduling thread: an Executor bean of the live chat once made Spring Boot leave its executor out.
 */
@WraparoundTest
class ListenerThreadsTests {

	@Autowired
	ApplicationContext context;

	@Test
	void listenersRunOnAPoolOfSeveralThreads() {
		var configurers = context.getBeansOfType(AsyncConfigurer.class).values();
		assertThat(configurers).hasSize(1);
		Executor executor = configurers.iterator().next().getAsyncExecutor();
		assertThat(executor).isInstanceOf(ThreadPoolTaskExecutor.class);
		assertThat(((ThreadPoolTaskExecutor) executor).getCorePoolSize()).isGreaterThan(1);
		assertThat(((ThreadPoolTaskExecutor) executor).getThreadNamePrefix()).doesNotStartWith("scheduling");
	}
}
