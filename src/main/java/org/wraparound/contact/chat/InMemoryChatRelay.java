package org.wraparound.contact.chat;

import java.util.concurrent.Executor;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The relay of a single node: after the commit, the line goes straight to this node's streams. */
class InMemoryChatRelay implements ChatRelay {

	private final ChatStreams streams;
	private final Executor executor;

	InMemoryChatRelay(ChatStreams streams, Executor executor) {
		this.streams = streams;
		this.executor = executor;
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
