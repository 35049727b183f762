stub: upstream file of 38224 bytes
