stub: upstream file of 18996 bytes
