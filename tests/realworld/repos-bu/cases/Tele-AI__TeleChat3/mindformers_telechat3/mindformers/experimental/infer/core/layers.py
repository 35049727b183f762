stub: upstream file of 25391 bytes
