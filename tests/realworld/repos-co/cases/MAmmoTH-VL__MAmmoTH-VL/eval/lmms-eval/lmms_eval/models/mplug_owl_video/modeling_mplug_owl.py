stub: upstream file of 81469 bytes
