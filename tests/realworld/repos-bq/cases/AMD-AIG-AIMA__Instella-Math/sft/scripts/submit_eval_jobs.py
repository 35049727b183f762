stub: upstream file of 32423 bytes
