stub: upstream file of 6251 bytes
