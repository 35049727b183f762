stub: upstream file of 5655 bytes
