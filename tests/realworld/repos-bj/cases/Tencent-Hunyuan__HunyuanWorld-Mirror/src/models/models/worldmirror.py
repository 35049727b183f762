stub: upstream file of 12434 bytes
