stub: upstream file of 24345 bytes
