stub: upstream file of 37118 bytes
