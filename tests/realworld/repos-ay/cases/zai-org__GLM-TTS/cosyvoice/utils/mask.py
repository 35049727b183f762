stub: upstream file of 8419 bytes
