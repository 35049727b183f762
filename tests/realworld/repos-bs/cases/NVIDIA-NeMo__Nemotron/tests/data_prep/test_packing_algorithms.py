stub: upstream file of 10106 bytes
