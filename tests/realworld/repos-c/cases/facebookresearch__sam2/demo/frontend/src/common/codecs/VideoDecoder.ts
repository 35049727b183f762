stub: upstream file of 9254 bytes
