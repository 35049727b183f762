stub: upstream file of 26176 bytes
