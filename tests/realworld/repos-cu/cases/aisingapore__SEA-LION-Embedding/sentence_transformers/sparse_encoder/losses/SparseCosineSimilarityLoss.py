stub: upstream file of 3521 bytes
