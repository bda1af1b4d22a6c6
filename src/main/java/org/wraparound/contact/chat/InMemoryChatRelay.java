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
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			executor.execute(() -> streams.dispatch(messageId));
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				// Off the committing thread: the reader answers at once, and the line is read in a transaction of its own.
				executor.execute(() -> streams.dispatch(messageId));
			}
		});
	}
}
