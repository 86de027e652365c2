// Word segmentation with part-of-speech tags, shared by extraction and the related-policy text
// index. The dictionary loads once (~350 ms); HMM stays on because it keeps figures such as 1.88
// and names such as 新质 whole.
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export function tokenize(text: string, offset = 0): Token[] {
  jieba ??= Jieba.withDict(dict);
  const out: Token[] = [];
  let at = offset;
  for (const { word, tag } of jieba.tag(text, true) as TaggedWord[]) {
    out.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}
