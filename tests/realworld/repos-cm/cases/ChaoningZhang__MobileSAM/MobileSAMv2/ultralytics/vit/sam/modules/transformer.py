stub: upstream file of 8532 bytes
