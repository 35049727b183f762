stub: upstream file of 6678 bytes
