stub: upstream file of 51435 bytes
