stub: upstream file of 3916 bytes
