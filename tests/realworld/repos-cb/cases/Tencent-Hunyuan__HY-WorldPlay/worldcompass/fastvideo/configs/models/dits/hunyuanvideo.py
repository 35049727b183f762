stub: upstream file of 8908 bytes
