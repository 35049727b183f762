stub: upstream file of 7236 bytes
