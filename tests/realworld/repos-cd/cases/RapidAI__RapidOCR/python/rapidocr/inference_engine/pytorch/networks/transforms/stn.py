stub: upstream file of 4248 bytes
