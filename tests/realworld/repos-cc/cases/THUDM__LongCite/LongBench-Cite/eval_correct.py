stub: upstream file of 11502 bytes
