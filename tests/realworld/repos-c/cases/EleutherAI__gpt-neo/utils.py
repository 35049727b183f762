stub: upstream file of 10118 bytes
