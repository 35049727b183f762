stub: upstream file of 33501 bytes
