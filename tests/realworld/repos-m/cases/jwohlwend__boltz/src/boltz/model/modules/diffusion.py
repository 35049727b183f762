stub: upstream file of 32220 bytes
