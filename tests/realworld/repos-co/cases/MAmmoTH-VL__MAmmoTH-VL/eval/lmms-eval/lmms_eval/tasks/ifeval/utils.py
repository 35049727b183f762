stub: upstream file of 4899 bytes
