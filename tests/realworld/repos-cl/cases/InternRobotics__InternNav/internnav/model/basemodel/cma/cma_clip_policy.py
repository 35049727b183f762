stub: upstream file of 15396 bytes
