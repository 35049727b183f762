stub: upstream file of 4408 bytes
