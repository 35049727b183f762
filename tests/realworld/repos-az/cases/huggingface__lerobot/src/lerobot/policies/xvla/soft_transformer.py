stub: upstream file of 14243 bytes
