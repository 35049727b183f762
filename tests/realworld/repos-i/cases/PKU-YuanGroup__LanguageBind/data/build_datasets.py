stub: upstream file of 12136 bytes
