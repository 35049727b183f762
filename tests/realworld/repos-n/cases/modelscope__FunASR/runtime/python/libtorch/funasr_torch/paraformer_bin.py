stub: upstream file of 17901 bytes
