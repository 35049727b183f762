stub: upstream file of 38262 bytes
