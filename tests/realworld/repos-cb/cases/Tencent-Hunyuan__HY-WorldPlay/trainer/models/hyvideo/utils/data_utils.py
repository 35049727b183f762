stub: upstream file of 3176 bytes
