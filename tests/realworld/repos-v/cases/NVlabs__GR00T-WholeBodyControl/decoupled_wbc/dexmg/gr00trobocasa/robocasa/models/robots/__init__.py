stub: upstream file of 28354 bytes
