stub: upstream file of 19001 bytes
