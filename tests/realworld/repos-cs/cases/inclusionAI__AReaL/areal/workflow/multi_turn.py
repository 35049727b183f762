stub: upstream file of 5403 bytes
