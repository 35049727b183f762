stub: upstream file of 26085 bytes
