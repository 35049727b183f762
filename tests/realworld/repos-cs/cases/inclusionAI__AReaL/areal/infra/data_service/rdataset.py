stub: upstream file of 11300 bytes
