stub: upstream file of 15124 bytes
