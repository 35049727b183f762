stub: upstream file of 4678 bytes
