// The embedded SQLite database, opened lazily on first use (never at import or build time:
// the build imports server modules to analyse routes). WAL mode, versioned migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MIGRATIONS: string[] = [
	// 1: classes, participants and the one ordered log per class.
	`CREATE TABLE classes (
		id TEXT PRIMARY KEY,
		code TEXT NOT NULL UNIQUE,
		scenario_id TEXT NOT NULL,
		seed INTEGER NOT NULL,
		mode TEXT NOT NULL CHECK (mode IN ('individual', 'team')),
		teams TEXT NOT NULL,
		pacing TEXT NOT NULL,
		host_token_hash TEXT NOT NULL,
		created_at TEXT NOT NULL,
		last_activity_at TEXT NOT NULL
	);
	CREATE TABLE participants (
		id TEXT PRIMARY KEY,
		class_id TEXT NOT NULL REFERENCES classes(id),
		name TEXT NOT NULL,
		name_key TEXT NOT NULL,
		team TEXT,
		token_hash TEXT NOT NULL UNIQUE,
		joined_at TEXT NOT NULL,
		UNIQUE (class_id, name_key)
	);
	CREATE TABLE class_log (
		class_id TEXT NOT NULL REFERENCES classes(id),
		seq INTEGER NOT NULL,
		type TEXT NOT NULL,
		payload TEXT NOT NULL,
		at TEXT NOT NULL,
		PRIMARY KEY (class_id, seq)
	);`,
	// 2: who created each class (an instructor token's hash, to list their classes) and when it
	// ended (ended classes stay readable for a while, then are deleted).
	`ALTER TABLE classes ADD COLUMN instructor_hash TEXT;
	ALTER TABLE classes ADD COLUMN ended_at TEXT;
	CREATE INDEX classes_by_instructor ON classes (instructor_hash);`
];

let db: Database.Database | null = null;

export function dataDir(): string {
	return resolve(process.env.DATA_DIR ?? 'data');
}

/** The database, created and migrated on first call. */
export function database(): Database.Database {
	if (db) return db;
	const dir = dataDir();
	mkdirSync(dir, { recursive: true });
	const opened = new Database(join(dir, 'order-desk.sqlite'));
	opened.pragma('journal_mode = WAL');
	// NORMAL in WAL mode survives a process crash (kill -9); only a power cut can lose the
	// last transactions. Every accepted command is committed before the server answers.
	opened.pragma('synchronous = NORMAL');
	opened.pragma('foreign_keys = ON');
	opened.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
	const row = opened.prepare('SELECT version FROM schema_version').get() as
		{ version: number } | undefined;
	let version = row?.version ?? 0;
	if (!row) opened.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
	for (; version < MIGRATIONS.length; version++) {
		opened.transaction(() => {
			opened.exec(MIGRATIONS[version]);
			opened.prepare('UPDATE schema_version SET version = ?').run(version + 1);
		})();
	}
	db = opened;
	return db;
}

/** For tests: close the database so the next call opens it afresh. */
export function closeDatabase(): void {
	db?.close();
	db = null;
}
