stub: upstream file of 11560 bytes
