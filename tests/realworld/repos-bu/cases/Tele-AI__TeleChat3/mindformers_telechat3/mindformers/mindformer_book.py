stub: upstream file of 55499 bytes
