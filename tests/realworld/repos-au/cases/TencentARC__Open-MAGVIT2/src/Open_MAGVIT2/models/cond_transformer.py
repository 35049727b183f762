stub: upstream file of 18899 bytes
