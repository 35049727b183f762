stub: upstream file of 18509 bytes
