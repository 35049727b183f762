stub: upstream file of 260 bytes
