export { collections } from 'fulcrum/collections';
