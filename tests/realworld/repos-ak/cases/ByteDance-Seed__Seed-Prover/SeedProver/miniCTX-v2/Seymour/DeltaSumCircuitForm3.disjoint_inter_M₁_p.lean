stub: upstream file of 15223 bytes
