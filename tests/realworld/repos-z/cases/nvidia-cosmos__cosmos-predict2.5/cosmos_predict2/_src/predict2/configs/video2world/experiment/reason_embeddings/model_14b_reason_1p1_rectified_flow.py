stub: upstream file of 28357 bytes
