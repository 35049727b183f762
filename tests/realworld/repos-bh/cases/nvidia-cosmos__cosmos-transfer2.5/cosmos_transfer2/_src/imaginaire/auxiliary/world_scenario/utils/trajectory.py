stub: upstream file of 13376 bytes
