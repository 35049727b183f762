stub: upstream file of 5551 bytes
