stub: upstream file of 448 bytes
