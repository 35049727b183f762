stub: upstream file of 31446 bytes
