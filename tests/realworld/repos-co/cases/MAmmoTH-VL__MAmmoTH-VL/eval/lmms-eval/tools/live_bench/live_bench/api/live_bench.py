stub: upstream file of 1222 bytes
