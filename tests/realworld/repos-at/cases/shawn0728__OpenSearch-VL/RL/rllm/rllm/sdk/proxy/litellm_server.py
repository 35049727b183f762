stub: upstream file of 11270 bytes
