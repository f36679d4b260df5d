import type { Clock } from "../../src/core/ports.js";

/** A clock that stands still until moved; tests never read the real time. */
export class FixedClock implements Clock {
	private current: Date;

	constructor(iso = "2026-11-28T02:00:00Z") {
		this.current = new Date(iso);
	}

	now(): Date {
		return new Date(this.current);
	}

	set(iso: string): void {
		this.current = new Date(iso);
	}

	advance(ms: number): void {
		this.current = new Date(this.current.getTime() + ms);
	}
}
