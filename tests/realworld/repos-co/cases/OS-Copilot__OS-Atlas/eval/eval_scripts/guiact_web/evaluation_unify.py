stub: upstream file of 5480 bytes
