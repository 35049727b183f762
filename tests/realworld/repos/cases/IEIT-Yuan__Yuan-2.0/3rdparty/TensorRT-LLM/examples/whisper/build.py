stub: upstream file of 13377 bytes
