stub: upstream file of 1110637 bytes
