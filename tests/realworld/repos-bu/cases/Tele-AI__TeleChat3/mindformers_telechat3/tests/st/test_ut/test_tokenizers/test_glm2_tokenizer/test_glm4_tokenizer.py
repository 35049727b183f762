stub: upstream file of 6408 bytes
