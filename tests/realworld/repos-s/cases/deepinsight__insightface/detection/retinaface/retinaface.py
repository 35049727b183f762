stub: upstream file of 36157 bytes
