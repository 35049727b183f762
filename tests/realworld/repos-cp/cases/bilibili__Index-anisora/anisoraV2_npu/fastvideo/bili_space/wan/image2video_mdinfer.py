stub: upstream file of 20489 bytes
