stub: upstream file of 64347 bytes
