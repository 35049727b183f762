stub: upstream file of 499 bytes
