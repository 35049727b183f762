stub: upstream file of 64290 bytes
