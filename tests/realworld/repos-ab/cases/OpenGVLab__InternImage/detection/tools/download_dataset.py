stub: upstream file of 6727 bytes
