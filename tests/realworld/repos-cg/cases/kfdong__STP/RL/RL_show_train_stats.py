stub: upstream file of 3835 bytes
