stub: upstream file of 14133 bytes
