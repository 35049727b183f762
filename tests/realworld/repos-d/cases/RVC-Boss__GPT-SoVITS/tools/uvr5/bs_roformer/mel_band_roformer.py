stub: upstream file of 19386 bytes
