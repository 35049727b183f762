stub: upstream file of 26995 bytes
