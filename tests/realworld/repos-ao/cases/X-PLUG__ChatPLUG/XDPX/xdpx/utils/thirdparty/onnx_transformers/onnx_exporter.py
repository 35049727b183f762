stub: upstream file of 23407 bytes
