stub: upstream file of 2376 bytes
