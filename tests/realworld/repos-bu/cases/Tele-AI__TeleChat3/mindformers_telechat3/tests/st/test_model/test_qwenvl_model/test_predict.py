stub: upstream file of 3316 bytes
