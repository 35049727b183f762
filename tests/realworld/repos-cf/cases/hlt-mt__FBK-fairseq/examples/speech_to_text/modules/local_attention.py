stub: upstream file of 20023 bytes
