stub: upstream file of 21672 bytes
