stub: upstream file of 28678 bytes
