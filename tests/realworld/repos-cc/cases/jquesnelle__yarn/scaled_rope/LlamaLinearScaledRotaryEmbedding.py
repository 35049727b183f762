stub: upstream file of 2104 bytes
