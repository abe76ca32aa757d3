// The reader feature as other features see it: the reading view: the article reader and what opens
// an article. Anything not exported here is the feature's own.
export * from './ArticleReader'
export * from './article-request'
