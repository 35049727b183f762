stub: upstream file of 81395 bytes
