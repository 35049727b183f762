stub: upstream file of 223 bytes
