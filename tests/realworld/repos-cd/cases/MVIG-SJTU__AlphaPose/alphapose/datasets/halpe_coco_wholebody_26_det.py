stub: upstream file of 4011 bytes
