stub: upstream file of 22223 bytes
