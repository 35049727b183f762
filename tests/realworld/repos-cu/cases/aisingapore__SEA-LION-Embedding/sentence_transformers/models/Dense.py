stub: upstream file of 3498 bytes
