stub: upstream file of 355980 bytes
