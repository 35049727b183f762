stub: upstream file of 13927 bytes
