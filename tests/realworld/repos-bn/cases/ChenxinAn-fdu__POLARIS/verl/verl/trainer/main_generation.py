stub: upstream file of 5624 bytes
