stub: upstream file of 40120 bytes
