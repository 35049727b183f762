stub: upstream file of 20713 bytes
