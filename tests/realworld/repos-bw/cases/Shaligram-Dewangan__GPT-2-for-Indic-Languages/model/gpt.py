stub: upstream file of 6073 bytes
