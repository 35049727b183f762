stub: upstream file of 39946 bytes
