stub: upstream file of 2359 bytes
