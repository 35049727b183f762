stub: upstream file of 19087 bytes
