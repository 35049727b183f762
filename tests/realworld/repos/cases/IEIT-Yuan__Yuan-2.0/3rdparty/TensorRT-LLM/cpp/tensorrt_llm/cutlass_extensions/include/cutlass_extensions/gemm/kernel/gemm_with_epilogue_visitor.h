stub: upstream file of 19678 bytes
