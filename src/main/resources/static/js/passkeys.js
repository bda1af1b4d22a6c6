// Passkeys: add one on the profile page, sign in with one on the sign-in page.
// Parts marked data-passkey-supported stay hidden unless the browser can use passkeys. Every message shown comes
// from the page (data-msg-* attributes), in the reader's language.
(function () {
	'use strict';

	if (!window.PublicKeyCredential || !navigator.credentials) {
		return;
	}

	function meta(name) {
		var element = document.querySelector('meta[name="' + name + '"]');
		return element ? element.getAttribute('content') : '';
	}

	function post(url, body) {
		var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
		headers[meta('csrf-header') || 'X-CSRF-TOKEN'] = meta('csrf-token');
		return fetch(url, {
			method: 'POST',
			credentials: 'same-origin',
			headers: headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	}

	function toBytes(base64url) {
		var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
		var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
		var bytes = new Uint8Array(binary.length);
		for (var i = 0; i < binary.length; i++) {
			bytes[i] = binary.charCodeAt(i);
		}
		return bytes.buffer;
	}

	function toBase64url(buffer) {
		var bytes = new Uint8Array(buffer);
		var binary = '';
		for (var i = 0; i < bytes.length; i++) {
			binary += String.fromCharCode(bytes[i]);
		}
		return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
	}

	function withIds(descriptors) {
		return (descriptors || []).map(function (descriptor) {
			return Object.assign({}, descriptor, { id: toBytes(descriptor.id) });
		});
	}

	/** A failure we can name: 'cancelled' (the person said no or waited too long), 'known' or 'failed'. */
	function Problem(kind) {
		this.kind = kind;
	}

	function kindOf(error) {
		if (error instanceof Problem) {
			return error.kind;
		}
		if (error && error.name === 'NotAllowedError') {
			return 'cancelled';
		}
		if (error && error.name === 'InvalidStateError') {
			return 'known';
		}
		return 'failed';
	}

	function answer(response) {
		if (!response.ok) {
			throw new Problem(response.status === 401 ? 'refused' : 'failed');
		}
		return response.json();
	}

	function register(label) {
		return post('/webauthn/register/options').then(answer).then(function (options) {
			var publicKey = Object.assign({}, options, {
				challenge: toBytes(options.challenge),
				user: Object.assign({}, options.user, { id: toBytes(options.user.id) }),
				excludeCredentials: withIds(options.excludeCredentials)
			});
			return navigator.credentials.create({ publicKey: publicKey });
		}).then(function (credential) {
			var response = credential.response;
			return post('/webauthn/register', {
				publicKey: {
					credential: {
						id: credential.id,
						rawId: toBase64url(credential.rawId),
						response: {
							attestationObject: toBase64url(response.attestationObject),
							clientDataJSON: toBase64url(response.clientDataJSON),
							transports: response.getTransports ? response.getTransports() : []
						},
						type: credential.type,
						clientExtensionResults: credential.getClientExtensionResults(),
						authenticatorAttachment: credential.authenticatorAttachment
					},
					label: label
				}
			});
		}).then(answer).then(function (result) {
			if (!result || !result.success) {
				throw new Problem('failed');
			}
		});
	}

	function signIn() {
		return post('/webauthn/authenticate/options').then(answer).then(function (options) {
			var publicKey = Object.assign({}, options, {
				challenge: toBytes(options.challenge),
				allowCredentials: withIds(options.allowCredentials)
			});
			return navigator.credentials.get({ publicKey: publicKey });
		}).then(function (credential) {
			var response = credential.response;
			return post('/login/webauthn', {
				id: credential.id,
				rawId: toBase64url(credential.rawId),
				response: {
					authenticatorData: toBase64url(response.authenticatorData),
					clientDataJSON: toBase64url(response.clientDataJSON),
					signature: toBase64url(response.signature),
					userHandle: response.userHandle ? toBase64url(response.userHandle) : null
				},
				credType: credential.type,
				clientExtensionResults: credential.getClientExtensionResults(),
				authenticatorAttachment: credential.authenticatorAttachment
			});
		}).then(answer).then(function (result) {
			if (!result || !result.authenticated || !result.redirectUrl) {
				throw new Problem('refused');
			}
			return result.redirectUrl;
		});
	}

	/** Shows a message from the page in the alert next to the element, or clears it. */
	function tell(alert, text) {
		if (!alert) {
			return;
		}
		alert.textContent = text || '';
		alert.classList.toggle('error-summary', Boolean(text));
	}

	function message(element, kind) {
		return element.getAttribute('data-msg-' + kind) || element.getAttribute('data-msg-failed');
	}

	function setUpRegistration(form) {
		var input = form.querySelector('[data-passkey-label]');
		var fieldError = form.querySelector('[data-passkey-label-error]');
		var field = input.closest('.field');
		var alert = form.querySelector('[data-passkey-alert]');
		var button = form.querySelector('button[type="submit"]');
		var describedBy = input.getAttribute('aria-describedby') || '';

		function labelProblem(label) {
			if (!label) {
				return 'missing';
			}
			return label.length > 100 ? 'long' : null;
		}

		form.addEventListener('submit', function (event) {
			event.preventDefault();
			tell(alert, '');
			var label = input.value.trim();
			var problem = labelProblem(label);
			fieldError.hidden = !problem;
			field.classList.toggle('has-error', Boolean(problem));
			if (problem) {
				fieldError.querySelector('[data-text]').textContent = message(form, 'label-' + problem);
				input.setAttribute('aria-invalid', 'true');
				input.setAttribute('aria-describedby', (describedBy + ' ' + fieldError.id).trim());
				input.focus();
				return;
			}
			input.removeAttribute('aria-invalid');
			input.setAttribute('aria-describedby', describedBy);
			button.disabled = true;
			register(label).then(function () {
				window.location.assign(form.getAttribute('data-added-url'));
			}).catch(function (error) {
				button.disabled = false;
				tell(alert, message(form, kindOf(error)));
			});
		});
	}

	function setUpSignIn(button) {
		var alert = document.querySelector('[data-passkey-signin-alert]');
		button.addEventListener('click', function () {
			tell(alert, '');
			button.disabled = true;
			signIn().then(function (redirectUrl) {
				window.location.assign(redirectUrl);
			}).catch(function (error) {
				button.disabled = false;
				var kind = kindOf(error);
				if (kind !== 'cancelled') {
					window.location.assign(button.getAttribute('data-failed-url'));
					return;
				}
				tell(alert, message(button, kind));
			});
		});
	}

	function start() {
		document.querySelectorAll('[data-passkey-supported]').forEach(function (element) {
			element.hidden = false;
		});
		document.querySelectorAll('[data-passkey-unsupported]').forEach(function (element) {
			element.hidden = true;
		});
		document.querySelectorAll('form[data-passkey-register]').forEach(setUpRegistration);
		document.querySelectorAll('button[data-passkey-signin]').forEach(setUpSignIn);
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
}());
