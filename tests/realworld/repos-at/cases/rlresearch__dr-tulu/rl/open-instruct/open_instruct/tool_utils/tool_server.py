stub: upstream file of 9419 bytes
