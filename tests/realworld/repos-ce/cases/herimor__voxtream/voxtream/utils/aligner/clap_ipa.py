stub: upstream file of 14502 bytes
