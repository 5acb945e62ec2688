export * from './upload.entity';
export * from './store';
export * from './routes';
