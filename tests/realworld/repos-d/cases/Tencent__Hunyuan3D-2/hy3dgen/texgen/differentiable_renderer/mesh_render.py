stub: upstream file of 31448 bytes
