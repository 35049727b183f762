stub: upstream file of 16238 bytes
