stub: upstream file of 30118 bytes
