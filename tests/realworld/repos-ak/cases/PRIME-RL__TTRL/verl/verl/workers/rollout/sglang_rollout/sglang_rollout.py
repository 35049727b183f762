stub: upstream file of 15354 bytes
