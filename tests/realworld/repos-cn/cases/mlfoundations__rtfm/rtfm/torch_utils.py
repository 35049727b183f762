stub: upstream file of 362 bytes
