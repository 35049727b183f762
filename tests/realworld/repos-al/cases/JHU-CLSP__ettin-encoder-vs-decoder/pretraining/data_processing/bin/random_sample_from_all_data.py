stub: upstream file of 7476 bytes
