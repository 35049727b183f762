stub: upstream file of 15909 bytes
