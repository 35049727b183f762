stub: upstream file of 4969 bytes
