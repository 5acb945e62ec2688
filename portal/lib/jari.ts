export const FOLLOW_COOKIE = 'jari_follow';
