stub: upstream file of 11029 bytes
