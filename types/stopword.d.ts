/** The stop-word lists of the `stopword` package (ISO 639-3 keys), which ships no types of its own. */
declare module "stopword" {
  export const eng: string[];
  export const rus: string[];
  export const fra: string[];
  export const deu: string[];
}
