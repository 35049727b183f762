stub: upstream file of 3899 bytes
