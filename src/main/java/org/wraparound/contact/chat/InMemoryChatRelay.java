package org.wraparound.contact.chat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The relay of a single node: after the commit, the line goes straight to this node's streams. One thread passes
 * lines on, in the order their transactions committed, as PostgreSQL does for notifications.
 */
class InMemoryChatRelay implements ChatRelay, AutoCloseable {

	private final ChatStreams streams;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "chat-relay");
		thread.setDaemon(true);
		return thread;
	});

	InMemoryChatRelay(ChatStreams streams) {
		this.streams = streams;
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

	@Override
	public void announce(long messageId) {
		// read back in a transaction of its own
		afterCommit(() -> streams.dispatch(messageId));
	}

	/** The line as its writer read it goes straight to the streams: nothing to read back on a single node. */
	@Override
	public void announce(ChatUpdate update) {
		afterCommit(() -> streams.deliver(update));
	}

	/** Runs {@code delivery} on the relay's thread once the current transaction commits (at once when there is none). */
	private void afterCommit(Runnable delivery) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			executor.execute(delivery);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				// Off the committing thread, so that the writer is answered at once.
				executor.execute(delivery);
			}
		});
	}
}
