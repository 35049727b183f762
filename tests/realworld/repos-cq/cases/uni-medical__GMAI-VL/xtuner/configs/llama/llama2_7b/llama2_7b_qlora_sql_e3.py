stub: upstream file of 7521 bytes
