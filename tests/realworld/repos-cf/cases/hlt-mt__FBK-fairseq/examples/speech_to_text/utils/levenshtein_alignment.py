stub: upstream file of 3436 bytes
