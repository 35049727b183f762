stub: upstream file of 30373 bytes
