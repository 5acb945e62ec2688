/**
 * `@kendari/kit/platform`: what every process shares (gateway, subgraphs, scripts) and nothing more:
 * tokens and roles, errors, HTTP helpers, environment parsing, logging, codes, time, privacy.
 * No ORM, no type-graphql, no pg here: the gateway imports only this (kit/test/platform.test.ts checks it).
 */
export * from './auth';
export * from './codes';
export * from './discover';
export * from './drain';
export * from './env';
export * from './errors';
export * from './http';
export * from './internal-call';
export * from './logger';
export * from './privacy';
export * from './time';
export * from './sdl';
