stub: upstream file of 10161 bytes
