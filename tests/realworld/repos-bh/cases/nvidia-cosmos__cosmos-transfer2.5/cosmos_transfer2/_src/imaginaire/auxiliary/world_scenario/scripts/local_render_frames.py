stub: upstream file of 24247 bytes
