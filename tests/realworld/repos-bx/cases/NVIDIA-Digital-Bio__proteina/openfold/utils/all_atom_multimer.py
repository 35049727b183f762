stub: upstream file of 19157 bytes
