stub: upstream file of 17408 bytes
