stub: upstream file of 51678 bytes
