stub: upstream file of 16408 bytes
