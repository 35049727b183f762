stub: upstream file of 15411 bytes
