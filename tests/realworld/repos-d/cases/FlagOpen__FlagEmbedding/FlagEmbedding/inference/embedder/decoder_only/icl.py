stub: upstream file of 24166 bytes
