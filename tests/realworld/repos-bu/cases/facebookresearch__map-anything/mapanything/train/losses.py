stub: upstream file of 249500 bytes
