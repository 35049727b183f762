stub: upstream file of 38376 bytes
