stub: upstream file of 3499 bytes
