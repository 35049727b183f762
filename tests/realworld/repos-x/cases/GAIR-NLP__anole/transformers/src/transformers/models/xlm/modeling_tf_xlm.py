stub: upstream file of 56410 bytes
