stub: upstream file of 37705 bytes
