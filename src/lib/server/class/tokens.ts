// Secrets and codes. Tokens are random and stored only as hashes; join codes avoid
// characters that are easy to confuse when read from a projector (0/O, 1/I/L).
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function newJoinCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

export function newId(): string {
	return randomBytes(9).toString('base64url');
}

/** A code as typed: case, spaces and dashes forgiven. */
export function normaliseCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isWellFormedCode(code: string): boolean {
	return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}
