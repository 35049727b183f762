stub: upstream file of 14388 bytes
