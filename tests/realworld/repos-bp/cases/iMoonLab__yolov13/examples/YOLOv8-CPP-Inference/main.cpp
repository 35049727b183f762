stub: upstream file of 2246 bytes
