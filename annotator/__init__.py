"""Article Annotator: correct suggested entities, quotes, topics and metadata in news articles."""

__version__ = "0.1.0"

APP_NAME = "Article Annotator"
APP_ID = "org.articleannotator.ArticleAnnotator"  # one reverse-DNS id: Qt, .desktop, AppStream, icon
ORG_DOMAIN = "articleannotator.org"
TOOL = f"annotator {__version__}"
