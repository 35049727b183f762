stub: upstream file of 4435 bytes
